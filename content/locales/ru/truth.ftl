truth-apt-reminder-coming =
    Напоминание: { $kind }
    { $when }
    Место: { $place }
    Вы сказали, что придёте. До встречи!
truth-apt-answer-saved = Спасибо, ваш ответ сохранён.
