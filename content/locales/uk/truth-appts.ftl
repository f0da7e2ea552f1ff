# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Ukrainian.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ не прийде: «{ $reason }»
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ Збережено. { $name } отримає повідомлення про зустріч зараз. Нагадування перед нею не буде.
truth-appts-saved-after-quiet = ✅ Збережено. У { $name } зараз час тиші; повідомлення про зустріч надійде о { $time }, а нагадування – перед нею.
