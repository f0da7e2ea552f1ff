## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Message to my coach
talk-write-ask = Write your message to { $name }, in your language if you like. You can also send a photo or a voice message.
talk-write-ask-team = Write your message to the team, in your language if you like. You can also send a photo or a voice message.
talk-ask = Shall I send this to { $name }? I will remember your answer for next time.
talk-ask-team = Shall I send this to the team? I will remember your answer for next time.
talk-yes = ✉️ Yes, send
talk-no = No
talk-send-anyway = ✉️ Send it after all
talk-sent = Sent to { $name } ✓
talk-sent-team = Sent to the team ✓
talk-not-sent = I did not pass this on. To write to your coach: /message
talk-kept = All right, I will not send anything on. To write to your coach: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Photo (not translated)
talk-media-voice = 🎤 Voice message (not translated)
talk-media-audio = 🎵 Audio (not translated)
talk-media-video = 🎬 Video (not translated)
talk-media-document = 📎 File (not translated)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = I can't pass on stickers or locations. Text, photos and voice messages go to your coach.
