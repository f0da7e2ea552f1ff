# German practice – German reference.

practice-prompt =
    Zeit für Deutsch! { $count ->
        [one] Eine kurze Übung
       *[other] { $count } kurze Übungen
    }, etwa zwei Minuten.
practice-nudge = Lange nicht gesehen! Möchten Sie heute wieder ein bisschen Deutsch üben?
practice-start = Los geht's
practice-later = Heute nicht
practice-later-ok = Kein Problem. Bis morgen!
practice-placement-intro = Zuerst ein kurzer Test, damit die Übungen zu Ihnen passen.
practice-card =
    Neues Wort: { $word }
    Beispiel: { $example }
practice-card-plain = Neues Wort: { $word }
practice-known = Kenne ich
practice-unknown = Noch nicht
practice-gap = Was fehlt? Schreiben Sie das Wort.
practice-reply = Was antworten Sie? Schreiben Sie einen Satz.
practice-say = Wie sagt man das auf Deutsch? Schreiben Sie den Satz.
practice-choice = Tippen Sie auf die richtige Antwort.
# Under the tap reminder, when what she typed is none of the answers: it goes to her coach.
practice-typed-send = ✉️ An { $name } senden
practice-typed-send-team = ✉️ An das Team senden
practice-show-gloss = In meiner Sprache
practice-hint = Tipp
practice-skip = Überspringen
practice-right = Richtig!
practice-right-spelling = Richtig! So schreibt man es: { $expected }
practice-wrong = Nicht ganz. Richtig ist: { $expected }
practice-card-known = Super!
practice-card-again = Kein Problem, das Wort kommt bald wieder.
practice-placed = Ihr Niveau: { $level }. Sie können es mit /level ändern.
practice-paused = Pause: Sie bekommen keine Übungen, bis Sie /resume schreiben.
practice-resumed = Weiter geht's! Sie bekommen wieder Übungen.
practice-level-ask = Welches Niveau möchten Sie üben? Jetzt: { $level }
practice-level-set = Ihr Niveau: { $level }.
practice-topics-ask = Welche Themen möchten Sie üben? Tippen Sie an und dann auf „Fertig“.
practice-topics-all = Alle Themen
practice-topics-done = Fertig
practice-topics-set = Gespeichert.
practice-progress =
    Serie: { $streak ->
        [one] { $streak } Tag
       *[other] { $streak } Tage
    } (beste: { $best })
    Gelernt: { $learned }
    Heute zu wiederholen: { $due }
    Diese Woche: { $right } von { $total } richtig
    Niveau: { $level }
practice-level-open = noch offen
practice-type-answer = Bitte schreiben Sie die Antwort als Text.
practice-level-whom = Für wen möchten Sie das Niveau festlegen?
practice-level-of = Niveau von { $name }: { $level }. Neues Niveau?
practice-level-of-set = Niveau von { $name }: { $level }.
