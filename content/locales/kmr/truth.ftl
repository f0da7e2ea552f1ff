# Machine-made translation: needs review by a native speaker before production use.
## truth: sentences that hold in every state – Kurmanji.

truth-apt-reminder-coming =
    Bîranîn: { $kind }
    { $when }
    Cih: { $place }
    We got ku hûn tên. Heta wê demê!
truth-apt-answer-saved = Spas, bersiva we hate tomarkirin.
truth-translation-failed = Wergera makîneyê vê carê bi ser neket.
truth-relay-translation-failed = Wergera makîneyê vê carê bi ser neket. Hûn dikarin bi zimanê xwe bersiv bidin.
truth-apt-cancel-done-untold = Hate betalkirin. { $name } hîn ji vê randevûyê agahdar nebûbû, ji ber vê yekê peyamekê nastîne.
truth-practice-done-new =
    { $total ->
        [one] Peyveke nû hate naskirin. Ew ê zû vegere heta ku hûn wê bizanin.
       *[other] { $total } peyvên nû hatin naskirin. Ew ê zû vegerin heta ku hûn wan bizanin.
    }
truth-seen-answers = Şêwirmendê we bersivên we dîtin.
truth-seen-answers-team = Kesek ji tîmê bersivên we dîtin.
truth-seen-help = Şêwirmendê we dît ku hûn alîkariyê dixwazin.
truth-seen-help-team = Kesek ji tîmê dît ku hûn alîkariyê dixwazin.
truth-incident-ping = Hişyariyeke nû derbarê { $name }: peyama li jor hate temamkirin.
