# Appointments and reminders – English.

apt-kind-coaching = Coaching
apt-kind-job-centre = Job centre
apt-kind-course = Course
apt-kind-internship = Internship
apt-kind-authority = Authority
apt-kind-doctor = Doctor
apt-kind-other = Appointment
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = not decided yet

## To the participant

apt-new =
    New appointment: { $kind }
    { $when }
    Place: { $place }
apt-reminder =
    Reminder: { $kind }
    { $when }
    Place: { $place }
    Will you come?
apt-changed =
    Your appointment has changed: { $kind }
    { $when }
    Place: { $place }
apt-cancelled = Your appointment is cancelled: { $kind }, { $when }
apt-coming = I will come
apt-not-coming = I can't come
apt-thanks-coming = Thank you! See you then.
apt-ask-reason = What a pity. Would you like to say why? Write it briefly, or tap "No reason".
apt-no-reason = No reason
apt-coach-told = Your coach knows.
apt-ics-caption = Appointment for your calendar
apt-closed = This appointment is over or has changed.

## To the coach

coach-cant-come = { $name } cannot come: { $kind }, { $when }.
coach-cant-come-reason = { $name } about { $kind } on { $when }: "{ $reason }"
coach-no-answer = { $name } did not answer the reminder: { $kind }, { $when }.
coach-unreachable = { $name } can no longer be reached on Telegram (the bot was blocked). Planned messages to this person are stopped.

## Making an appointment (coaches and staff)

apt-choose-participant = Who is the appointment for?
apt-no-participants = You have no participants yet. Invite someone with /invite.
apt-ask-when = When? Write for example: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = What kind of appointment?
apt-ask-place = Where? Write the place, or tap "Skip".
apt-ask-note = A note for the person? Write it, or tap "Skip".
apt-skip = Skip
apt-confirm =
    Appointment for { $name }:
    { $kind }
    { $when }
    Place: { $place }
    Save it like this?
apt-save = Save
apt-discard = Discard
apt-saved = ✅ Saved. { $name } gets the appointment now and reminders before it.
apt-discarded = 🗑 Discarded.
apt-not-yours = This person is not one of your participants.
when-empty = Please write a date and a time.
when-no-date = I did not understand that as a date. Examples: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = Please write the time too, for example: 24.8. 14 Uhr
when-bad-date = This date does not exist.
when-bad-time = This time does not exist.
when-past = This moment has already passed.
when-too-far = That is more than a year away. Please choose a nearer date.
when-ambiguous = That is not clear. Please write the date with the month, for example: 24.8. 14 Uhr

## Lists

apt-list-title = Upcoming appointments:
apt-list-empty = No upcoming appointments.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ coming
apt-answer-not-coming = ❌ can't come
apt-answer-none = ❔ no answer
apt-past-title = Past appointments – please record whether the person came:
apt-cancel-button = ✖️ { $n } cancel
apt-move-button = ✏️ { $n } move
apt-attended-button = ✅ { $n } came
apt-missed-button = ❌ { $n } missed
apt-cancel-done = Cancelled. { $name } will be told.
apt-move-ask = New time for { $name }? For example: morgen 9:30
apt-move-done = Moved. { $name } will be told.
