# Begleiter – German, the reference catalogue. Every other language has the same ids and
# placeholders (tests/unit/test_catalogues.py checks it). Formal "Sie" throughout.

## Joining

uninvited = Dieser Bot ist nur mit Einladung nutzbar. Bitte fragen Sie Ihre Beraterin oder Ihren Berater nach einem Einladungslink.
invite-unknown = Dieser Einladungslink ist nicht gültig. Bitte fragen Sie Ihre Beraterin oder Ihren Berater nach einem neuen Link.
invite-used = Dieser Einladungslink wurde schon benutzt. Bitte fragen Sie Ihre Beraterin oder Ihren Berater nach einem neuen Link.
invite-expired = Dieser Einladungslink ist abgelaufen. Bitte fragen Sie Ihre Beraterin oder Ihren Berater nach einem neuen Link.
invite-revoked = Dieser Einladungslink wurde zurückgezogen. Bitte fragen Sie Ihre Beraterin oder Ihren Berater nach einem neuen Link.
already-joined = Sie sind schon angemeldet. Hilfe: /help
welcome = Willkommen bei Begleiter! Bitte wählen Sie Ihre Sprache.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = Bitte wählen Sie Ihre Sprache.
language-chosen = Ihre Sprache: { $language }

## Privacy notice and consent

privacy-notice =
    Datenschutz – bitte lesen Sie das in Ruhe.

    Was wir speichern: Ihren Namen aus Telegram, Ihre Sprache und Einstellungen, Ihre Termine, Ihren Lernstand und Ihre Antworten auf Fragen zum Befinden.
    Warum: damit Sie Erinnerungen bekommen, Deutsch üben können und Ihre Beraterin oder Ihr Berater Ihnen rechtzeitig helfen kann.
    Wer das sieht: Ihre Beraterin oder Ihr Berater und die Mitarbeitenden Ihres Programms. Sonst niemand.
    Wie lange: bis Sie /delete schreiben, spätestens 12 Monate nach Ende Ihrer Teilnahme.
    Ihre Rechte: /export zeigt Ihnen alle Daten, /delete löscht sie. Die Teilnahme am Programm hängt nicht von diesem Bot ab.
consent-question = Sind Sie damit einverstanden?
consent-yes = Ja, einverstanden
consent-no = Nein
consent-thanks = Danke! Sie können das jederzeit mit /privacy nachlesen.
consent-declined = In Ordnung. Wir speichern nur, dass Sie nicht zugestimmt haben. Wenn Sie es sich anders überlegen, schreiben Sie /start.
declined-status = Sie haben dem Datenschutz noch nicht zugestimmt. Ohne Zustimmung kann der Bot nichts für Sie tun.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = Sie haben dem Datenschutz nicht zugestimmt. Deshalb kann ich Ihre Nachricht nicht weitergeben. Wenn Sie es sich anders überlegen: /start
consent-status = Sie haben am { $date } zugestimmt (Version { $version }).

## Quiet hours and practice time

quiet-hours-question = Wann sollen wir Ihnen keine Nachrichten schicken? (Ruhezeit)
quiet-hours-range = { $start }–{ $end } Uhr
quiet-hours-none = Keine Ruhezeit
practice-time-question = Wann möchten Sie jeden Tag kurz Deutsch üben?
practice-time-value = { $time } Uhr
setup-done = Fertig! Sie können alles mit /settings ändern.

## Help and menus

help-participant =
    /sos – 🆘 Ich brauche Hilfe
    /checkin – Wie geht es mir?
    /appointments – Ihre Termine
    /practice – Deutsch üben (/progress, /level, /topics, /pause)
    /settings – Sprache, Ruhezeit, Übungszeit
    /privacy – Datenschutz (/export, /delete)
help-coach =
    /participants – Ihre Teilnehmenden auf einen Blick
    /appointment – Termin anlegen
    /appointments – Termine Ihrer Teilnehmenden
    /invite – Teilnehmende einladen
    /settings – Ihre Einstellungen
    /privacy, /export, /delete – Ihre eigenen Daten
