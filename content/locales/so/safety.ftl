# Machine-made translation: needs review by a native speaker before production use.
## Crisis numbers for someone without an invitation
guest-crisis = Kaligaa ma tihid. Haddii aad khatar ku jirto, isla markiiba wac 112.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = La-taliyahaaga hadda ayaa la ogeysiinayaa. Lambarrada kore habeen iyo maalin waa kuu furan yihiin.
crisis-told-team = Kooxda hadda ayaa la ogeysiinayaa. Lambarrada kore habeen iyo maalin waa kuu furan yihiin.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Waxaa arkay { $name }, { $time }
alert-seen-toast = ✅ Waxaa loo calaamadeeyay inuu la arkay.

## /alerts: the open alerts
cmd-alerts = 🔔 Digniino furan
alerts-none = Digniin furan ma jirto.
alerts-head = 🔔 Digniino furan: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … iyo { $count } kuwo hore.

## /duty
duty-state-on = Shaqo-diyaarkaagu waa shidan yahay. Digniinaha xaaladaha adag ee uusan la-taliyuhu waqtigii ka jawaabin adiga ayay kuu imanayaan.
duty-state-off = Shaqo-diyaarkaagu waa dansan yahay.
duty-switch-on = Shid shaqo-diyaarka
duty-switch-off = Dami shaqo-diyaarka
