truth-apt-reminder-coming =
    یادآوری: { $kind }
    { $when }
    مکان: { $place }
    شما گفته اید که می آیید. تا آن موقع!
truth-apt-answer-saved = سپاس، پاسخ شما ذخیره شد.
