truth-apt-reminder-coming =
    Reminder: { $kind }
    { $when }
    Place: { $place }
    You said you will come. See you then!
truth-apt-answer-saved = Thank you, your answer is saved.
truth-translation-failed = The machine translation did not work this time.
truth-relay-translation-failed = The machine translation did not work this time. You can answer in your language.
truth-apt-cancel-done-untold = Cancelled. { $name } had not heard of this appointment yet, so gets no message about it.
