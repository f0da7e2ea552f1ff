## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Nachricht an meine Beratung
talk-write-ask = Schreiben Sie Ihre Nachricht an { $name }, gern in Ihrer Sprache. Sie können auch ein Foto oder eine Sprachnachricht schicken.
talk-write-ask-team = Schreiben Sie Ihre Nachricht an das Team, gern in Ihrer Sprache. Sie können auch ein Foto oder eine Sprachnachricht schicken.
talk-ask = Soll ich das an { $name } senden? Ich merke mir Ihre Antwort für später.
talk-ask-team = Soll ich das an das Team senden? Ich merke mir Ihre Antwort für später.
talk-yes = ✉️ Ja, senden
talk-no = Nein
talk-send-anyway = ✉️ Doch senden
talk-sent = An { $name } gesendet ✓
talk-sent-team = An das Team gesendet ✓
talk-not-sent = Das habe ich nicht weitergegeben. Für eine Nachricht an Ihre Beraterin oder Ihren Berater: /message
talk-kept = In Ordnung, ich sende nichts weiter. Für eine Nachricht an Ihre Beraterin oder Ihren Berater: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Foto (nicht übersetzt)
talk-media-voice = 🎤 Sprachnachricht (nicht übersetzt)
talk-media-audio = 🎵 Audio (nicht übersetzt)
talk-media-video = 🎬 Video (nicht übersetzt)
talk-media-document = 📎 Datei (nicht übersetzt)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = Sticker und Standorte kann ich nicht weitergeben. Text, Fotos und Sprachnachrichten gehen an Ihre Beraterin oder Ihren Berater.
