## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = Yazdıklarınızı { $name } Almancaya makine çevirisiyle birlikte alacak.
truth-note-translated-team = Yazdıklarınızı ekip Almancaya makine çevirisiyle birlikte alacak.
truth-note-untranslated = Yazdıklarınızı { $name } kendi dilinizde, çevirisiz alacak: diliniz için makine çevirisi kurulu değil.
truth-note-untranslated-team = Yazdıklarınızı ekip kendi dilinizde, çevirisiz alacak: diliniz için makine çevirisi kurulu değil.

truth-relay-ask-untranslated = { $name } adlı kişiye mesajınızı Almanca yazın. Mesaj yalnızca Almanca ulaşacak: { $language } için makine çevirisi kurulu değil.
truth-relay-ask-german = { $name } adlı kişiye mesajınızı Almanca yazın.
truth-relay-sent-failed = { $name } adlı kişiye yalnızca Almanca gönderildi: makine çevirisi bu kez işe yaramadı.

truth-help-seen-team = Ekipten biri mesajınızı gördü.
truth-alert-taken-over = ✅ Ekipten { $staff }, { $name } hakkındaki uyarıyı saat { $time } itibarıyla gördü ve ilgileniyor.

truth-help-crisis-team = Yalnız değilsiniz. Ekibe şimdi haber veriyoruz. Tehlikedeyseniz hemen 112'yi arayın.
truth-help-sent-team = Ekibe şimdi haber veriyoruz. En kısa zamanda size ulaşacaklar.
truth-help-sent-already-team = Ekibe zaten haber verildi. En kısa zamanda size ulaşacaklar.
