## Crisis numbers for someone without an invitation
guest-crisis = شما تنها نیستید. اگر در خطر هستید، فوراً به 112 زنگ بزنید.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = همین حالا به مشاور شما خبر می دهیم. شماره های بالا شبانه روز در دسترس شما هستند.
crisis-told-team = همین حالا به تیم خبر می دهیم. شماره های بالا شبانه روز در دسترس شما هستند.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ دیده شد توسط { $name }، { $time }
alert-seen-toast = ✅ به عنوان دیده شده علامت خورد.

## /alerts: the open alerts
cmd-alerts = 🔔 هشدارهای باز
alerts-none = هشدار بازی وجود ندارد.
alerts-head = 🔔 هشدارهای باز: { $count }
alerts-item = { $mark } { $name }، { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … و { $count } مورد قدیمی تر.

## /duty
duty-state-on = کشیک شما: روشن. هشدارهای بحران که مشاور به موقع به آن ها جواب نداده است، به شما می رسند.
duty-state-off = کشیک شما: خاموش.
duty-switch-on = روشن کردن کشیک
duty-switch-off = خاموش کردن کشیک
