truth-apt-reminder-coming =
    Hatırlatma: { $kind }
    { $when }
    Yer: { $place }
    Geleceğinizi söylediniz. Görüşmek üzere!
truth-apt-answer-saved = Teşekkürler, cevabınız kaydedildi.
truth-translation-failed = Makine çevirisi bu sefer olmadı.
truth-relay-translation-failed = Makine çevirisi bu sefer olmadı. Kendi dilinizde cevap verebilirsiniz.
truth-apt-cancel-done-untold = İptal edildi. { $name } bu randevudan henüz haberdar değildi, bu yüzden mesaj almayacak.
truth-practice-done-new = { $total } yeni kelime öğrendiniz. Onları bilene kadar yakında tekrar gelecekler.
truth-seen-answers = Danışmanınız cevaplarınızı gördü.
truth-seen-answers-team = Ekipten biri cevaplarınızı gördü.
truth-seen-help = Danışmanınız yardıma ihtiyacınız olduğunu gördü.
truth-seen-help-team = Ekipten biri yardıma ihtiyacınız olduğunu gördü.
truth-incident-ping = { $name } hakkında yeni uyarı: yukarıdaki mesaj güncellendi.
