# Cohorts (/cohorts, staff), reassigning a participant to another coach – German reference.
# Read by staff and coaches only, in their own interface language.

cmd-cohorts = Gruppen verwalten
cohorts-title = Gruppen. Wählen Sie eine Gruppe oder legen Sie eine neue an.
cohorts-none = Es gibt noch keine Gruppe. Legen Sie eine an.
cohorts-new = ➕ Neue Gruppe
cohorts-line = { $name } · Teilnehmende: { $count }
cohorts-line-archived = 🗄 { $name } (archiviert)
cohorts-card =
    Gruppe: { $name }
    Teilnehmende: { $count }
    Check-in: { $when }
cohorts-card-archived = Archiviert: Diese Gruppe wird bei Einladungen nicht mehr angeboten.
cohorts-languages = Sprachen: { $mix }
cohorts-checkin-default = wie voreingestellt
cohorts-checkin-at = { $date }, { $time } Uhr
cohorts-rename = ✏️ Umbenennen
cohorts-archive = 🗄 Archivieren
cohorts-restore = ♻️ Wiederherstellen
cohorts-checkin = 🕘 Check-in-Zeit
cohorts-invite = 🔗 Einladungslink
cohorts-move = 🔀 Teilnehmende verschieben
cohorts-back = ← Alle Gruppen
cohorts-ask-name = Wie soll die neue Gruppe heißen? Schreiben Sie den Namen (höchstens 80 Zeichen). Abbrechen: /cancel
cohorts-ask-rename = Wie soll die Gruppe „{ $name }“ heißen? Schreiben Sie den neuen Namen (höchstens 80 Zeichen). Abbrechen: /cancel
cohorts-name-taken = Eine Gruppe „{ $name }“ gibt es schon. Bitte schreiben Sie einen anderen Namen.
cohorts-name-bad = Bitte schreiben Sie einen Namen mit 1 bis 80 Zeichen.
cohorts-created = Die Gruppe „{ $name }“ ist angelegt.
cohorts-renamed = Die Gruppe heißt jetzt „{ $name }“.
cohorts-archived = Die Gruppe „{ $name }“ ist archiviert. Ihre Teilnehmenden bleiben darin.
cohorts-restored = Die Gruppe „{ $name }“ ist wieder aktiv.
cohorts-choose-day = Check-in für „{ $name }“: an welchem Tag?
cohorts-choose-time = Check-in für „{ $name }“ am { $date }: um wie viel Uhr?
cohorts-checkin-reset = Wie voreingestellt
cohorts-checkin-saved = Check-in für „{ $name }“: { $when }.
cohorts-day-0 = Montag
cohorts-day-1 = Dienstag
cohorts-day-2 = Mittwoch
cohorts-day-3 = Donnerstag
cohorts-day-4 = Freitag
cohorts-day-5 = Samstag
cohorts-day-6 = Sonntag
cohorts-link =
    Einladungslink für die Gruppe „{ $name }“
    Anmeldungen möglich: { $count } · gültig bis { $expires }
    { $link }
cohorts-link-qr = QR-Code für die Gruppe „{ $name }“
cohorts-link-archived = Diese Gruppe ist archiviert. Für sie gibt es keine neuen Einladungen.
cohorts-move-choose = Wen aus „{ $name }“ möchten Sie verschieben?
cohorts-move-empty = In „{ $name }“ ist gerade niemand.
cohorts-move-target = In welche Gruppe soll { $name }? Die Beratung bleibt gleich.
cohorts-no-cohort = Ohne Gruppe
cohorts-moved = { $name } ist jetzt in der Gruppe „{ $cohort }“. Die Beratung bleibt gleich.
cohorts-moved-none = { $name } ist jetzt in keiner Gruppe. Die Beratung bleibt gleich.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Andere Beratung
reassign-choose-coach = Wer soll { $name } künftig beraten?
reassign-no-coaches = Es gibt keine andere aktive Beratung.
reassign-done = { $name } wird jetzt von { $coach } beraten. Offene Meldungen sind mitgegangen; beide sind informiert.
reassign-same = { $coach } berät { $name } schon.
reassign-to-new-coach = Sie beraten jetzt { $name } (bisher: { $coach }). Offene Meldungen zu ihr sind jetzt bei Ihnen: /alerts
reassign-to-old-coach = { $name } wird jetzt von { $coach } beraten. Sie sehen ihre Daten nicht mehr.
