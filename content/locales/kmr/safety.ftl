# Machine-made translation: needs review by a native speaker before production use.
## Crisis numbers for someone without an invitation
guest-crisis = Hûn ne bi tenê ne. Eger hûn di xeterê de ne, yekser li 112 bigerin.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Şêwirmendê we niha tê agahdarkirin. Hejmarên li jor şev û roj ji bo we vekirî ne.
crisis-told-team = Tîm niha tê agahdarkirin. Hejmarên li jor şev û roj ji bo we vekirî ne.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Ji aliyê { $name } ve hate dîtin, { $time }
alert-seen-toast = ✅ Wek dîtî hate nîşankirin.

## /alerts: the open alerts
cmd-alerts = 🔔 Hişyariyên vekirî
alerts-none = Hişyariyên vekirî tune ne.
alerts-head = 🔔 Hişyariyên vekirî: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … û { $count } yên kevntir.

## /duty
duty-state-on = Nobeta we: vekirî. Hişyariyên krîzê yên ku şêwirmend di wextê xwe de bersiv nedaye tên ba we.
duty-state-off = Nobeta we: girtî.
duty-switch-on = Nobetê veke
duty-switch-off = Nobetê bigire
