# Machine-made translation: needs review by a native speaker before production use.
# German practice – Tigrinya.

practice-prompt =
    ግዜ ጀርመንኛ! { $count ->
        [one] ሓደ ሓጺር ልምምድ
       *[other] { $count } ሓጸርቲ ልምምዳት
    }፡ ኣስታት ክልተ ደቓይቕ።
practice-nudge = ነዊሕ ግዜ ኣይተራኸብናን! ሎሚ ደጊምኩም ቁሩብ ጀርመንኛ ክትለማመዱ ትደልዩ ዶ?
practice-start = ንጀምር
practice-later = ሎሚ ኣይኮነን
practice-later-ok = ጸገም የለን። ክሳብ ጽባሕ!
practice-placement-intro = እቶም ልምምዳት ምሳኹም ክሰማምዑ፡ ቅድም ሓጺር ፈተና።
practice-card =
    ሓድሽ ቃል: { $word }
    ኣብነት: { $example }
practice-card-plain = ሓድሽ ቃል: { $word }
practice-known = እፈልጦ እየ
practice-unknown = ገና
practice-gap = እንታይ ጎዲሉ? ነቲ ቃል ጽሓፉ።
practice-reply = እንታይ ትምልሱ? ሓደ ምሉእ ሓሳብ ጽሓፉ።
practice-say = ብጀርመንኛ ከመይ ይበሃል? ነቲ ምሉእ ሓሳብ ጽሓፉ።
practice-choice = ነቲ ቅኑዕ መልሲ ጠውቑ።
practice-typed-send = ✉️ ናብ { $name } ስደድ
practice-typed-send-team = ✉️ ናብ ጉጅለ ስደድ
practice-show-gloss = ብቋንቋይ
practice-hint = ምኽሪ
practice-skip = ሕለፍ
practice-right = ቅኑዕ!
practice-right-spelling = ቅኑዕ! ከምዚ ይጽሓፍ: { $expected }
practice-wrong = ምሉእ ብምሉእ ኣይኮነን። ቅኑዕ: { $expected }
practice-card-known = ጽቡቕ!
practice-card-again = ጸገም የለን፡ እቲ ቃል ቀልጢፉ ክምለስ እዩ።
practice-placed = ደረጃኹም: { $level }። ብ /level ክትቕይርዎ ትኽእሉ ኢኹም።
practice-paused = ዕረፍቲ: ክሳብ /resume ትጽሕፉ ልምምዳት ኣይክትረኽቡን ኢኹም።
practice-resumed = ንቕጽል! ደጊምኩም ልምምዳት ክትረኽቡ ኢኹም።
practice-level-ask = ኣየናይ ደረጃ ክትለማመዱ ትደልዩ? ሕጂ: { $level }
practice-level-set = ደረጃኹም: { $level }።
practice-topics-ask = ኣየናይ ኣርእስታት ክትለማመዱ ትደልዩ? ጠውቑ፡ ድሕሪኡ "ተወዲኡ"።
practice-topics-all = ኩሎም ኣርእስታት
practice-topics-done = ተወዲኡ
practice-topics-set = ተዓቂቡ።
practice-progress =
    ተኸታታሊ: { $streak ->
        [one] { $streak } መዓልቲ
       *[other] { $streak } መዓልታት
    } (ዝበለጸ: { $best })
    ዝተመሃርኩምዎ: { $learned }
    ሎሚ ዝድገም: { $due }
    ኣብዚ ሰሙን: { $right } ካብ { $total } ቅኑዕ
    ደረጃ: { $level }
practice-level-open = ገና ኣይተወሰነን
practice-type-answer = በጃኹም መልሲ ከም ጽሑፍ ጽሓፉ።
practice-level-whom = ንመን ደረጃ ክትውስኑ ትደልዩ?
practice-level-of = ደረጃ { $name }: { $level }። ሓድሽ ደረጃ?
practice-level-of-set = ደረጃ { $name }: { $level }።
