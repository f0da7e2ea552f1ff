# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Kurmanji.

truth-appts-not-coming-because = ❌ nikare were: „{ $reason }“
truth-appts-next-with-answer = { $when } ({ $answer })

truth-appts-saved-no-reminder = ✅ Hate tomarkirin. { $name } niha randevûyê distîne. Bîranîneke berê tune.
truth-appts-saved-after-quiet = ✅ Hate tomarkirin. { $name } niha di dema bêdengiyê de ye û randevûyê saet { $time } distîne, berê bîranînan jî.
