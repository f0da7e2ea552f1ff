# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Ukrainian.

cmd-cohorts = Керування групами
cohorts-title = Групи. Оберіть групу або створіть нову.
cohorts-none = Ще немає жодної групи. Створіть її.
cohorts-new = ➕ Нова група
cohorts-line = { $name } · учасниці: { $count }
cohorts-line-archived = 🗄 { $name } (в архіві)
cohorts-card =
    Група: { $name }
    Учасниці: { $count }
    Опитування: { $when }
cohorts-card-archived = В архіві: ця група більше не пропонується для запрошень.
cohorts-languages = Мови: { $mix }
cohorts-checkin-default = як налаштовано за замовчуванням
cohorts-checkin-at = { $date }, о { $time }
cohorts-rename = ✏️ Перейменувати
cohorts-archive = 🗄 В архів
cohorts-restore = ♻️ Відновити
cohorts-checkin = 🕘 Час опитування
cohorts-invite = 🔗 Посилання-запрошення
cohorts-move = 🔀 Перемістити учасниць
cohorts-back = ← Усі групи
cohorts-ask-name = Як назвати нову групу? Напишіть назву (не більше 80 символів). Скасувати: /cancel
cohorts-ask-rename = Як назвати групу «{ $name }»? Напишіть нову назву (не більше 80 символів). Скасувати: /cancel
cohorts-name-taken = Група «{ $name }» вже існує. Будь ласка, напишіть іншу назву.
cohorts-name-bad = Будь ласка, напишіть назву довжиною від 1 до 80 символів.
cohorts-created = Групу «{ $name }» створено.
cohorts-renamed = Тепер група називається «{ $name }».
cohorts-archived = Групу «{ $name }» перенесено в архів. Її учасниці залишаються в ній.
cohorts-restored = Група «{ $name }» знову активна.
cohorts-choose-day = Опитування для «{ $name }»: у який день?
cohorts-choose-time = Опитування для «{ $name }» у { $date }: о котрій годині?
cohorts-checkin-reset = Як за замовчуванням
cohorts-checkin-saved = Опитування для «{ $name }»: { $when }.
cohorts-day-0 = понеділок
cohorts-day-1 = вівторок
cohorts-day-2 = середа
cohorts-day-3 = четвер
cohorts-day-4 = пʼятниця
cohorts-day-5 = субота
cohorts-day-6 = неділя
cohorts-link =
    Посилання-запрошення до групи «{ $name }»
    Можливих реєстрацій: { $count } · дійсне до { $expires }
    { $link }
cohorts-link-qr = QR-код для групи «{ $name }»
cohorts-link-archived = Ця група в архіві. Нових запрошень до неї немає.
cohorts-move-choose = Кого з «{ $name }» ви хочете перемістити?
cohorts-move-empty = Зараз у «{ $name }» нікого немає.
cohorts-move-target = До якої групи перейде { $name }? Консультант залишається той самий.
cohorts-no-cohort = Без групи
cohorts-moved = { $name } тепер у групі «{ $cohort }». Консультант залишається той самий.
cohorts-moved-none = { $name } тепер не в групі. Консультант залишається той самий.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Інший консультант
reassign-choose-coach = Хто відтепер консультуватиме { $name }?
reassign-no-coaches = Іншого активного консультанта немає.
reassign-done = Тепер { $name } консультує { $coach }. Відкриті сповіщення перейшли разом із нею; обох повідомлено.
reassign-same = { $coach } вже консультує { $name }.
reassign-to-new-coach = Тепер ви консультуєте { $name } (досі: { $coach }). Відкриті сповіщення про неї тепер у вас: /alerts
reassign-to-old-coach = Тепер { $name } консультує { $coach }. Ви більше не бачите її даних.
