# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts – Russian.

cmd-contacts = Контактные лица в сети
contacts-title = Контактные лица. Выберите тему.
contacts-topic-work = Поиск работы
contacts-topic-education = Образование и школа
contacts-topic-mentors = Волонтёры-сопровождающие (Berufspaten)
contacts-topic-volunteers = Волонтёрство и проводники интеграции
contacts-topic-housing = Жильё
contacts-heading = Контактные лица: { $kind }
contacts-phone = Телефон: { $text }
contacts-email = Эл. почта: { $text }
contacts-hours = Время связи: { $time }
contacts-back = Все темы
contacts-missing = Список сейчас недоступен. Пожалуйста, спросите своего консультанта.
