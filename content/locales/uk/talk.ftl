## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Повідомлення консультанту
talk-write-ask = Напишіть повідомлення для { $name }, можна своєю мовою. Можна також надіслати фото або голосове повідомлення.
talk-write-ask-team = Напишіть повідомлення для команди, можна своєю мовою. Можна також надіслати фото або голосове повідомлення.
talk-ask = Надіслати це { $name }? Я запам’ятаю вашу відповідь на майбутнє.
talk-ask-team = Надіслати це команді? Я запам’ятаю вашу відповідь на майбутнє.
talk-yes = ✉️ Так, надіслати
talk-no = Ні
talk-send-anyway = ✉️ Все ж надіслати
talk-sent = Надіслано: { $name } ✓
talk-sent-team = Надіслано команді ✓
talk-not-sent = Я це не передав. Щоб написати консультанту: /message
talk-kept = Добре, я нічого не надсилатиму. Щоб написати консультанту: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Фото (без перекладу)
talk-media-voice = 🎤 Голосове повідомлення (без перекладу)
talk-media-audio = 🎵 Аудіо (без перекладу)
talk-media-video = 🎬 Відео (без перекладу)
talk-media-document = 📎 Файл (без перекладу)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = Стікери та місцезнаходження я не можу передати. Текст, фото й голосові повідомлення надходять вашому консультанту або консультантці.
