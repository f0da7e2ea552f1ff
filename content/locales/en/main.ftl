# Begleiter – English. Same ids and placeholders as the German reference catalogue.

## Joining

uninvited = This bot works by invitation only. Please ask your coach for an invitation link.
invite-unknown = This invitation link is not valid. Please ask your coach for a new link.
invite-used = This invitation link has already been used. Please ask your coach for a new link.
invite-expired = This invitation link has expired. Please ask your coach for a new link.
invite-revoked = This invitation link was withdrawn. Please ask your coach for a new link.
already-joined = You are already registered. Help: /help
welcome = Welcome to Begleiter! Please choose your language.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = Please choose your language.
language-chosen = Your language: { $language }

## Privacy notice and consent

privacy-notice =
    Privacy – please read this calmly.

    What we store: your name from Telegram, your language and settings, your appointments, your learning progress and your answers to questions about how you are.
    Why: so that you get reminders, can practise German, and your coach can help you in time.
    Who sees it: your coach and the staff of your programme. Nobody else.
    How long: until you write /delete, at the latest 12 months after your participation ends.
    Your rights: /export shows you all your data, /delete erases it. Taking part in the programme does not depend on this bot.
consent-question = Do you agree?
consent-yes = Yes, I agree
consent-no = No
consent-thanks = Thank you! You can read this again at any time with /privacy.
consent-declined = All right. We only store that you did not agree. If you change your mind, write /start.
declined-status = You have not agreed to the privacy notice yet. Without your agreement the bot cannot do anything for you.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = You did not agree to the privacy notice, so I cannot pass on your message. If you change your mind: /start
consent-status = You agreed on { $date } (version { $version }).

## Quiet hours and practice time

quiet-hours-question = When should we not send you messages? (quiet hours)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = No quiet hours
practice-time-question = When would you like to practise German for a few minutes each day?
practice-time-value = { $time }
setup-done = Done! You can change everything with /settings.

## Help and menus

help-participant =
    /sos – 🆘 I need help
    /checkin – how am I doing?
    /appointments – your appointments
    /practice – practise German (/progress, /level, /topics, /pause)
    /settings – language, quiet hours, practice time
    /privacy – privacy (/export, /delete)
help-coach =
    /participants – your participants at a glance
    /appointment – new appointment
    /appointments – your participants' appointments
    /invite – invite participants
    /settings – your settings
    /privacy, /export, /delete – your own data
help-staff =
    /duty – on duty for crisis alerts on/off
    /invite – invite participants, coaches and staff
    /appointment, /appointments – make and see appointments
    /participants – all participants at a glance
    /settings – your settings
    /privacy, /export, /delete – your own data
help-onboarding = Please answer the questions above first. Start again: /start
unknown-command = I do not know this command.
free-text = I received your message, but nobody reads it here. Your coach does not get it.
free-text-team = I received your message, but nobody reads it here: it is not passed on to anyone. What you can do here:
not-text = I can only understand text and buttons here.
not-allowed = This command is not available to you.
button-stale = This button is no longer valid.
cancelled = Cancelled.
nothing-to-cancel = There is nothing to cancel.
error-apology = Sorry, something went wrong. Please try again later. Error number: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Join or start again
cmd-help = Help
cmd-language = Change language
cmd-settings = Settings
cmd-privacy = Privacy
cmd-export = My data as a file
cmd-delete = Erase my data
cmd-cancel = Cancel
cmd-invite = Invite someone
cmd-appointment = New appointment
cmd-appointments = Appointments
cmd-participants = Participants
cmd-practice = Practise German
cmd-pause = Pause exercises
cmd-resume = Resume exercises
cmd-level = My level
cmd-topics = My topics
cmd-progress = My progress

## Settings

settings-overview =
    Your settings:
    Language: { $language }
    Quiet hours: { $quiet }
    Practice time: { $practice }
settings-not-set = not set
settings-change-language = Language
settings-change-quiet = Quiet hours
settings-change-practice = Practice time
settings-saved = Saved.

## Export and delete

export-caption = Your data at Begleiter
export-as-text = Your data at Begleiter (as text, because a file could not be sent):
delete-question = Do you really want to erase all your data? This cannot be undone.
delete-yes = Yes, erase everything
delete-no = No, keep it
delete-done = Your data has been erased. Goodbye! You can come back with a new invitation link.
delete-kept = Fine, your data stays stored.
coach-participant-deleted = { $name } erased their data at Begleiter.
coach-participant-joined = { $name } has joined Begleiter.
someone = Someone

## Invitations

role-participant = Participant
role-coach = Coach
role-staff = Staff member
invite-choose-role = Whom would you like to invite?
invite-choose-cohort = For which group? You can also type a new group name.
invite-no-cohort = No group
invite-choose-coach = Who is the coach?
invite-no-coach = Nobody yet
invite-cohort-invalid = A group name has 1 to 80 characters. Please type another name.
invite-created =
    Invitation for: { $role }
    Group: { $cohort }
    Valid until: { $expires }, can be used once.

    Give this link only to the invited person:
    { $link }
invite-qr-caption = QR code of the invitation (valid until { $expires })
invite-revoke = Withdraw invitation
invite-revoked-ok = The invitation has been withdrawn.
