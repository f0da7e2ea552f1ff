# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Russian.

truth-practice-done-all = Отлично, всё правильно: { $right } из { $total }!
truth-practice-done-most = Молодец! Правильно: { $right } из { $total }.
truth-practice-done-some = Правильно: { $right } из { $total }. Остальные упражнения скоро вернутся.
truth-practice-done-none = В этот раз было трудно – это часть учёбы. Правильно: { $right } из { $total }. Эти упражнения скоро вернутся.
truth-practice-streak =
    Серия: { $streak ->
        [one] { $streak } день
        [few] { $streak } дня
        [many] { $streak } дней
       *[other] { $streak } дня
    } подряд.
truth-practice-hint-letters =
    Начинается на «{ $first }…», { $letters ->
        [one] { $letters } буква
        [few] { $letters } буквы
        [many] { $letters } букв
       *[other] { $letters } буквы
    }.
truth-practice-hint-words = Слов: { $words }, первое начинается на «{ $first }…».
truth-practice-later-soon = Ничего страшного. До скорого!
truth-practice-later-anytime = Ничего страшного. Вы можете заниматься в любое время через /practice.
truth-practice-nothing =
    { $days ->
        [0] Сейчас нечего повторять. Позже будет ещё.
        [1] На сегодня всё пройдено. Продолжим завтра!
       *[other] На сегодня всё пройдено. Следующее повторение – через { $days ->
            [one] { $days } день
            [few] { $days } дня
           *[many] { $days } дней
        }.
    }
truth-practice-resumed-no-time = Продолжаем! Вы не выбрали время для занятий: занимайтесь через /practice или выберите время через /settings.
