# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite. Keyboard words are short: the button shows the German word and the person's
# own word beside it (ui/menu.py), and phones cut long labels.

## Reply keyboard words (an emoji goes before them)

menu-sos = Hilfe
menu-appointments = Termine
menu-practice = Üben
menu-coach = Beratung
menu-participants = Teilnehmende
menu-alerts = Offene Meldungen

## Privacy notice, the short layer

privacy-short =
    Datenschutz kurz:
    Wir speichern Ihren Namen, Ihre Sprache, Termine, Lernstand und Antworten zum Befinden.
    Das sehen nur Ihre Beraterin oder Ihr Berater und die Mitarbeitenden Ihres Programms.
    Mit /export bekommen Sie alles, mit /delete löschen Sie alles.
privacy-more = Mehr lesen

## Practice time and quiet hours

practice-time-in-quiet = Diese Zeit liegt in Ihrer Ruhezeit. Bitte wählen Sie eine andere Übungszeit.
practice-time-now-in-quiet = Ihre Übungszeit liegt jetzt in Ihrer Ruhezeit. Bitte wählen Sie eine neue Übungszeit.

## A new group in /invite

invite-cohort-confirm = Neue Gruppe „{ $name }“ anlegen?
invite-cohort-create = Ja, anlegen
invite-cohort-other = Nein, anderer Name
