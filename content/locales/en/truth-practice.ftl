# German practice: sentences that fit the state they are said in – English.

truth-practice-done-all = Great, all right: { $right } of { $total }!
truth-practice-done-most = Well done! { $right } of { $total } right.
truth-practice-done-some = { $right } of { $total } right. The others will come back soon.
truth-practice-done-none = That was hard this time – that is part of learning. { $right } of { $total } right. These exercises will come back soon.
truth-practice-streak =
    Streak: { $streak ->
        [one] { $streak } day
       *[other] { $streak } days
    }.
truth-practice-hint-letters =
    Starts with “{ $first }…”, { $letters ->
        [one] { $letters } letter
       *[other] { $letters } letters
    }.
truth-practice-hint-words =
    { $words ->
        [one] { $words } word, it starts with “{ $first }…”.
       *[other] { $words } words, the first starts with “{ $first }…”.
    }
truth-practice-later-soon = No problem. See you soon!
truth-practice-later-anytime = No problem. You can practise any time with /practice.
truth-practice-nothing =
    { $days ->
        [0] There is nothing to practise right now. More comes later.
        [1] Everything is practised for today. More tomorrow!
       *[other] Everything is practised for today. The next review comes in { $days } days.
    }
truth-practice-resumed-no-time = Here we go again! You have not chosen a practice time: practise with /practice, or choose a time with /settings.
