## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = То, что вы напишете, { $name } получит с машинным переводом на немецкий.
truth-note-translated-team = То, что вы напишете, команда получит с машинным переводом на немецкий.
truth-note-untranslated = То, что вы напишете, { $name } получит на вашем языке, без перевода: для вашего языка машинный перевод не установлен.
truth-note-untranslated-team = То, что вы напишете, команда получит на вашем языке, без перевода: для вашего языка машинный перевод не установлен.

truth-relay-ask-untranslated = Напишите сообщение для { $name } по-немецки. Оно придёт только на немецком: для языка { $language } машинный перевод не установлен.
truth-relay-ask-german = Напишите сообщение для { $name } по-немецки.
truth-relay-sent-failed = Отправлено: { $name }, только на немецком: машинный перевод в этот раз не получился.

truth-help-seen-team = Кто-то из команды увидел ваше сообщение.
truth-alert-taken-over = ✅ { $staff } из команды увидел(а) уведомление о { $name } в { $time } и занимается им.

truth-help-crisis-team = Вы не одни. Мы уже сообщаем команде. Если вы в опасности, сразу звоните 112.
truth-help-sent-team = Мы уже сообщаем команде. С вами свяжутся как можно скорее.
truth-help-sent-already-team = Команда уже знает об этом. С вами свяжутся как можно скорее.
