# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Ukrainian. Same ids and placeholders as the German reference. Polite "ви".

## The list

caseload-title = Ваші учасники ({ $total }), сторінка { $page } з { $pages }:
caseload-title-staff = Усі учасники ({ $total }), сторінка { $page } з { $pages }:
caseload-empty = У вас ще немає учасників. Створіть посилання-запрошення командою /invite; хто приєднається за ним і погодиться, з'явиться тут.
caseload-empty-staff = Активних учасників ще немає. Створіть посилання-запрошення командою /invite; хто приєднається за ним і погодиться, з'явиться тут.
caseload-line =
    { $marker }{ $name }
    остання активність: { $seen } · серія вправ (днів): { $streak } · наступна зустріч: { $next }
caseload-line-coach = Консультант: { $coach }
caseload-seen =
    { $days ->
        [0] сьогодні
        [1] учора
        [one] { $days } день тому
        [few] { $days } дні тому
        [many] { $days } днів тому
       *[other] { $days } дня тому
    }
caseload-seen-never = ще ніколи
caseload-next-none = немає
caseload-prev = ◀ Назад
caseload-next = Далі ▶

## A participant's card

caseload-card =
    👤 { $name }
    Мова: { $language } · Група: { $cohort }
    Консультант: { $coach }
    Остання активність: { $seen }
    Німецька: рівень { $level }, серія вправ (днів): { $streak }
caseload-none = немає
caseload-checkins-title = Останні опитування:
caseload-checkins-none = Заповнених опитувань ще немає.
caseload-checkin-line = { $date }: настрій { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = без відповіді
caseload-checkin-flags = { $marker } Потребує уваги: { $reasons }
caseload-checkin-text = Текст ({ $language }): «{ $text }»
caseload-checkin-translation = Машинний переклад (може містити помилки): «{ $text }»
caseload-appointments-title = Наступні зустрічі:
caseload-appointments-none = Зустрічей не заплановано.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Відкриті сповіщення ({ $count }):
caseload-alerts-none = Відкритих сповіщень немає.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Опитування
caseload-source-help-button = Кнопка допомоги
caseload-source-message = Повідомлення
caseload-rule-keywords = ключове слово в тексті
caseload-rule-unknown = не вказано
caseload-notes-title = Нотатки:
caseload-notes-none = Нотаток ще немає.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Настрій: { $name }, { $weeks ->
        [one] останній { $weeks } тиждень
        [few] останні { $weeks } тижні
        [many] останні { $weeks } тижнів
       *[other] останні { $weeks } тижня
    } (найдавніший ліворуч, · = без відповіді): { $line }
caseload-write = ✍️ Написати
caseload-note = 📝 Нотатка
caseload-back = ⬅ Назад до списку
caseload-open-card = Відкрити картку

## Notes

caseload-note-ask =
    Ваша нотатка про { $name }: напишіть її одним повідомленням (не більше { $max ->
        [one] { $max } символу
       *[other] { $max } символів
    }). Скасувати: /cancel
caseload-note-too-long = У цій нотатці символів: { $length }, а можна не більше { $max }. Будь ласка, скоротіть її і надішліть ще раз. Скасувати: /cancel
caseload-note-saved = Нотатку про { $name } збережено.
caseload-note-gone = Цієї людини вже немає у вашому списку. Нотатку не збережено.
