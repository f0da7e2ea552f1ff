# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts – Ukrainian.

cmd-contacts = Контактні особи в мережі
contacts-title = Контактні особи. Оберіть тему.
contacts-topic-work = Пошук роботи
contacts-topic-education = Освіта і школа
contacts-topic-mentors = Волонтери-супровідники (Berufspaten)
contacts-topic-volunteers = Волонтерство та провідники інтеграції
contacts-topic-housing = Житло
contacts-heading = Контактні особи: { $kind }
contacts-phone = Телефон: { $text }
contacts-email = Ел. пошта: { $text }
contacts-hours = Години зв'язку: { $time }
contacts-back = Усі теми
contacts-missing = Список зараз недоступний. Будь ласка, запитайте свого консультанта.
