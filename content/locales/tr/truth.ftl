truth-apt-reminder-coming =
    Hatırlatma: { $kind }
    { $when }
    Yer: { $place }
    Geleceğinizi söylediniz. Görüşmek üzere!
truth-apt-answer-saved = Teşekkürler, cevabınız kaydedildi.
