# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Somali.

truth-appts-not-coming-because = ❌ ma iman karo: "{ $reason }"
truth-appts-next-with-answer = { $when } ({ $answer })

truth-appts-saved-no-reminder = ✅ Waa la keydiyay. { $name } hadda ayuu helayaa ballanta. Xusuusin hore ma jirto.
truth-appts-saved-after-quiet = ✅ Waa la keydiyay. { $name } hadda waqti nasasho ayuu ku jiraa, ballantana wuxuu helayaa saacadda { $time }, xusuusinona ka hor.
