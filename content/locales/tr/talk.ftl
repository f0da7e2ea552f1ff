## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Danışmanıma mesaj
talk-write-ask = { $name } için mesajınızı yazın, isterseniz kendi dilinizde. Fotoğraf veya sesli mesaj da gönderebilirsiniz.
talk-write-ask-team = Ekip için mesajınızı yazın, isterseniz kendi dilinizde. Fotoğraf veya sesli mesaj da gönderebilirsiniz.
talk-ask = Bunu { $name } kişisine göndereyim mi? Cevabınızı sonraki seferler için hatırlarım.
talk-ask-team = Bunu ekibe göndereyim mi? Cevabınızı sonraki seferler için hatırlarım.
talk-yes = ✉️ Evet, gönder
talk-no = Hayır
talk-send-anyway = ✉️ Yine de gönder
talk-sent = Gönderildi: { $name } ✓
talk-sent-team = Ekibe gönderildi ✓
talk-not-sent = Bunu iletmedim. Danışmanınıza yazmak için: /message
talk-kept = Tamam, hiçbir şey iletmiyorum. Danışmanınıza yazmak için: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Fotoğraf (çevrilmedi)
talk-media-voice = 🎤 Sesli mesaj (çevrilmedi)
talk-media-audio = 🎵 Ses (çevrilmedi)
talk-media-video = 🎬 Video (çevrilmedi)
talk-media-document = 📎 Dosya (çevrilmedi)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = Çıkartma ve konum iletemem. Metin, fotoğraf ve sesli mesajlar danışmanınıza gider.
