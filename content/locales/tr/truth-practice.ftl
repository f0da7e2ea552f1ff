# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Turkish.

truth-practice-done-all = Harika, hepsi doğru: { $total } sorudan { $right } tanesi!
truth-practice-done-most = Aferin! { $total } sorudan { $right } tanesi doğru.
truth-practice-done-some = { $total } sorudan { $right } tanesi doğru. Diğerleri yakında tekrar gelecek.
truth-practice-done-none = Bu sefer zordu – bu da öğrenmenin bir parçası. { $total } sorudan { $right } tanesi doğru. Bu alıştırmalar yakında tekrar gelecek.
truth-practice-streak = Üst üste { $streak } gündür pratik yapıyorsunuz.
truth-practice-hint-letters = “{ $first }…” ile başlıyor, { $letters } harf.
truth-practice-hint-words = { $words } kelime, ilki “{ $first }…” ile başlıyor.
truth-practice-later-soon = Sorun değil. Görüşmek üzere!
truth-practice-later-anytime = Sorun değil. İstediğiniz zaman /practice ile pratik yapabilirsiniz.
truth-practice-nothing =
    { $days ->
        [0] Şu anda çalışılacak bir şey yok. Daha sonra yenisi gelecek.
        [1] Bugünlük her şeyi çalıştınız. Yarın devam ediyoruz!
       *[other] Bugünlük her şeyi çalıştınız. Bir sonraki tekrar { $days } gün sonra.
    }
truth-practice-resumed-no-time = Devam ediyoruz! Bir pratik saati seçmediniz: /practice ile pratik yapın ya da /settings ile bir saat seçin.