help-staff =
    /duty – Bereitschaft für Krisen-Alarme an/aus
    /invite – Teilnehmende, Beraterinnen, Berater und Mitarbeitende einladen
    /appointment, /appointments – Termine anlegen und ansehen
    /participants – alle Teilnehmenden auf einen Blick
    /settings – Ihre Einstellungen
    /privacy, /export, /delete – Ihre eigenen Daten
help-onboarding = Bitte beantworten Sie zuerst die Fragen oben. Neu anfangen: /start
unknown-command = Diesen Befehl kenne ich nicht.
free-text = Ich habe Ihre Nachricht bekommen, aber niemand liest sie hier. Ihre Beraterin oder Ihr Berater bekommt sie nicht.
free-text-team = Ich habe Ihre Nachricht bekommen, aber niemand liest sie hier: Sie geht an keine Person weiter. Was Sie hier tun können:
not-text = Ich kann hier nur Text und Schaltflächen verstehen.
not-allowed = Dieser Befehl ist für Sie nicht verfügbar.
button-stale = Diese Schaltfläche gilt nicht mehr.
cancelled = Abgebrochen.
nothing-to-cancel = Es gibt nichts abzubrechen.
error-apology = Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal. Fehlernummer: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Anmelden oder neu starten
cmd-help = Hilfe
cmd-language = Sprache ändern
cmd-settings = Einstellungen
cmd-privacy = Datenschutz
cmd-export = Meine Daten als Datei
cmd-delete = Meine Daten löschen
cmd-cancel = Abbrechen
cmd-invite = Jemanden einladen
cmd-appointment = Termin anlegen
cmd-appointments = Termine
cmd-participants = Teilnehmende
cmd-practice = Deutsch üben
cmd-pause = Übungen pausieren
cmd-resume = Übungen fortsetzen
cmd-level = Mein Niveau
cmd-topics = Meine Themen
cmd-progress = Mein Fortschritt

## Settings

settings-overview =
    Ihre Einstellungen:
    Sprache: { $language }
    Ruhezeit: { $quiet }
    Übungszeit: { $practice }
settings-not-set = nicht festgelegt
settings-change-language = Sprache
settings-change-quiet = Ruhezeit
settings-change-practice = Übungszeit
settings-saved = Gespeichert.

## Export and delete

export-caption = Ihre Daten bei Begleiter
export-as-text = Ihre Daten bei Begleiter (als Text, weil keine Datei gesendet werden konnte):
delete-question = Wollen Sie wirklich alle Ihre Daten löschen? Das kann man nicht rückgängig machen.
delete-yes = Ja, alles löschen
delete-no = Nein, behalten
delete-done = Ihre Daten sind gelöscht. Auf Wiedersehen! Mit einem neuen Einladungslink können Sie wiederkommen.
delete-kept = Gut, Ihre Daten bleiben gespeichert.
coach-participant-deleted = { $name } hat die eigenen Daten bei Begleiter gelöscht.
coach-participant-joined = { $name } hat sich bei Begleiter angemeldet.
someone = Eine Person

## Invitations

role-participant = Teilnehmende Person
role-coach = Beraterin oder Berater
role-staff = Mitarbeitende Person
invite-choose-role = Wen möchten Sie einladen?
invite-choose-cohort = Für welche Gruppe? Sie können auch einen neuen Gruppennamen schreiben.
invite-no-cohort = Ohne Gruppe
invite-choose-coach = Wer ist die Beraterin oder der Berater?
invite-no-coach = Noch niemand
invite-cohort-invalid = Ein Gruppenname hat 1 bis 80 Zeichen. Bitte schreiben Sie einen anderen Namen.
invite-created =
    Einladung für: { $role }
    Gruppe: { $cohort }
    Gültig bis: { $expires }, nur einmal benutzbar.

    Geben Sie diesen Link nur der eingeladenen Person:
    { $link }
invite-qr-caption = QR-Code der Einladung (gültig bis { $expires })
invite-revoke = Einladung zurückziehen
invite-revoked-ok = Die Einladung ist zurückgezogen.
