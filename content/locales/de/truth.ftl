## truth: sentences that hold in every state (issue 17)

# The reminder after she already said she will come: no "Kommen Sie?" again.
truth-apt-reminder-coming =
    Erinnerung: { $kind }
    { $when }
    Ort: { $place }
    Sie haben zugesagt. Bis dann!
# After her answer or reason when she has no coach of her own: nobody "knows" yet, it is kept.
truth-apt-answer-saved = Danke, Ihre Antwort ist gespeichert.
