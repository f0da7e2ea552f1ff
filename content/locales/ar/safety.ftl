## Crisis numbers for someone without an invitation
guest-crisis = أنت لست وحدك. إذا كنت في خطر، اتصل فورًا بالرقم 112.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = نحن نُبلغ مرشدك أو مرشدتك الآن. الأرقام في الأعلى متاحة لك ليلًا ونهارًا.
crisis-told-team = نحن نُبلغ فريق العمل الآن. الأرقام في الأعلى متاحة لك ليلًا ونهارًا.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ رآه { $name }، { $time }
alert-seen-toast = ✅ تم التعليم كمقروء.

## /alerts: the open alerts
cmd-alerts = 🔔 التنبيهات المفتوحة
alerts-none = لا توجد تنبيهات مفتوحة.
alerts-head = 🔔 التنبيهات المفتوحة: { $count }
alerts-item = { $mark } { $name }، { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … وتنبيهات أقدم: { $count }.

## /duty
duty-state-on = المناوبة: مفعّلة. تنبيهات الأزمات التي لا يستجيب لها المرشد أو المرشدة في الوقت المناسب تصل إليك.
duty-state-off = المناوبة: متوقفة.
duty-switch-on = تشغيل المناوبة
duty-switch-off = إيقاف المناوبة
