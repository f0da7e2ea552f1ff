# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Ukrainian. Same ids and placeholders as the German reference catalogue. Polite "ви".

## Joining

uninvited = Цей бот працює лише за запрошенням. Будь ласка, попросіть посилання-запрошення у свого консультанта або консультантки.
invite-unknown = Це посилання-запрошення недійсне. Будь ласка, попросіть нове посилання у свого консультанта або консультантки.
invite-used = Це посилання-запрошення вже використано. Будь ласка, попросіть нове посилання у свого консультанта або консультантки.
invite-expired = Термін дії цього посилання-запрошення минув. Будь ласка, попросіть нове посилання у свого консультанта або консультантки.
invite-revoked = Це посилання-запрошення відкликано. Будь ласка, попросіть нове посилання у свого консультанта або консультантки.
already-joined = Ви вже зареєстровані. Допомога: /help
welcome = Вітаємо в Begleiter! Будь ласка, оберіть свою мову.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = Будь ласка, оберіть свою мову.
language-chosen = Ваша мова: { $language }

## Privacy notice and consent

privacy-notice =
    Захист даних – будь ласка, прочитайте це спокійно.

    Що ми зберігаємо: ваше ім’я з Telegram, вашу мову й налаштування, ваші зустрічі, ваш прогрес у навчанні та ваші відповіді на запитання про самопочуття.
    Навіщо: щоб ви отримували нагадування, могли практикувати німецьку, а ваш консультант або консультантка могли вчасно вам допомогти.
    Хто це бачить: ваш консультант або консультантка і працівники вашої програми. Більше ніхто.
    Як довго: доки ви не напишете /delete, але не довше ніж 12 місяців після завершення вашої участі.
    Ваші права: /export показує вам усі дані, /delete видаляє їх. Участь у програмі не залежить від цього бота.
consent-question = Ви згодні?
consent-yes = Так, погоджуюся
consent-no = Ні
consent-thanks = Дякуємо! Ви можете будь-коли прочитати це знову через /privacy.
consent-declined = Гаразд. Ми зберігаємо лише те, що ви не погодилися. Якщо передумаєте, напишіть /start.
declined-status = Ви ще не погодилися з умовами захисту даних. Без вашої згоди бот нічого не може для вас зробити.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = Ви не погодилися із захистом даних, тому я не можу передати ваше повідомлення. Якщо передумаєте: /start
consent-status = Ви погодилися { $date } (версія { $version }).

## Quiet hours and practice time

quiet-hours-question = Коли нам не надсилати вам повідомлення? (час тиші)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = Без часу тиші
practice-time-question = Коли ви хочете щодня трохи практикувати німецьку?
practice-time-value = { $time }
setup-done = Готово! Усе можна змінити через /settings.

## Help and menus

help-participant =
    /sos – 🆘 Мені потрібна допомога
    /checkin – як я?
    /appointments – ваші зустрічі
    /practice – практикувати німецьку (/progress, /level, /topics, /pause)
    /settings – мова, час тиші, час практики
    /privacy – захист даних (/export, /delete)
help-coach =
    /participants – ваші учасники коротко
    /appointment – створити зустріч
    /appointments – зустрічі ваших учасників
    /invite – запросити учасників
    /settings – ваші налаштування
    /privacy, /export, /delete – ваші власні дані
help-staff =
    /duty – чергування для кризових сповіщень увімк./вимк.
    /invite – запросити учасників, консультантів і працівників
    /appointment, /appointments – створити й переглянути зустрічі
    /participants – усі учасники коротко
    /settings – ваші налаштування
    /privacy, /export, /delete – ваші власні дані
help-onboarding = Будь ласка, спершу дайте відповідь на запитання вище. Почати знову: /start
unknown-command = Я не знаю такої команди.
free-text = Ваше повідомлення отримано, але тут його ніхто не читає. Ваш консультант або консультантка його не отримає.
free-text-team = Я отримав ваше повідомлення, але тут його ніхто не читає: воно нікому не передається. Що ви можете зробити тут:
not-text = Тут я розумію лише текст і кнопки.
not-allowed = Ця команда вам недоступна.
button-stale = Ця кнопка більше не дійсна.
cancelled = Скасовано.
nothing-to-cancel = Немає чого скасовувати.
error-apology = Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз пізніше. Номер помилки: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Зареєструватися або почати знову
cmd-help = Допомога
cmd-language = Змінити мову
cmd-settings = Налаштування
cmd-privacy = Захист даних
cmd-export = Мої дані файлом
cmd-delete = Видалити мої дані
cmd-cancel = Скасувати
cmd-invite = Запросити когось
cmd-appointment = Створити зустріч
cmd-appointments = Зустрічі
cmd-participants = Учасники
cmd-practice = Практикувати німецьку
cmd-pause = Призупинити вправи
cmd-resume = Відновити вправи
cmd-level = Мій рівень
cmd-topics = Мої теми
cmd-progress = Мій прогрес

## Settings

settings-overview =
    Ваші налаштування:
    Мова: { $language }
    Час тиші: { $quiet }
    Час практики: { $practice }
settings-not-set = не вказано
settings-change-language = Мова
settings-change-quiet = Час тиші
settings-change-practice = Час практики
settings-saved = Збережено.

## Export and delete

export-caption = Ваші дані в Begleiter
export-as-text = Ваші дані в Begleiter (текстом, бо файл не вдалося надіслати):
delete-question = Ви справді хочете видалити всі свої дані? Це не можна скасувати.
delete-yes = Так, видалити все
delete-no = Ні, залишити
delete-done = Ваші дані видалено. До побачення! З новим посиланням-запрошенням ви можете повернутися.
delete-kept = Добре, ваші дані залишаються збереженими.
coach-participant-deleted = { $name } видалив(-ла) свої дані в Begleiter.
coach-participant-joined = { $name } зареєструвався(-лася) в Begleiter.
someone = Хтось

## Invitations

role-participant = Учасник(-ця)
role-coach = Консультант або консультантка
role-staff = Працівник(-ця)
invite-choose-role = Кого ви хочете запросити?
invite-choose-cohort = Для якої групи? Ви також можете написати нову назву групи.
invite-no-cohort = Без групи
invite-choose-coach = Хто консультант або консультантка?
invite-no-coach = Поки ніхто
invite-cohort-invalid = Назва групи має містити від 1 до 80 символів. Будь ласка, напишіть іншу назву.
invite-created =
    Запрошення для: { $role }
    Група: { $cohort }
    Дійсне до: { $expires }, можна використати лише один раз.

    Дайте це посилання лише запрошеній особі:
    { $link }
invite-qr-caption = QR-код запрошення (дійсний до { $expires })
invite-revoke = Відкликати запрошення
invite-revoked-ok = Запрошення відкликано.
