## Crisis numbers for someone without an invitation
guest-crisis = Yalnız değilsiniz. Tehlikedeyseniz hemen 112'yi arayın.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Danışmanınıza şimdi haber veriyoruz. Yukarıdaki numaralar gece gündüz size açık.
crisis-told-team = Ekibe şimdi haber veriyoruz. Yukarıdaki numaralar gece gündüz size açık.

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
