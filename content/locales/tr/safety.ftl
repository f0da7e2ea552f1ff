## Crisis numbers for someone without an invitation
guest-crisis = Yalnız değilsiniz. Tehlikedeyseniz hemen 112'yi arayın.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Gören: { $name }, { $time }
alert-seen-toast = ✅ Görüldü olarak işaretlendi.

## /alerts: the open alerts
cmd-alerts = 🔔 Açık uyarılar
alerts-none = Açık uyarı yok.
alerts-head = 🔔 Açık uyarılar: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … ve daha eski: { $count }.

## /duty
duty-state-on = Nöbet: açık. Danışmanın zamanında tepki vermediği kriz uyarıları size gelir.
duty-state-off = Nöbet: kapalı.
duty-switch-on = Nöbeti aç
duty-switch-off = Nöbeti kapat
