# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Arabic.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ لن يحضر: «{ $reason }»
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ تم الحفظ. سيصل الموعد إلى { $name } الآن. لن يكون هناك تذكير قبله.
truth-appts-saved-after-quiet = ✅ تم الحفظ. { $name } في وقت الراحة الآن، وسيصله الموعد الساعة { $time }، والتذكيرات قبله.
