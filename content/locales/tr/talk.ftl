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
talk-media-untranslated = { $kind ->
    [photo] 📷 Fotoğraf
    [voice] 🎤 Sesli mesaj
    [audio] 🎵 Ses
    [video] 🎬 Video
    [animation] 🎬 Video
   *[other] 📎 Dosya
} (çevrilmedi)
