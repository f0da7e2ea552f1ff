# Appointment sentences made true in every state (issue 17) – German reference.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ kann nicht kommen: „{ $reason }“
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ Gespeichert. { $name } bekommt den Termin jetzt. Eine Erinnerung vorher gibt es nicht.
truth-appts-saved-after-quiet = ✅ Gespeichert. { $name } hat gerade Ruhezeit und bekommt den Termin um { $time } Uhr, Erinnerungen vorher.
