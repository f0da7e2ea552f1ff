# Appointment sentences made true in every state (issue 17) – English.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ can't come: "{ $reason }"
truth-appts-next-with-answer = { $when } ({ $answer })
