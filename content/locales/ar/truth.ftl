truth-apt-reminder-coming =
    تذكير: { $kind }
    { $when }
    المكان: { $place }
    لقد أكدت حضورك. نراك في الموعد!
truth-apt-answer-saved = شكرًا، تم حفظ إجابتك.
