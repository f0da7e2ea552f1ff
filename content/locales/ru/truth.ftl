truth-apt-reminder-coming =
    Напоминание: { $kind }
    { $when }
    Место: { $place }
    Вы сказали, что придёте. До встречи!
truth-apt-answer-saved = Спасибо, ваш ответ сохранён.
truth-translation-failed = Машинный перевод в этот раз не получился.
truth-relay-translation-failed = Машинный перевод в этот раз не получился. Вы можете ответить на своём языке.
truth-apt-cancel-done-untold = Отменено. { $name } ещё не знал(а) об этой встрече, поэтому сообщения не получит.
truth-practice-done-new = Новых слов: { $total }. Они скоро вернутся, пока вы их не запомните.
truth-seen-answers = Ваш консультант увидел ваши ответы.
truth-seen-answers-team = Кто-то из команды увидел ваши ответы.
truth-seen-help = Ваш консультант увидел, что вам нужна помощь.
truth-seen-help-team = Кто-то из команды увидел, что вам нужна помощь.
truth-incident-ping = Новое оповещение о { $name }: сообщение выше дополнено.
