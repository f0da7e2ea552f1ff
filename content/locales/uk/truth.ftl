truth-apt-reminder-coming =
    Нагадування: { $kind }
    { $when }
    Місце: { $place }
    Ви сказали, що прийдете. До зустрічі!
truth-apt-answer-saved = Дякуємо, вашу відповідь збережено.
truth-translation-failed = Машинний переклад цього разу не вдався.
truth-relay-translation-failed = Машинний переклад цього разу не вдався. Ви можете відповісти своєю мовою.
truth-apt-cancel-done-untold = Скасовано. { $name } ще не знав(ла) про цю зустріч, тому повідомлення не отримає.
truth-practice-done-new = Нових слів: { $total }. Вони скоро повернуться, доки ви їх не запам’ятаєте.
