# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Russian. Same ids and placeholders as the German reference. Polite "вы".

## The list

caseload-title = Ваши участники ({ $total }), страница { $page } из { $pages }:
caseload-title-staff = Все участники ({ $total }), страница { $page } из { $pages }:
caseload-empty = У вас пока нет участников. Создайте ссылку-приглашение командой /invite; кто присоединится по ней и даст согласие, появится здесь.
caseload-empty-staff = Активных участников пока нет. Создайте ссылку-приглашение командой /invite; кто присоединится по ней и даст согласие, появится здесь.
caseload-line =
    { $marker }{ $name }
    последняя активность: { $seen } · серия упражнений (дней): { $streak } · следующая встреча: { $next }
caseload-line-coach = Консультант: { $coach }
caseload-seen =
    { $days ->
        [0] сегодня
        [1] вчера
        [one] { $days } день назад
        [few] { $days } дня назад
        [many] { $days } дней назад
       *[other] { $days } дня назад
    }
caseload-seen-never = ещё никогда
caseload-next-none = нет
caseload-prev = ◀ Назад
caseload-next = Далее ▶

## A participant's card

caseload-card =
    👤 { $name }
    Язык: { $language } · Группа: { $cohort }
    Консультант: { $coach }
    Последняя активность: { $seen }
    Немецкий: уровень { $level }, серия упражнений (дней): { $streak }
caseload-none = нет
caseload-checkins-title = Последние опросы:
caseload-checkins-none = Заполненных опросов пока нет.
caseload-checkin-line = { $date }: настроение { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = без ответа
caseload-checkin-flags = { $marker } Требует внимания: { $reasons }
caseload-checkin-text = Текст ({ $language }): «{ $text }»
caseload-checkin-translation = Машинный перевод (может содержать ошибки): «{ $text }»
caseload-appointments-title = Следующие встречи:
caseload-appointments-none = Встреч не запланировано.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Открытые оповещения ({ $count }):
caseload-alerts-none = Открытых оповещений нет.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Опрос
caseload-source-help-button = Кнопка помощи
caseload-source-message = Сообщение
caseload-rule-keywords = ключевое слово в тексте
caseload-rule-unknown = не указано
caseload-notes-title = Заметки:
caseload-notes-none = Заметок пока нет.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Настроение: { $name }, { $weeks ->
        [one] последняя { $weeks } неделя
        [few] последние { $weeks } недели
        [many] последние { $weeks } недель
       *[other] последние { $weeks } недели
    } (самая ранняя слева, · = нет ответа): { $line }
caseload-write = ✍️ Написать
caseload-note = 📝 Заметка
caseload-back = ⬅ Назад к списку
caseload-open-card = Открыть карточку

## Notes

caseload-note-ask =
    Ваша заметка о { $name }: напишите её одним сообщением (не более { $max ->
        [one] { $max } символа
       *[other] { $max } символов
    }). Отменить: /cancel
caseload-note-too-long = В этой заметке символов: { $length }, а можно не более { $max }. Пожалуйста, сократите её и отправьте ещё раз. Отменить: /cancel
caseload-note-saved = Заметка о { $name } сохранена.
caseload-note-gone = Этого человека больше нет в вашем списке. Заметка не сохранена.
