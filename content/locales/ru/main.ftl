# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Russian. Same ids and placeholders as the German reference catalogue. Polite "вы".

## Joining

uninvited = Этот бот работает только по приглашению. Пожалуйста, попросите ссылку-приглашение у вашего консультанта.
invite-unknown = Эта ссылка-приглашение недействительна. Пожалуйста, попросите новую ссылку у вашего консультанта.
invite-used = Эта ссылка-приглашение уже использована. Пожалуйста, попросите новую ссылку у вашего консультанта.
invite-expired = Срок действия этой ссылки-приглашения истёк. Пожалуйста, попросите новую ссылку у вашего консультанта.
invite-revoked = Эта ссылка-приглашение отозвана. Пожалуйста, попросите новую ссылку у вашего консультанта.
already-joined = Вы уже зарегистрированы. Помощь: /help
welcome = Добро пожаловать в Begleiter! Пожалуйста, выберите свой язык.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = Пожалуйста, выберите свой язык.
language-chosen = Ваш язык: { $language }

## Privacy notice and consent

privacy-notice =
    Защита данных – пожалуйста, прочитайте это спокойно.

    Что мы храним: ваше имя из Telegram, ваш язык и настройки, ваши встречи, ваш прогресс в учёбе и ваши ответы на вопросы о самочувствии.
    Зачем: чтобы вы получали напоминания, могли практиковать немецкий, а ваш консультант мог вовремя вам помочь.
    Кто это видит: ваш консультант и сотрудники вашей программы. Больше никто.
    Как долго: пока вы не напишете /delete, но не дольше 12 месяцев после окончания вашего участия.
    Ваши права: /export показывает вам все данные, /delete удаляет их. Участие в программе не зависит от этого бота.
consent-question = Вы согласны?
consent-yes = Да, принимаю
consent-no = Нет
consent-thanks = Спасибо! Вы можете в любое время прочитать это снова с помощью /privacy.
consent-declined = Хорошо. Мы сохраняем только то, что вы не дали согласия. Если передумаете, напишите /start.
declined-status = Вы ещё не согласились с условиями защиты данных. Без вашего согласия бот ничего не может для вас сделать.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = Вы не согласились с защитой данных, поэтому я не могу передать ваше сообщение. Если передумаете: /start
consent-status = Вы дали согласие { $date } (версия { $version }).

## Quiet hours and practice time

quiet-hours-question = Когда нам не присылать вам сообщения? (время тишины)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = Без времени тишины
practice-time-question = Когда вы хотите каждый день немного практиковать немецкий?
practice-time-value = { $time }
setup-done = Готово! Всё можно изменить через /settings.

## Help and menus

help-participant =
    /sos – 🆘 Мне нужна помощь
    /checkin – как я?
    /appointments – ваши встречи
    /practice – практиковать немецкий (/progress, /level, /topics, /pause)
    /settings – язык, время тишины, время практики
    /privacy – защита данных (/export, /delete)
help-coach =
    /participants – ваши участники вкратце
    /appointment – создать встречу
    /appointments – встречи ваших участников
    /invite – пригласить участников
    /settings – ваши настройки
    /privacy, /export, /delete – ваши собственные данные
help-staff =
    /duty – дежурство для кризисных оповещений вкл./выкл.
    /invite – пригласить участников, консультантов и сотрудников
    /appointment, /appointments – создать и посмотреть встречи
    /participants – все участники вкратце
    /settings – ваши настройки
    /privacy, /export, /delete – ваши собственные данные
help-onboarding = Пожалуйста, сначала ответьте на вопросы выше. Начать заново: /start
unknown-command = Я не знаю такой команды.
free-text = Ваше сообщение получено, но здесь его никто не читает. Ваш консультант его не получит.
free-text-team = Я получил ваше сообщение, но здесь его никто не читает: оно никому не передаётся. Что вы можете сделать здесь:
not-text = Здесь я понимаю только текст и кнопки.
not-allowed = Эта команда вам недоступна.
button-stale = Эта кнопка больше не действует.
cancelled = Отменено.
nothing-to-cancel = Нечего отменять.
error-apology = Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз позже. Номер ошибки: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Зарегистрироваться или начать заново
cmd-help = Помощь
cmd-language = Изменить язык
cmd-settings = Настройки
cmd-privacy = Защита данных
cmd-export = Мои данные файлом
cmd-delete = Удалить мои данные
cmd-cancel = Отменить
cmd-invite = Пригласить кого-нибудь
cmd-appointment = Создать встречу
cmd-appointments = Встречи
cmd-participants = Участники
cmd-practice = Практиковать немецкий
cmd-pause = Приостановить упражнения
cmd-resume = Возобновить упражнения
cmd-level = Мой уровень
cmd-topics = Мои темы
cmd-progress = Мой прогресс

## Settings

settings-overview =
    Ваши настройки:
    Язык: { $language }
    Время тишины: { $quiet }
    Время практики: { $practice }
settings-not-set = не задано
settings-change-language = Язык
settings-change-quiet = Время тишины
settings-change-practice = Время практики
settings-saved = Сохранено.

## Export and delete

export-caption = Ваши данные в Begleiter
export-as-text = Ваши данные в Begleiter (текстом, потому что файл отправить не удалось):
delete-question = Вы действительно хотите удалить все свои данные? Это нельзя отменить.
delete-yes = Да, удалить всё
delete-no = Нет, оставить
delete-done = Ваши данные удалены. До свидания! Вы можете вернуться по новой ссылке-приглашению.
delete-kept = Хорошо, ваши данные остаются сохранёнными.
coach-participant-deleted = { $name } удалил(а) свои данные в Begleiter.
coach-participant-joined = { $name } зарегистрировался(-лась) в Begleiter.
someone = Кто-то

## Invitations

role-participant = Участник
role-coach = Консультант
role-staff = Сотрудник
invite-choose-role = Кого вы хотите пригласить?
invite-choose-cohort = Для какой группы? Вы также можете написать новое название группы.
invite-no-cohort = Без группы
invite-choose-coach = Кто консультант?
invite-no-coach = Пока никто
invite-cohort-invalid = Название группы должно содержать от 1 до 80 символов. Пожалуйста, напишите другое название.
invite-created =
    Приглашение для: { $role }
    Группа: { $cohort }
    Действует до: { $expires }, можно использовать только один раз.

    Передайте эту ссылку только тому, кого вы приглашаете:
    { $link }
invite-qr-caption = QR-код приглашения (действует до { $expires })
invite-revoke = Отозвать приглашение
invite-revoked-ok = Приглашение отозвано.
