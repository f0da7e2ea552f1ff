# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Turkish.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ gelmiyor: “{ $reason }”
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ Kaydedildi. { $name } randevuyu şimdi alacak. Öncesinde hatırlatma olmayacak.
truth-appts-saved-after-quiet = ✅ Kaydedildi. { $name } şu an sessiz saatlerinde; randevuyu saat { $time } alacak, hatırlatmaları da randevudan önce.
