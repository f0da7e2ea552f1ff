## Crisis numbers for someone without an invitation
guest-crisis = Ви не самі. Якщо ви в небезпеці, негайно телефонуйте 112.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Ми вже повідомляємо вашого консультанта або консультантку. Номери вище доступні для вас вдень і вночі.
crisis-told-team = Ми вже повідомляємо команду. Номери вище доступні для вас вдень і вночі.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Переглянуто: { $name }, { $time }
alert-seen-toast = ✅ Позначено як переглянуте.

## /alerts: the open alerts
cmd-alerts = 🔔 Відкриті сповіщення
alerts-none = Відкритих сповіщень немає.
alerts-head = 🔔 Відкриті сповіщення: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … і ще старіших: { $count }.

## /duty
duty-state-on = Чергування: увімкнено. Кризові сповіщення, на які консультант не відреагував вчасно, надходять вам.
duty-state-off = Чергування: вимкнено.
duty-switch-on = Увімкнути чергування
duty-switch-off = Вимкнути чергування
