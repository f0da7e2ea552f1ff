# The coach's tools (/participants, a participant's card, notes) – German reference.
# Read by coaches and staff only, in their own interface language.

## The list

caseload-title = Ihre Teilnehmenden ({ $total }), Seite { $page } von { $pages }:
caseload-title-staff = Alle Teilnehmenden ({ $total }), Seite { $page } von { $pages }:
caseload-empty = Sie haben noch keine Teilnehmenden. Mit /invite erstellen Sie einen Einladungslink; wer damit beitritt und zustimmt, erscheint hier.
caseload-empty-staff = Es gibt noch keine aktiven Teilnehmenden. Mit /invite erstellen Sie einen Einladungslink; wer damit beitritt und zustimmt, erscheint hier.
caseload-line =
    { $marker }{ $name }
    zuletzt aktiv: { $seen } · Übungsserie: { $streak } · nächster Termin: { $next }
caseload-line-coach = Beraterin oder Berater: { $coach }
caseload-seen =
    { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    }
caseload-seen-never = noch nie
caseload-next-none = keiner
caseload-prev = ◀ Zurück
caseload-next = Weiter ▶

## A participant's card

caseload-card =
    👤 { $name }
    Sprache: { $language } · Gruppe: { $cohort }
    Beraterin oder Berater: { $coach }
    Zuletzt aktiv: { $seen }
    Deutsch: Niveau { $level }, Übungsserie: { $streak }
caseload-none = keine
caseload-checkins-title = Letzte Check-ins:
caseload-checkins-none = Noch keine ausgefüllten Check-ins.
caseload-checkin-line = { $date }: Stimmung { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = keine Angabe
caseload-checkin-flags = { $marker } Auffällig: { $reasons }
caseload-checkin-text = Text ({ $language }): „{ $text }“
caseload-checkin-translation = Maschinelle Übersetzung (kann Fehler enthalten): „{ $text }“
caseload-appointments-title = Nächste Termine:
caseload-appointments-none = Keine Termine geplant.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Offene Meldungen ({ $count }):
caseload-alerts-none = Keine offenen Meldungen.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Check-in
caseload-source-help-button = Hilfe-Knopf
caseload-source-message = Nachricht
caseload-rule-keywords = Stichwort im Text
caseload-rule-unknown = ohne Angabe
caseload-notes-title = Notizen:
caseload-notes-none = Noch keine Notizen.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Stimmung von { $name } { $weeks ->
        [one] in der letzten Woche
       *[other] in den letzten { $weeks } Wochen
    } (links die älteste, · = keine Antwort): { $line }
caseload-write = ✍️ Schreiben
caseload-note = 📝 Notiz
caseload-back = ⬅ Zurück zur Liste
caseload-open-card = Karte öffnen

## Notes

caseload-note-ask = Ihre Notiz zu { $name }: Schreiben Sie sie als eine Nachricht (höchstens { $max } Zeichen). Abbrechen: /cancel
caseload-note-too-long = Diese Notiz hat { $length } Zeichen, es passen höchstens { $max }. Bitte kürzen Sie sie und schicken Sie sie noch einmal. Abbrechen: /cancel
caseload-note-saved = Die Notiz zu { $name } ist gespeichert.
caseload-note-gone = Diese Person ist nicht mehr in Ihrer Liste. Die Notiz wurde nicht gespeichert.
