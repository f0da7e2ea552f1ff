# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Russian.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ не придёт: «{ $reason }»
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ Сохранено. { $name } получит сообщение о встрече сейчас. Напоминания перед ней не будет.
truth-appts-saved-after-quiet = ✅ Сохранено. У { $name } сейчас время тишины; сообщение о встрече придёт в { $time }, а напоминания – перед ней.
