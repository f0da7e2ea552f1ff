# Machine-made translation: needs review by a native speaker before production use.
# Check-ins, help, alerts and relayed messages – Russian. Same ids and placeholders as the German reference. Polite "вы".

cmd-checkin = Как я себя чувствую? (опрос)
cmd-sos = 🆘 Мне нужна помощь
cmd-duty = Дежурство: вкл./выкл.

ci-intro-weekly = Несколько коротких вопросов о том, как вы себя чувствуете на этой неделе. Любой вопрос можно пропустить.
ci-intro-monthly = Несколько коротких вопросов о вашем месяце. Любой вопрос можно пропустить.
ci-offer-weekly = Как вы себя чувствуете на этой неделе? Шесть коротких вопросов, примерно одна минута.
ci-offer-monthly = Время для ежемесячного опроса: шесть коротких вопросов о вашем пути.
ci-offer-again-weekly = Ещё раз: у вас есть минутка для опроса этой недели?
ci-offer-again-monthly = Ещё раз: у вас есть минутка для ежемесячного опроса?
ci-start = Начнём
ci-later-button = Позже
ci-later = Хорошо. Вы можете начать в любое время через /checkin.

ci-mood = Как вы себя чувствуете? 1 = очень плохо, 5 = очень хорошо.
ci-mood-label = Самочувствие
ci-sleep = Как вы спите?
ci-sleep-label = Сон
ci-sleep-good = Хорошо
ci-sleep-ok = Так себе
ci-sleep-bad = Плохо
ci-attendance = Были ли вы на этой неделе на курсе или на практике?
ci-attendance-label = Курс/практика
ci-attendance-all = Да, всегда
ci-attendance-some = Иногда
ci-attendance-none = Нет
ci-attendance-no_course = У меня нет курса
ci-problems = Есть ли проблемы? Нажмите всё, что подходит, а затем «Готово».
ci-problems-label = Проблемы
ci-problems-work = Работа
ci-problems-course = Курс
ci-problems-home = Дом
ci-problems-authorities = Госучреждения
ci-problems-health = Здоровье
ci-contact = Хотите, чтобы ваш консультант связался с вами?
ci-contact-label = Хочет связи
ci-contact-yes = Да, пожалуйста
ci-contact-no = Нет, спасибо
ci-text = Хотите ещё что-то сказать? Пишите на своём языке.
ci-text-label = Ваши слова
ci-german = Насколько уверенно вы говорите по-немецки? 1 = совсем не уверенно, 5 = очень уверенно.
ci-german-label = Немецкий
ci-goal = На каком вы этапе поиска работы?
ci-goal-label = Поиск работы
ci-goal-working = Я работаю
ci-goal-interviews = Собеседования
ci-goal-applying = Подаю заявки на работу
ci-goal-course = Сначала курс
ci-goal-not_yet = Пока нет
ci-support = С чем вам нужна помощь? Нажмите всё, что подходит.
ci-support-label = Нужна помощь с
ci-support-german = Немецкий
ci-support-applications = Заявки на работу
ci-support-childcare = Присмотр за детьми
ci-support-documents = Письма, бланки
ci-support-housing = Жильё
ci-support-health = Здоровье
ci-text-how = Просто напишите сообщение или перешлите его. Или нажмите «Пропустить».
ci-skip = Пропустить
ci-done = Готово
ci-none = Ничего из этого
ci-skipped = пропущено
ci-tap = Пожалуйста, нажмите на один из ответов выше.
ci-thanks = Спасибо! Ваши ответы сохранены.
ci-thanks-contact = Спасибо! Ваш консультант свяжется с вами.

help-numbers-intro = Помощь круглосуточно и бесплатно:
help-number-emergency = Экстренный вызов (полиция, скорая помощь)
help-number-telefonseelsorge = Telefonseelsorge (телефон доверия), если хотите поговорить
help-number-violence-women = Hilfetelefon (помощь женщинам, пострадавшим от насилия), есть и переводчицы
help-crisis = Вы не одни. Мы уже сообщаем вашему консультанту. Если вы в опасности, сразу звоните 112.
help-sent = Мы уже сообщаем вашему консультанту. Он свяжется с вами как можно скорее.
help-sent-already = Ваш консультант уже знает об этом и свяжется с вами как можно скорее.
help-write = Написать, что случилось
help-write-ask = Напишите на своём языке, что случилось.
help-seen = Ваш консультант увидел ваше сообщение.

alert-head-normal = К сведению: { $name }
alert-head-urgent = Срочно: { $name }
alert-head-crisis = КРИЗИС: { $name } – пожалуйста, свяжитесь немедленно
alert-escalated = Консультант не ответил вовремя. Пожалуйста, возьмите это на себя.
alert-no-coach = У этого человека нет консультанта, с которым можно связаться.
alert-source-help = Нажал(-а) «Мне нужна помощь».
alert-source-message = В сообщении консультанту:
alert-checkin-weekly = Еженедельный опрос от { $date }:
alert-checkin-monthly = Ежемесячный опрос от { $date }:
alert-why = Почему:
alert-why-keyword = Кризисное слово «{ $term }» ({ $language })
alert-why-keyword-translation = Слово «{ $term }» в машинном переводе
alert-why-low_mood = Очень плохое самочувствие
alert-why-mood_drop = Самочувствие заметно хуже, чем в прошлый раз
alert-why-contact_requested = Хочет связи
alert-why-problems_reported = Сообщает о проблемах
alert-why-missed_course = Не был(-а) на курсе
alert-why-help_button = Просит о помощи
alert-free-text = Собственные слова (оригинал, { $language }):
alert-machine-translation = Машинный перевод на немецкий (может содержать ошибки):
alert-no-translation = Для этого языка машинный перевод не установлен.
alert-ack = ✅ Вижу, займусь
alert-reply = ✍️ Ответить
alert-history = 📋 История
alert-acknowledged-toast = Спасибо!
alert-acknowledged = Спасибо. { $name } получит сообщение, что вы это увидели.
alert-acknowledged-before = Это уже отмечено как просмотренное.

relay-ask = Напишите сообщение для { $name } по-немецки. Этот человек получит его с машинным переводом ({ $language }).
relay-gone = Этого человека больше нет в вашем списке. Ничего не отправлено.
relay-too-long =
    Сообщение слишком длинное (не больше { $limit ->
        [one] { $limit } символа
       *[other] { $limit } символов
    }). Пожалуйста, напишите короче.
relay-sent = Отправлено: { $name }.
relay-sent-translated = Отправлено: { $name }, с таким машинным переводом:
relay-sent-untranslated = Отправлено: { $name }, только на немецком: для языка этого человека машинный перевод не установлен.
relay-from-coach = Сообщение от вашего консультанта { $name }:
relay-machine-translation = Машинный перевод (может содержать ошибки):
relay-no-translation = Для вашего языка пока нет машинного перевода. Вы можете ответить на своём языке.
relay-answer = Ответить
relay-answer-ask = Напишите ответ на своём языке или по-немецки.
relay-from-participant = ✉️ Сообщение от { $name }:

duty-on = Теперь вы на дежурстве: кризисные оповещения, на которые консультант не ответил, будут приходить вам.
duty-off = Ваше дежурство закончено.
