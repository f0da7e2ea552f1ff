# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Kurmanji.

truth-practice-done-all = Pir baş, hemû rast: { $right } ji { $total }!
truth-practice-done-most = Aferîn! { $right } ji { $total } rast.
truth-practice-done-some = { $right } ji { $total } rast. Perwerdeyên din dê zû vegerin.
truth-practice-done-none = Vê carê zehmet bû – ev beşek ji hînbûnê ye. { $right } ji { $total } rast. Ev perwerde dê zû vegerin.
truth-practice-streak =
    Rêz: { $streak ->
        [one] { $streak } roj
       *[other] { $streak } roj
    }.
truth-practice-hint-letters =
    Bi „{ $first }…“ dest pê dike, { $letters ->
        [one] { $letters } tîp
       *[other] { $letters } tîp
    }.
truth-practice-hint-words =
    { $words ->
        [one] { $words } peyv, bi „{ $first }…“ dest pê dike.
       *[other] { $words } peyv, ya yekem bi „{ $first }…“ dest pê dike.
    }
truth-practice-later-soon = Ne pirsgirêk e. Heta demeke nêz!
truth-practice-later-anytime = Ne pirsgirêk e. Bi /practice hûn dikarin her dem hîn bibin.
truth-practice-nothing =
    { $days ->
        [0] Niha tiştek tune ku were hînbûn. Paşê dîsa tiştek dê hebe.
        [1] Ji bo îro her tişt hate kirin. Sibê em didomînin!
       *[other] Ji bo îro her tişt hate kirin. Dubarekirina din piştî { $days } rojan tê.
    }
truth-practice-resumed-no-time = Em didomînin! We demeke perwerdeyê hilnebijart: bi /practice hîn bibin, an bi /settings demekê hilbijêrin.
