truth-apt-reminder-coming =
    Нагадування: { $kind }
    { $when }
    Місце: { $place }
    Ви сказали, що прийдете. До зустрічі!
truth-apt-answer-saved = Дякуємо, вашу відповідь збережено.
