## truth: sentences that hold in every state (issue 17)

# The reminder after she already said she will come: no "Kommen Sie?" again.
truth-apt-reminder-coming =
    Erinnerung: { $kind }
    { $when }
    Ort: { $place }
    Sie haben zugesagt. Bis dann!
# After her answer or reason when she has no coach of her own: nobody "knows" yet, it is kept.
truth-apt-answer-saved = Danke, Ihre Antwort ist gespeichert.
# A model for the language is installed but failed on this text (not "none installed").
truth-translation-failed = Die maschinelle Übersetzung hat diesmal nicht geklappt.
truth-relay-translation-failed = Die maschinelle Übersetzung hat diesmal nicht geklappt. Sie können in Ihrer Sprache antworten.
# For the coach: a cancelled appointment whose news she never got (held by her quiet hours).
truth-apt-cancel-done-untold = Abgesagt. { $name } hatte noch nichts von diesem Termin erfahren und bekommt deshalb keine Nachricht.
# The end of a dose of new words only, none known yet: nothing was answered wrongly.
truth-practice-done-new =
    { $total ->
        [one] Ein neues Wort kennengelernt. Es kommt bald wieder, bis Sie es kennen.
       *[other] { $total } neue Wörter kennengelernt. Sie kommen bald wieder, bis Sie sie kennen.
    }
# Who saw what: her check-in answers, or that she pressed "I need help" (not "your message").
truth-seen-answers = Ihre Beraterin oder Ihr Berater hat Ihre Antworten gesehen.
truth-seen-answers-team = Jemand aus dem Team hat Ihre Antworten gesehen.
truth-seen-help = Ihre Beraterin oder Ihr Berater hat gesehen, dass Sie Hilfe brauchen.
truth-seen-help-team = Jemand aus dem Team hat gesehen, dass Sie Hilfe brauchen.
# For staff, as a reply under their incident message once a new alert was added to it
# (Telegram makes no sound for an edit).
truth-incident-ping = Neue Meldung zu { $name }: die Nachricht oben ist ergänzt.
