# Machine-made translation: needs review by a native speaker before production use.
# Check-ins, help, alerts and relayed messages – Ukrainian. Same ids and placeholders as the German reference. Polite "ви".

cmd-checkin = Як я почуваюся? (опитування)
cmd-sos = 🆘 Мені потрібна допомога
cmd-duty = Чергування: увімк./вимк.

ci-intro-weekly = Кілька коротких запитань про те, як ви почуваєтеся цього тижня. Будь-яке запитання можна пропустити.
ci-intro-monthly = Кілька коротких запитань про ваш місяць. Будь-яке запитання можна пропустити.
ci-offer-weekly = Як ви почуваєтеся цього тижня? Шість коротких запитань, приблизно одна хвилина.
ci-offer-monthly = Час для щомісячного опитування: шість коротких запитань про ваш шлях.
ci-offer-again-weekly = Ще раз: у вас є хвилинка для опитування цього тижня?
ci-offer-again-monthly = Ще раз: у вас є хвилинка для щомісячного опитування?
ci-start = Почнімо
ci-later-button = Пізніше
ci-later = Добре. Ви можете почати будь-коли через /checkin.

ci-mood = Як ви почуваєтеся? 1 = дуже погано, 5 = дуже добре.
ci-mood-label = Самопочуття
ci-sleep = Як ви спите?
ci-sleep-label = Сон
ci-sleep-good = Добре
ci-sleep-ok = Так собі
ci-sleep-bad = Погано
ci-attendance = Чи були ви цього тижня на курсі або на практиці?
ci-attendance-label = Курс/практика
ci-attendance-all = Так, завжди
ci-attendance-some = Іноді
ci-attendance-none = Ні
ci-attendance-no_course = У мене немає курсу
ci-problems = Чи є проблеми? Натисніть усе, що підходить, а потім «Готово».
ci-problems-label = Проблеми
ci-problems-work = Робота
ci-problems-course = Курс
ci-problems-home = Дім
ci-problems-authorities = Державні установи
ci-problems-health = Здоров’я
ci-contact = Чи може ваш консультант або консультантка зв’язатися з вами?
ci-contact-label = Бажає контакту
ci-contact-yes = Так, будь ласка
ci-contact-no = Ні, дякую
ci-text = Хочете ще щось сказати? Пишіть своєю мовою.
ci-text-label = Ваші слова
ci-german = Наскільки впевнено ви почуваєтеся, коли говорите німецькою? 1 = зовсім ні, 5 = дуже впевнено.
ci-german-label = Німецька
ci-goal = На якому ви етапі пошуку роботи?
ci-goal-label = Пошук роботи
ci-goal-working = Я працюю
ci-goal-interviews = Співбесіди
ci-goal-applying = Подаю заявки на роботу
ci-goal-course = Спочатку курс
ci-goal-not_yet = Ще ні
ci-support = З чим вам потрібна допомога? Натисніть усе, що підходить.
ci-support-label = Потрібна допомога з
ci-support-german = Німецька
ci-support-applications = Заявки на роботу
ci-support-childcare = Догляд за дітьми
ci-support-documents = Листи, бланки
ci-support-housing = Житло
ci-support-health = Здоров’я
ci-text-how = Просто напишіть повідомлення або перешліть його. Або натисніть «Пропустити».
ci-skip = Пропустити
ci-done = Готово
ci-none = Нічого з цього
ci-skipped = пропущено
ci-tap = Будь ласка, натисніть одну з відповідей вище.
ci-thanks = Дякуємо! Ваші відповіді збережено.
ci-thanks-contact = Дякуємо! Ваш консультант або консультантка зв’яжеться з вами.

help-numbers-intro = Допомога цілодобово, безкоштовно:
help-number-emergency = Екстрений виклик (поліція, швидка допомога)
help-number-telefonseelsorge = Telefonseelsorge (телефон довіри), якщо хочете поговорити
help-number-violence-women = Hilfetelefon (допомога жінкам, які зазнають насильства), також з перекладачкою
help-crisis = Ви не самі. Ми вже повідомляємо вашого консультанта або консультантку. Якщо ви в небезпеці, негайно телефонуйте 112.
help-sent = Ми вже повідомляємо вашого консультанта або консультантку. З вами зв’яжуться якнайшвидше.
help-sent-already = Ваш консультант або консультантка вже знає про це і зв’яжеться з вами якнайшвидше.
help-write = Написати, що сталося
help-write-ask = Напишіть своєю мовою, що сталося.
help-seen = Ваше повідомлення вже побачив ваш консультант або консультантка.

alert-head-normal = До уваги: { $name }
alert-head-urgent = Терміново: { $name }
alert-head-crisis = КРИЗА: { $name } – будь ласка, зв’яжіться негайно
alert-escalated = Консультант не відреагував вчасно. Будь ласка, візьміть це на себе.
alert-no-coach = Ця особа не має консультанта, з яким можна зв’язатися.
alert-source-help = Натиснув(-ла) «Мені потрібна допомога».
alert-source-message = У повідомленні консультанту:
alert-checkin-weekly = Щотижневе опитування від { $date }:
alert-checkin-monthly = Щомісячне опитування від { $date }:
alert-why = Чому:
alert-why-keyword = Кризове слово «{ $term }» ({ $language })
alert-why-keyword-translation = Слово «{ $term }» у машинному перекладі
alert-why-low_mood = Дуже погане самопочуття
alert-why-mood_drop = Самопочуття помітно гірше, ніж минулого разу
alert-why-contact_requested = Бажає контакту
alert-why-problems_reported = Повідомляє про проблеми
alert-why-missed_course = Не був(-ла) на курсі
alert-why-help_button = Просить про допомогу
alert-free-text = Власні слова (оригінал, { $language }):
alert-machine-translation = Машинний переклад німецькою (може містити помилки):
alert-no-translation = Для цієї мови машинний переклад не встановлено.
alert-ack = ✅ Бачу, займуся цим
alert-reply = ✍️ Відповісти
alert-history = 📋 Історія
alert-acknowledged-toast = Дякуємо!
alert-acknowledged = Дякуємо. { $name } отримає повідомлення, що ви це побачили.
alert-acknowledged-before = Це вже позначено як переглянуте.

relay-ask = Напишіть повідомлення для { $name } німецькою. Ця особа отримає його з машинним перекладом ({ $language }).
relay-gone = Цієї людини вже немає у вашому списку. Нічого не надіслано.
relay-too-long =
    Повідомлення задовге (не більше { $limit ->
        [one] { $limit } символу
       *[other] { $limit } символів
    }). Будь ласка, напишіть коротше.
relay-sent = Надіслано: { $name }.
relay-sent-translated = Надіслано: { $name }, з таким машинним перекладом:
relay-sent-untranslated = Надіслано: { $name }, лише німецькою: для мови цієї особи машинний переклад не встановлено.
relay-from-coach = Повідомлення від вашого консультанта або консультантки { $name }:
relay-machine-translation = Машинний переклад (може містити помилки):
relay-no-translation = Для вашої мови ще немає машинного перекладу. Ви можете відповісти своєю мовою.
relay-answer = Відповісти
relay-answer-ask = Напишіть відповідь своєю мовою або німецькою.
relay-from-participant = ✉️ Повідомлення від { $name }:

duty-on = Тепер ви на чергуванні: кризові сповіщення, на які консультант не відреагував, надходитимуть вам.
duty-off = Ваше чергування завершено.
