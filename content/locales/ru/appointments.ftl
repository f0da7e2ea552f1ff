# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Russian. Same ids and placeholders as the German reference. Polite "вы".

apt-kind-coaching = Консультация
apt-kind-job-centre = Джобцентр
apt-kind-course = Курс
apt-kind-internship = Практика
apt-kind-authority = Госучреждение
apt-kind-doctor = Врач
apt-kind-other = Встреча
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = ещё не определено

## To the participant

apt-new =
    Новая встреча: { $kind }
    { $when }
    Место: { $place }
apt-reminder =
    Напоминание: { $kind }
    { $when }
    Место: { $place }
    Вы придёте?
apt-changed =
    Ваша встреча изменена: { $kind }
    { $when }
    Место: { $place }
apt-cancelled = Ваша встреча отменена: { $kind }, { $when }
apt-coming = Я приду
apt-not-coming = Я не смогу
apt-thanks-coming = Спасибо! До встречи.
apt-ask-reason = Жаль. Хотите сказать почему? Напишите коротко или нажмите «Без причины».
apt-no-reason = Без причины
apt-coach-told = Ваш консультант уже знает об этом.
apt-ics-caption = Встреча для вашего календаря
apt-closed = Эта встреча уже прошла или была изменена.

## To the coach

coach-cant-come = { $name } не сможет прийти: { $kind }, { $when }.
coach-cant-come-reason = { $name } ({ $kind }, { $when }): «{ $reason }»
coach-no-answer = { $name } не ответил(а) на напоминание: { $kind }, { $when }.
coach-unreachable = { $name } больше недоступен(-на) в Telegram (бот заблокирован). Запланированные сообщения этому человеку остановлены.

## Making an appointment (coaches and staff)

apt-choose-participant = Для кого эта встреча?
apt-no-participants = У вас ещё нет участников. Пригласите кого-нибудь через /invite.
apt-ask-when = Когда? Напишите, например: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = Какая это встреча?
apt-ask-place = Где? Напишите место или нажмите «Пропустить».
apt-ask-note = Заметка для этого человека? Напишите её или нажмите «Пропустить».
apt-skip = Пропустить
apt-confirm =
    Встреча для { $name }:
    { $kind }
    { $when }
    Место: { $place }
    Сохранить так?
apt-save = Сохранить
apt-discard = Не сохранять
apt-saved = ✅ Сохранено. { $name } получит сообщение о встрече сейчас и напоминания перед ней.
apt-discarded = 🗑 Не сохранено.
apt-not-yours = Этот человек не из числа ваших участников.
when-empty = Пожалуйста, напишите дату и время.
when-no-date = Не удалось распознать дату. Примеры: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = Пожалуйста, напишите также время, например: 24.8. 14 Uhr
when-bad-date = Такой даты не существует.
when-bad-time = Такого времени не существует.
when-past = Это время уже прошло.
when-too-far = Это больше чем через год. Пожалуйста, выберите более близкую дату.
when-ambiguous = Это неоднозначно. Пожалуйста, напишите дату с месяцем, например: 24.8. 14 Uhr

## Lists

apt-list-title = Предстоящие встречи:
apt-list-empty = Нет предстоящих встреч.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ придёт
apt-answer-not-coming = ❌ не придёт
apt-answer-none = ❔ нет ответа
apt-past-title = Прошедшие встречи – пожалуйста, отметьте, пришёл ли человек:
apt-cancel-button = ✖️ { $n } отменить
apt-move-button = ✏️ { $n } перенести
apt-attended-button = ✅ { $n } был(а)
apt-missed-button = ❌ { $n } не был(а)
apt-cancel-done = Отменено. { $name } получит уведомление.
apt-move-ask = Новое время для { $name }? Например: morgen 9:30
apt-move-done = Перенесено. { $name } получит уведомление.
