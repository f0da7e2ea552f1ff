# Machine-made translation: needs review by a native speaker before production use.
## truth: sentences that hold in every state – Somali.

truth-apt-reminder-coming =
    Xusuusin: { $kind }
    { $when }
    Goobta: { $place }
    Waad oggolaatay. Is arag markaas!
truth-apt-answer-saved = Mahadsanid, jawaabtaada waa la keydiyay.
truth-translation-failed = Turjumaadda mashiinku markan ma shaqeyn.
truth-relay-translation-failed = Turjumaadda mashiinku markan ma shaqeyn. Waxaad ku jawaabi kartaa luqaddaada.
truth-apt-cancel-done-untold = Waa la joojiyay. { $name } weli wax kama ogeyn ballantan, sidaas darteed fariin ma helayo.
truth-practice-done-new =
    { $total ->
        [one] Hal eray cusub ayaad baratay. Dhowaan ayuu soo laabanayaa ilaa aad garato.
       *[other] { $total } eray oo cusub ayaad baratay. Dhowaan ayay soo laabanayaan ilaa aad garato.
    }
truth-seen-answers = La-taliyahaagu wuu arkay jawaabahaaga.
truth-seen-answers-team = Qof ka mid ah kooxda ayaa arkay jawaabahaaga.
truth-seen-help = La-taliyahaagu wuu arkay inaad caawimaad u baahan tahay.
truth-seen-help-team = Qof ka mid ah kooxda ayaa arkay inaad caawimaad u baahan tahay.
truth-incident-ping = Digniin cusub oo ku saabsan { $name }: fariinta kore waa la kordhiyay.
