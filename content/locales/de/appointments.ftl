# Appointments and reminders – German reference.

apt-kind-coaching = Beratung
apt-kind-job-centre = Jobcenter
apt-kind-course = Kurs
apt-kind-internship = Praktikum
apt-kind-authority = Behörde
apt-kind-doctor = Arzt oder Ärztin
apt-kind-other = Termin
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") } Uhr
apt-place-open = noch offen

## To the participant

apt-new =
    Neuer Termin: { $kind }
    { $when }
    Ort: { $place }
apt-reminder =
    Erinnerung: { $kind }
    { $when }
    Ort: { $place }
    Kommen Sie?
apt-changed =
    Ihr Termin wurde geändert: { $kind }
    { $when }
    Ort: { $place }
apt-cancelled = Ihr Termin fällt aus: { $kind }, { $when }
apt-coming = Ich komme
apt-not-coming = Ich kann nicht
apt-thanks-coming = Danke! Bis dann.
apt-ask-reason = Schade. Möchten Sie sagen, warum? Schreiben Sie es kurz, oder tippen Sie auf „Ohne Grund“.
apt-no-reason = Ohne Grund
apt-coach-told = Ihre Beraterin oder Ihr Berater weiß Bescheid.
apt-ics-caption = Termin für Ihren Kalender
apt-closed = Dieser Termin ist vorbei oder wurde geändert.

## To the coach

coach-cant-come = { $name } kann nicht kommen: { $kind }, { $when }.
coach-cant-come-reason = { $name } zum Termin { $kind } am { $when }: „{ $reason }“
coach-no-answer = { $name } hat auf die Erinnerung nicht geantwortet: { $kind }, { $when }.
coach-unreachable = { $name } ist über Telegram nicht mehr erreichbar (der Bot wurde blockiert). Geplante Nachrichten an diese Person sind gestoppt.

## Making an appointment (coaches and staff)

apt-choose-participant = Für wen ist der Termin?
apt-no-participants = Sie haben noch keine Teilnehmenden. Laden Sie jemanden mit /invite ein.
apt-ask-when = Wann? Schreiben Sie zum Beispiel: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = Was für ein Termin?
apt-ask-place = Wo? Schreiben Sie den Ort, oder tippen Sie auf „Überspringen“.
apt-ask-note = Eine Notiz für die Person? Schreiben Sie sie, oder tippen Sie auf „Überspringen“.
apt-skip = Überspringen
apt-confirm =
    Termin für { $name }:
    { $kind }
    { $when }
    Ort: { $place }
    So speichern?
apt-save = Speichern
apt-discard = Verwerfen
apt-saved = ✅ Gespeichert. { $name } bekommt den Termin jetzt und Erinnerungen vorher.
apt-discarded = 🗑 Verworfen.
apt-not-yours = Diese Person gehört nicht zu Ihren Teilnehmenden.
when-empty = Bitte schreiben Sie ein Datum und eine Uhrzeit.
when-no-date = Das habe ich nicht als Datum verstanden. Beispiele: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = Bitte schreiben Sie auch die Uhrzeit, zum Beispiel: 24.8. 14 Uhr
when-bad-date = Dieses Datum gibt es nicht.
when-bad-time = Diese Uhrzeit gibt es nicht.
when-past = Dieser Zeitpunkt ist schon vorbei.
when-too-far = Das ist mehr als ein Jahr entfernt. Bitte wählen Sie ein näheres Datum.
when-ambiguous = Das ist nicht eindeutig. Bitte schreiben Sie das Datum mit Monat, zum Beispiel: 24.8. 14 Uhr

## Lists

apt-list-title = Kommende Termine:
apt-list-empty = Keine kommenden Termine.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ kommt
apt-answer-not-coming = ❌ kann nicht kommen
apt-answer-none = ❔ keine Antwort
apt-past-title = Vergangene Termine – bitte eintragen, ob die Person da war:
apt-cancel-button = ✖️ { $n } absagen
apt-move-button = ✏️ { $n } verschieben
apt-attended-button = ✅ { $n } da
apt-missed-button = ❌ { $n } nicht da
apt-cancel-done = Abgesagt. { $name } bekommt Bescheid.
apt-move-ask = Neuer Zeitpunkt für { $name }? Zum Beispiel: morgen 9:30
apt-move-done = Verschoben. { $name } bekommt Bescheid.
