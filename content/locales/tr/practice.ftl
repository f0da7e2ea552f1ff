# Machine-made translation: needs review by a native speaker before production use.
# German practice – Turkish. Same ids and placeholders as the German reference. Polite "siz".

practice-prompt = Almanca zamanı! { $count } kısa alıştırma, yaklaşık iki dakika.
practice-nudge = Uzun zamandır görüşemedik! Bugün yine biraz Almanca pratik yapmak ister misiniz?
practice-start = Haydi başlayalım
practice-later = Bugün değil
practice-later-ok = Sorun değil. Yarın görüşmek üzere!
practice-placement-intro = Önce kısa bir test yapalım, böylece alıştırmalar size uygun olur.
practice-card =
    Yeni kelime: { $word }
    Örnek: { $example }
practice-card-plain = Yeni kelime: { $word }
practice-known = Biliyorum
practice-unknown = Henüz bilmiyorum
practice-gap = Eksik olan ne? Kelimeyi yazın.
practice-reply = Ne cevap verirsiniz? Bir cümle yazın.
practice-say = Bunu Almanca nasıl söylersiniz? Cümleyi yazın.
practice-choice = Doğru cevaba dokunun.
practice-typed-send = ✉️ Gönder: { $name }
practice-typed-send-team = ✉️ Ekibe gönder
practice-show-gloss = Kendi dilimde
practice-hint = İpucu
practice-skip = Atla
practice-right = Doğru!
practice-right-spelling = Doğru! Şöyle yazılır: { $expected }
practice-wrong = Tam olarak değil. Doğrusu: { $expected }
practice-card-known = Harika!
practice-card-again = Sorun değil, bu kelime yakında tekrar gelecek.
practice-placed = Seviyeniz: { $level }. Bunu /level ile değiştirebilirsiniz.
practice-paused = Ara verildi: /resume yazana kadar alıştırma almayacaksınız.
practice-resumed = Devam ediyoruz! Artık yine alıştırma alacaksınız.
practice-level-ask = Hangi seviyede pratik yapmak istersiniz? Şu anki seviye: { $level }
practice-level-set = Seviyeniz: { $level }.
practice-topics-ask = Hangi konularda pratik yapmak istersiniz? Konulara dokunun, sonra “Tamam” düğmesine dokunun.
practice-topics-all = Tüm konular
practice-topics-done = Tamam
practice-topics-set = Kaydedildi.
practice-progress =
    Üst üste: { $streak } gün (en uzun: { $best })
    Öğrenilen: { $learned }
    Bugün tekrar edilecek: { $due }
    Bu hafta: { $total } sorudan { $right } tanesi doğru
    Seviye: { $level }
practice-level-open = henüz belirlenmedi
practice-type-answer = Lütfen cevabı yazı olarak gönderin.
practice-level-whom = Kimin seviyesini belirlemek istiyorsunuz?
practice-level-of = { $name } seviyesi: { $level }. Yeni seviye?
practice-level-of-set = { $name } seviyesi: { $level }.
