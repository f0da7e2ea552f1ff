# Machine-made translation: needs review by a native speaker before production use.
# German practice – Ukrainian. Same ids and placeholders as the German reference. Polite "ви".

practice-prompt =
    Час для німецької! { $count ->
        [one] { $count } коротка вправа
        [few] { $count } короткі вправи
        [many] { $count } коротких вправ
       *[other] { $count } короткої вправи
    }, це приблизно дві хвилини.
practice-nudge = Давно не бачилися! Хочете сьогодні знову трохи попрактикувати німецьку?
practice-start = Почнімо
practice-later = Не сьогодні
practice-later-ok = Нічого страшного. До завтра!
practice-placement-intro = Спершу короткий тест, щоб вправи вам підходили.
practice-card =
    Нове слово: { $word }
    Приклад: { $example }
practice-card-plain = Нове слово: { $word }
practice-known = Знаю
practice-unknown = Ще не знаю
practice-gap = Чого бракує? Напишіть це слово.
practice-reply = Що ви відповісте? Напишіть речення.
practice-say = Як сказати це німецькою? Напишіть речення.
practice-choice = Натисніть на правильну відповідь.
practice-typed-send = ✉️ Надіслати: { $name }
practice-typed-send-team = ✉️ Надіслати команді
practice-show-gloss = Моєю мовою
practice-hint = Підказка
practice-skip = Пропустити
practice-right = Правильно!
practice-right-spelling = Правильно! Пишеться так: { $expected }
practice-wrong = Не зовсім. Правильна відповідь: { $expected }
practice-card-known = Чудово!
practice-card-again = Нічого страшного, це слово скоро з’явиться знову.
practice-placed = Ваш рівень: { $level }. Його можна змінити через /level.
practice-paused = Пауза: ви не отримуватимете вправ, доки не напишете /resume.
practice-resumed = Продовжуємо! Ви знову отримуватимете вправи.
practice-level-ask = Який рівень ви хочете практикувати? Зараз: { $level }
practice-level-set = Ваш рівень: { $level }.
practice-topics-ask = Які теми ви хочете практикувати? Оберіть їх, а потім натисніть «Готово».
practice-topics-all = Усі теми
practice-topics-done = Готово
practice-topics-set = Збережено.
practice-progress =
    Серія: { $streak ->
        [one] { $streak } день
        [few] { $streak } дні
        [many] { $streak } днів
       *[other] { $streak } дня
    } поспіль (рекорд: { $best })
    Вивчено: { $learned }
    Повторити сьогодні: { $due }
    Цього тижня правильно: { $right } з { $total }
    Рівень: { $level }
practice-level-open = ще не визначено
practice-type-answer = Будь ласка, напишіть відповідь текстом.
practice-level-whom = Для кого ви хочете встановити рівень?
practice-level-of = Рівень { $name }: { $level }. Новий рівень?
practice-level-of-set = Рівень { $name }: { $level }.
