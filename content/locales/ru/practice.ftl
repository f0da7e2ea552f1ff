# Machine-made translation: needs review by a native speaker before production use.
# German practice – Russian. Same ids and placeholders as the German reference. Polite "вы".

practice-prompt =
    Время для немецкого! { $count ->
        [one] { $count } короткое упражнение
        [few] { $count } коротких упражнения
        [many] { $count } коротких упражнений
       *[other] { $count } короткого упражнения
    }, это около двух минут.
practice-nudge = Давно не виделись! Хотите сегодня снова немного попрактиковать немецкий?
practice-start = Начнём
practice-later = Не сегодня
practice-later-ok = Ничего страшного. До завтра!
practice-placement-intro = Сначала короткий тест, чтобы упражнения вам подходили.
practice-card =
    Новое слово: { $word }
    Пример: { $example }
practice-card-plain = Новое слово: { $word }
practice-known = Знаю
practice-unknown = Ещё не знаю
practice-gap = Что пропущено? Напишите это слово.
practice-reply = Что вы ответите? Напишите предложение.
practice-say = Как сказать это по-немецки? Напишите предложение.
practice-choice = Нажмите на правильный ответ.
practice-typed-send = ✉️ Отправить: { $name }
practice-typed-send-team = ✉️ Отправить команде
practice-show-gloss = На моём языке
practice-hint = Подсказка
practice-skip = Пропустить
practice-right = Правильно!
practice-right-spelling = Правильно! Пишется так: { $expected }
practice-wrong = Не совсем. Правильный ответ: { $expected }
practice-card-known = Отлично!
practice-card-again = Ничего страшного, это слово скоро появится снова.
practice-placed = Ваш уровень: { $level }. Его можно изменить через /level.
practice-paused = Пауза: вы не будете получать упражнения, пока не напишете /resume.
practice-resumed = Продолжаем! Вы снова будете получать упражнения.
practice-level-ask = Какой уровень вы хотите практиковать? Сейчас: { $level }
practice-level-set = Ваш уровень: { $level }.
practice-topics-ask = Какие темы вы хотите практиковать? Выберите их, а затем нажмите «Готово».
practice-topics-all = Все темы
practice-topics-done = Готово
practice-topics-set = Сохранено.
practice-progress =
    Серия: { $streak ->
        [one] { $streak } день
        [few] { $streak } дня
        [many] { $streak } дней
       *[other] { $streak } дня
    } подряд (рекорд: { $best })
    Выучено: { $learned }
    Повторить сегодня: { $due }
    На этой неделе правильно: { $right } из { $total }
    Уровень: { $level }
practice-level-open = ещё не определён
practice-type-answer = Пожалуйста, напишите ответ текстом.
practice-level-whom = Для кого вы хотите установить уровень?
practice-level-of = Уровень { $name }: { $level }. Новый уровень?
practice-level-of-set = Уровень { $name }: { $level }.
