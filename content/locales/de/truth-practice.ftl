# German practice: sentences that fit the state they are said in – German reference.

# The end of a dose: all, most (more than half), some or none right; then the streak.
truth-practice-done-all = Super, alles richtig: { $right } von { $total }!
truth-practice-done-most = Gut gemacht! { $right } von { $total } richtig.
truth-practice-done-some = { $right } von { $total } richtig. Die anderen Übungen kommen bald wieder.
truth-practice-done-none = Diesmal war es schwer – das gehört zum Lernen. { $right } von { $total } richtig. Diese Übungen kommen bald wieder.
truth-practice-streak =
    Serie: { $streak ->
        [one] { $streak } Tag
       *[other] { $streak } Tage
    }.
# A hint that points at the answer without giving it away.
truth-practice-hint-letters =
    Beginnt mit „{ $first }…“, { $letters ->
        [one] { $letters } Buchstabe
       *[other] { $letters } Buchstaben
    }.
truth-practice-hint-words =
    { $words ->
        [one] { $words } Wort, es beginnt mit „{ $first }…“.
       *[other] { $words } Wörter, das erste beginnt mit „{ $first }…“.
    }
# "Not today" when no prompt is planned for tomorrow.
truth-practice-later-soon = Kein Problem. Bis bald!
truth-practice-later-anytime = Kein Problem. Mit /practice können Sie jederzeit üben.
# Nothing to practise now: $days until the next review is due (0: later today).
truth-practice-nothing =
    { $days ->
        [0] Gerade gibt es nichts zu üben. Später ist wieder etwas dran.
        [1] Für heute ist alles geübt. Morgen geht es weiter!
       *[other] Für heute ist alles geübt. Die nächste Wiederholung kommt in { $days } Tagen.
    }
# Resumed without a practice time: no prompts come.
truth-practice-resumed-no-time = Weiter geht's! Sie haben keine Übungszeit gewählt: Üben Sie mit /practice, oder wählen Sie eine Zeit mit /settings.
