# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Tigrinya.

truth-appts-not-coming-because = ❌ ክመጽእ ኣይክእልን: "{ $reason }"
truth-appts-next-with-answer = { $when } ({ $answer })

truth-appts-saved-no-reminder = ✅ ተዓቂቡ። { $name } ሕጂ ነቲ ቆጸራ ይቕበል። ቅድሚኡ መዘኻኸሪ የለን።
truth-appts-saved-after-quiet = ✅ ተዓቂቡ። { $name } ሕጂ ኣብ ግዜ ዕረፍቲ እዩ፡ ነቲ ቆጸራ ሰዓት { $time } ይቕበሎ፡ ቅድሚኡ ድማ መዘኻኸሪታት።
