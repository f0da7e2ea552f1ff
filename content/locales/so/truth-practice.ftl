# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Somali.

truth-practice-done-all = Aad u fiican, dhammaan waa sax: { $right } ka mid ah { $total }!
truth-practice-done-most = Si fiican ayaad u qabatay! { $right } ka mid ah { $total } waa sax.
truth-practice-done-some = { $right } ka mid ah { $total } waa sax. Layliyada kale dhowaan ayay soo laabanayaan.
truth-practice-done-none = Markan way adkayd – taasi waa qayb ka mid ah waxbarashada. { $right } ka mid ah { $total } waa sax. Layliyadan dhowaan ayay soo laabanayaan.
truth-practice-streak =
    Taxane: { $streak ->
        [one] { $streak } maalin
       *[other] { $streak } maalmood
    }.
truth-practice-hint-letters =
    Wuxuu ku bilaabmaa "{ $first }…", { $letters ->
        [one] { $letters } xaraf
       *[other] { $letters } xaraf
    }.
truth-practice-hint-words =
    { $words ->
        [one] { $words } eray, wuxuu ku bilaabmaa "{ $first }…".
       *[other] { $words } eray, kan koowaad wuxuu ku bilaabmaa "{ $first }…".
    }
truth-practice-later-soon = Dhib malaha. Is arag dhowaan!
truth-practice-later-anytime = Dhib malaha. /practice wakhti kasta waad ku tababaran kartaa.
truth-practice-nothing =
    { $days ->
        [0] Hadda wax la tababaro ma jiraan. Goor dambe mar kale wax ayaa jiri doona.
        [1] Maanta wax walba waa la tababaray. Berri ayaan sii wadaynaa!
       *[other] Maanta wax walba waa la tababaray. Ku celinta xigta waxay imanaysaa { $days } maalmood kadib.
    }
truth-practice-resumed-no-time = Aan sii wadno! Ma aadan dooran waqti layli: ku tababaro /practice, ama waqti ku dooro /settings.
