## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ پیام به مشاور من
talk-write-ask = پیام خود را به { $name } بنویسید، اگر می خواهید به زبان خودتان. می توانید عکس یا پیام صوتی هم بفرستید.
talk-write-ask-team = پیام خود را به تیم بنویسید، اگر می خواهید به زبان خودتان. می توانید عکس یا پیام صوتی هم بفرستید.
talk-ask = این را برای { $name } بفرستم؟ جواب شما را برای دفعه های بعد به خاطر می سپارم.
talk-ask-team = این را برای تیم بفرستم؟ جواب شما را برای دفعه های بعد به خاطر می سپارم.
talk-yes = ✉️ بله، بفرست
talk-no = نه
talk-send-anyway = ✉️ با این حال بفرست
talk-sent = برای { $name } فرستاده شد ✓
talk-sent-team = برای تیم فرستاده شد ✓
talk-not-sent = این را نفرستادم. برای نوشتن پیام به مشاور خود: /message
talk-kept = باشد، چیزی نمی فرستم. برای نوشتن پیام به مشاور خود: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 عکس (ترجمه نشده)
talk-media-voice = 🎤 پیام صوتی (ترجمه نشده)
talk-media-audio = 🎵 فایل صوتی (ترجمه نشده)
talk-media-video = 🎬 ویدیو (ترجمه نشده)
talk-media-document = 📎 فایل (ترجمه نشده)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = نمی‌توانم استیکر یا موقعیت مکانی را بفرستم. متن، عکس و پیام صوتی به مشاور شما می‌رسد.
