# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Russian.

cmd-cohorts = Управление группами
cohorts-title = Группы. Выберите группу или создайте новую.
cohorts-none = Пока нет ни одной группы. Создайте её.
cohorts-new = ➕ Новая группа
cohorts-line = { $name } · участницы: { $count }
cohorts-line-archived = 🗄 { $name } (в архиве)
cohorts-card =
    Группа: { $name }
    Участницы: { $count }
    Опрос: { $when }
cohorts-card-archived = В архиве: эта группа больше не предлагается для приглашений.
cohorts-languages = Языки: { $mix }
cohorts-checkin-default = как задано по умолчанию
cohorts-checkin-at = { $date }, в { $time }
cohorts-rename = ✏️ Переименовать
cohorts-archive = 🗄 В архив
cohorts-restore = ♻️ Восстановить
cohorts-checkin = 🕘 Время опроса
cohorts-invite = 🔗 Ссылка-приглашение
cohorts-move = 🔀 Переместить участниц
cohorts-back = ← Все группы
cohorts-ask-name = Как назвать новую группу? Напишите название (не более 80 символов). Отменить: /cancel
cohorts-ask-rename = Как назвать группу «{ $name }»? Напишите новое название (не более 80 символов). Отменить: /cancel
cohorts-name-taken = Группа «{ $name }» уже есть. Пожалуйста, напишите другое название.
cohorts-name-bad = Пожалуйста, напишите название длиной от 1 до 80 символов.
cohorts-created = Группа «{ $name }» создана.
cohorts-renamed = Теперь группа называется «{ $name }».
cohorts-archived = Группа «{ $name }» перенесена в архив. Её участницы остаются в ней.
cohorts-restored = Группа «{ $name }» снова активна.
cohorts-choose-day = Опрос для «{ $name }»: в какой день?
cohorts-choose-time = Опрос для «{ $name }» в { $date }: в котором часу?
cohorts-checkin-reset = Как по умолчанию
cohorts-checkin-saved = Опрос для «{ $name }»: { $when }.
cohorts-day-0 = понедельник
cohorts-day-1 = вторник
cohorts-day-2 = среда
cohorts-day-3 = четверг
cohorts-day-4 = пятница
cohorts-day-5 = суббота
cohorts-day-6 = воскресенье
cohorts-link =
    Ссылка-приглашение в группу «{ $name }»
    Возможных регистраций: { $count } · действует до { $expires }
    { $link }
cohorts-link-qr = QR-код для группы «{ $name }»
cohorts-link-archived = Эта группа в архиве. Новых приглашений в неё нет.
cohorts-move-choose = Кого из «{ $name }» вы хотите переместить?
cohorts-move-empty = Сейчас в «{ $name }» никого нет.
cohorts-move-target = В какую группу перейдёт { $name }? Консультант остаётся прежним.
cohorts-no-cohort = Без группы
cohorts-moved = { $name } теперь в группе «{ $cohort }». Консультант остаётся прежним.
cohorts-moved-none = { $name } теперь не в группе. Консультант остаётся прежним.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Другой консультант
reassign-choose-coach = Кто теперь будет консультировать { $name }?
reassign-no-coaches = Другого активного консультанта нет.
reassign-done = Теперь { $name } консультирует { $coach }. Открытые оповещения перешли вместе с ней; оба уведомлены.
reassign-same = { $coach } уже консультирует { $name }.
reassign-to-new-coach = Теперь вы консультируете { $name } (до сих пор: { $coach }). Открытые оповещения о ней теперь у вас: /alerts
reassign-to-old-coach = Теперь { $name } консультирует { $coach }. Вы больше не видите её данные.
