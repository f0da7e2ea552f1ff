truth-apt-reminder-coming =
    Reminder: { $kind }
    { $when }
    Place: { $place }
    You said you will come. See you then!
truth-apt-answer-saved = Thank you, your answer is saved.
