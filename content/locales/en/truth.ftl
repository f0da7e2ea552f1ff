truth-apt-reminder-coming =
    Reminder: { $kind }
    { $when }
    Place: { $place }
    You said you will come. See you then!
truth-apt-answer-saved = Thank you, your answer is saved.
truth-translation-failed = The machine translation did not work this time.
truth-relay-translation-failed = The machine translation did not work this time. You can answer in your language.
truth-apt-cancel-done-untold = Cancelled. { $name } had not heard of this appointment yet, so gets no message about it.
truth-practice-done-new =
    { $total ->
        [one] You met a new word. It will come back soon until you know it.
       *[other] You met { $total } new words. They will come back soon until you know them.
    }
truth-seen-answers = Your coach has seen your answers.
truth-seen-answers-team = Someone from the team has seen your answers.
truth-seen-help = Your coach has seen that you need help.
truth-seen-help-team = Someone from the team has seen that you need help.
truth-incident-ping = New alert about { $name }: the message above is updated.
