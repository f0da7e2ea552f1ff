# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Russian.

role-mentor = Наставница/наставник
mentors-help =
    /participants – ваши участники и их ближайшие встречи; оттуда вы им пишете
    /contacts – контактные лица программы
    /settings – ваши настройки
    /privacy, /export, /delete – ваши собственные данные
mentors-list-title = Ваши участники ({ $count }): имена и ближайшие встречи.
mentors-empty = Вам ещё никто не назначен. Команда назначит вам участников.
mentors-no-appointments = встреч не запланировано
mentors-write = ✍️ Написать { $name }
mentors-answer-goes-to-coach = Если человек ответит, ответ уйдёт его консультанту ({ $name }), а не вам.
mentors-answer-goes-to-team = Если человек ответит, ответ уйдёт команде, а не вам.
mentors-relay-from = Сообщение от вашей наставницы или наставника { $name }:
mentors-link-button = 🤝 Назначить наставника
mentors-choose = Кто сопровождает { $name }? ✓ значит: уже назначен; нажатие отменяет.
mentors-none-yet = Наставников пока нет. Пригласите кого-нибудь через /invite.
mentors-linked = Назначено: наставник теперь видит { $name } с именем и встречами и может писать.
mentors-unlinked = Назначение для { $name } отменено.
mentors-new-mentee = Вам теперь назначен(а) { $name }. Имена и встречи вы видите в /participants.
