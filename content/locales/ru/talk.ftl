## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Сообщение консультанту
talk-write-ask = Напишите сообщение для { $name }, можно на своём языке. Можно также отправить фото или голосовое сообщение.
talk-write-ask-team = Напишите сообщение для команды, можно на своём языке. Можно также отправить фото или голосовое сообщение.
talk-ask = Отправить это { $name }? Я запомню ваш ответ на будущее.
talk-ask-team = Отправить это команде? Я запомню ваш ответ на будущее.
talk-yes = ✉️ Да, отправить
talk-no = Нет
talk-send-anyway = ✉️ Всё же отправить
talk-sent = Отправлено: { $name } ✓
talk-sent-team = Отправлено команде ✓
talk-not-sent = Я это не передал. Чтобы написать консультанту: /message
talk-kept = Хорошо, я ничего не отправлю. Чтобы написать консультанту: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Фото (без перевода)
talk-media-voice = 🎤 Голосовое сообщение (без перевода)
talk-media-audio = 🎵 Аудио (без перевода)
talk-media-video = 🎬 Видео (без перевода)
talk-media-document = 📎 Файл (без перевода)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = Стикеры и местоположение я не могу передать. Текст, фото и голосовые сообщения получит ваш консультант.
