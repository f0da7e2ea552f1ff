# Appointment sentences made true in every state (issue 17) – English.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ can't come: "{ $reason }"
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ Saved. { $name } gets the appointment now. There will be no reminder before it.
truth-appts-saved-after-quiet = ✅ Saved. { $name } has quiet hours now and gets the appointment at { $time }, and reminders before it.
