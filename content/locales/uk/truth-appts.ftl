# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Ukrainian.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ не прийде: «{ $reason }»
truth-appts-next-with-answer = { $when } ({ $answer })
