## Crisis numbers for someone without an invitation
guest-crisis = Sie sind nicht allein. Wenn Sie in Gefahr sind, rufen Sie sofort 112 an.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Ihre Beraterin oder Ihr Berater wird jetzt informiert. Die Nummern oben sind Tag und Nacht für Sie da.
crisis-told-team = Das Team wird jetzt informiert. Die Nummern oben sind Tag und Nacht für Sie da.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Gesehen von { $name }, { $time }
alert-seen-toast = ✅ Als gesehen markiert.

## /alerts: the open alerts
cmd-alerts = 🔔 Offene Meldungen
alerts-none = Keine offenen Meldungen.
alerts-head = 🔔 Offene Meldungen: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … und { $count } ältere.

## /duty
duty-state-on = Sie haben Bereitschaft: an. Krisen-Alarme, auf die die Beraterin oder der Berater nicht rechtzeitig reagiert, kommen zu Ihnen.
duty-state-off = Sie haben Bereitschaft: aus.
duty-switch-on = Bereitschaft einschalten
duty-switch-off = Bereitschaft ausschalten
