# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Ukrainian.

role-mentor = Наставниця/наставник
mentors-help =
    /participants – ваші учасники та їхні найближчі зустрічі; звідти ви їм пишете
    /contacts – контактні особи програми
    /settings – ваші налаштування
    /privacy, /export, /delete – ваші власні дані
mentors-list-title = Ваші учасники ({ $count }): імена та найближчі зустрічі.
mentors-empty = Вам ще нікого не призначено. Команда призначить вам учасників.
mentors-no-appointments = зустрічей не заплановано
mentors-write = ✍️ Написати { $name }
mentors-answer-goes-to-coach = Якщо людина відповість, відповідь піде до її консультанта ({ $name }), а не до вас.
mentors-answer-goes-to-team = Якщо людина відповість, відповідь піде до команди, а не до вас.
mentors-relay-from = Повідомлення від вашої наставниці або наставника { $name }:
mentors-link-button = 🤝 Призначити наставника
mentors-choose = Хто супроводжує { $name }? ✓ означає: вже призначено; натискання скасовує.
mentors-none-yet = Ще немає жодного наставника. Запросіть когось через /invite.
mentors-linked = Призначено: наставник тепер бачить { $name } з ім'ям і зустрічами та може писати.
mentors-unlinked = Призначення для { $name } скасовано.
mentors-new-mentee = Вам тепер призначено { $name }. Імена та зустрічі ви бачите в /participants.
