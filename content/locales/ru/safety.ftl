## Crisis numbers for someone without an invitation
guest-crisis = Вы не одни. Если вы в опасности, сразу звоните 112.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Мы уже сообщаем вашему консультанту. Номера выше доступны для вас днём и ночью.
crisis-told-team = Мы уже сообщаем команде. Номера выше доступны для вас днём и ночью.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Просмотрено: { $name }, { $time }
alert-seen-toast = ✅ Отмечено как просмотренное.

## /alerts: the open alerts
cmd-alerts = 🔔 Открытые оповещения
alerts-none = Открытых оповещений нет.
alerts-head = 🔔 Открытые оповещения: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … и ещё более старых: { $count }.

## /duty
duty-state-on = Дежурство: включено. Кризисные оповещения, на которые консультант не ответил вовремя, приходят вам.
duty-state-off = Дежурство: выключено.
duty-switch-on = Включить дежурство
duty-switch-off = Выключить дежурство
