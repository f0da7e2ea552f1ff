# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Ukrainian. Same ids and placeholders as the German reference. Polite "ви".

apt-kind-coaching = Консультація
apt-kind-job-centre = Джобцентр
apt-kind-course = Курс
apt-kind-internship = Практика
apt-kind-authority = Державна установа
apt-kind-doctor = Лікар або лікарка
apt-kind-other = Зустріч
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = ще не визначено

## To the participant

apt-new =
    Нова зустріч: { $kind }
    { $when }
    Місце: { $place }
apt-reminder =
    Нагадування: { $kind }
    { $when }
    Місце: { $place }
    Ви прийдете?
apt-changed =
    Вашу зустріч змінено: { $kind }
    { $when }
    Місце: { $place }
apt-cancelled = Вашу зустріч скасовано: { $kind }, { $when }
apt-coming = Я прийду
apt-not-coming = Я не можу
apt-thanks-coming = Дякуємо! До зустрічі.
apt-ask-reason = Шкода. Бажаєте сказати чому? Напишіть коротко або натисніть «Без причини».
apt-no-reason = Без причини
apt-coach-told = Ваш консультант або консультантка вже знає про це.
apt-ics-caption = Зустріч для вашого календаря
apt-closed = Ця зустріч уже минула або її змінено.

## To the coach

coach-cant-come = { $name } не може прийти: { $kind }, { $when }.
coach-cant-come-reason = { $name } ({ $kind }, { $when }): «{ $reason }»
coach-no-answer = { $name } не відповів(-ла) на нагадування: { $kind }, { $when }.
coach-unreachable = { $name } більше недоступний(-на) в Telegram (бота заблоковано). Заплановані повідомлення для цієї особи зупинено.

## Making an appointment (coaches and staff)

apt-choose-participant = Для кого ця зустріч?
apt-no-participants = У вас ще немає учасників. Запросіть когось через /invite.
apt-ask-when = Коли? Напишіть, наприклад: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = Яка це зустріч?
apt-ask-place = Де? Напишіть місце або натисніть «Пропустити».
apt-ask-note = Примітка для цієї особи? Напишіть її або натисніть «Пропустити».
apt-skip = Пропустити
apt-confirm =
    Зустріч для { $name }:
    { $kind }
    { $when }
    Місце: { $place }
    Зберегти так?
apt-save = Зберегти
apt-discard = Не зберігати
apt-saved = ✅ Збережено. { $name } отримає повідомлення про зустріч зараз, а нагадування – перед нею.
apt-discarded = 🗑 Не збережено.
apt-not-yours = Ця особа не належить до ваших учасників.
when-empty = Будь ласка, напишіть дату й час.
when-no-date = Не вдалося розпізнати дату. Приклади: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = Будь ласка, напишіть також час, наприклад: 24.8. 14 Uhr
when-bad-date = Такої дати не існує.
when-bad-time = Такого часу не існує.
when-past = Цей час уже минув.
when-too-far = Це більше ніж через рік. Будь ласка, оберіть ближчу дату.
when-ambiguous = Це неоднозначно. Будь ласка, напишіть дату з місяцем, наприклад: 24.8. 14 Uhr

## Lists

apt-list-title = Майбутні зустрічі:
apt-list-empty = Немає майбутніх зустрічей.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ прийде
apt-answer-not-coming = ❌ не прийде
apt-answer-none = ❔ немає відповіді
apt-past-title = Минулі зустрічі – будь ласка, позначте, чи прийшла особа:
apt-cancel-button = ✖️ { $n } скасувати
apt-move-button = ✏️ { $n } перенести
apt-attended-button = ✅ { $n } був(-ла)
apt-missed-button = ❌ { $n } не був(-ла)
apt-cancel-done = Скасовано. { $name } отримає повідомлення.
apt-move-ask = Новий час для { $name }? Наприклад: morgen 9:30
apt-move-done = Перенесено. { $name } отримає повідомлення.
