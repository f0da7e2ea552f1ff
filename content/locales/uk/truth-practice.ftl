# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Ukrainian.

truth-practice-done-all = Чудово, усе правильно: { $right } з { $total }!
truth-practice-done-most = Молодець! Правильно: { $right } з { $total }.
truth-practice-done-some = Правильно: { $right } з { $total }. Інші вправи скоро повернуться.
truth-practice-done-none = Цього разу було важко – це частина навчання. Правильно: { $right } з { $total }. Ці вправи скоро повернуться.
truth-practice-streak =
    Серія: { $streak ->
        [one] { $streak } день
        [few] { $streak } дні
        [many] { $streak } днів
       *[other] { $streak } дня
    } поспіль.
truth-practice-hint-letters =
    Починається на «{ $first }…», { $letters ->
        [one] { $letters } літера
        [few] { $letters } літери
        [many] { $letters } літер
       *[other] { $letters } літери
    }.
truth-practice-hint-words = Слів: { $words }, перше починається на «{ $first }…».
truth-practice-later-soon = Нічого страшного. До зустрічі!
truth-practice-later-anytime = Нічого страшного. Ви можете вправлятися будь-коли через /practice.
truth-practice-nothing =
    { $days ->
        [0] Зараз нема чого вправляти. Пізніше буде ще.
        [1] На сьогодні все опрацьовано. Продовжимо завтра!
       *[other] На сьогодні все опрацьовано. Наступне повторення – через { $days ->
            [one] { $days } день
            [few] { $days } дні
           *[many] { $days } днів
        }.
    }
truth-practice-resumed-no-time = Продовжуємо! Ви не обрали час для вправ: вправляйтеся через /practice або оберіть час через /settings.
