# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Tigrinya.

truth-practice-done-all = ጽቡቕ፡ ኩሉ ቅኑዕ: { $right } ካብ { $total }!
truth-practice-done-most = ጽቡቕ ገይርኩም! { $right } ካብ { $total } ቅኑዕ።
truth-practice-done-some = { $right } ካብ { $total } ቅኑዕ። እቶም ካልኦት ልምምዳት ቀልጢፎም ክምለሱ እዮም።
truth-practice-done-none = ሎሚ ከቢዱ ነይሩ – እዚ ናይ ትምህርቲ ክፋል እዩ። { $right } ካብ { $total } ቅኑዕ። እዞም ልምምዳት ቀልጢፎም ክምለሱ እዮም።
truth-practice-streak =
    ተኸታታሊ: { $streak ->
        [one] { $streak } መዓልቲ
       *[other] { $streak } መዓልታት
    }።
truth-practice-hint-letters =
    ብ "{ $first }…" ይጅምር፡ { $letters ->
        [one] { $letters } ፊደል
       *[other] { $letters } ፊደላት
    }።
truth-practice-hint-words =
    { $words ->
        [one] { $words } ቃል፡ ብ "{ $first }…" ይጅምር።
       *[other] { $words } ቃላት፡ እቲ ቀዳማይ ብ "{ $first }…" ይጅምር።
    }
truth-practice-later-soon = ጸገም የለን። ክሳብ ቀልጢፍና ንራኸብ!
truth-practice-later-anytime = ጸገም የለን። ብ /practice ኣብ ዝኾነ ግዜ ክትለማመዱ ትኽእሉ ኢኹም።
truth-practice-nothing =
    { $days ->
        [0] ሕጂ ዝልመድ የለን። ጸኒሑ ደጊሙ ገለ ክህሉ እዩ።
        [1] ንሎሚ ኩሉ ተለሚዱ። ጽባሕ ንቕጽል!
       *[other] ንሎሚ ኩሉ ተለሚዱ። ዝቕጽል ምድጋም ድሕሪ { $days } መዓልታት ይመጽእ።
    }
truth-practice-resumed-no-time = ንቕጽል! ግዜ ልምምድ ኣይመረጽኩምን: ብ /practice ተለማመዱ፡ ወይ ብ /settings ግዜ ምረጹ።
