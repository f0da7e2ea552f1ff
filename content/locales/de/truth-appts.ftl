# Appointment sentences made true in every state (issue 17) – German reference.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ kann nicht kommen: „{ $reason }“
truth-appts-next-with-answer = { $when } ({ $answer })
