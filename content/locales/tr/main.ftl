# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Turkish. Same ids and placeholders as the German reference catalogue. Polite "siz".

## Joining

uninvited = Bu bot yalnızca davetle kullanılabilir. Lütfen danışmanınızdan bir davet bağlantısı isteyin.
invite-unknown = Bu davet bağlantısı geçerli değil. Lütfen danışmanınızdan yeni bir bağlantı isteyin.
invite-used = Bu davet bağlantısı daha önce kullanıldı. Lütfen danışmanınızdan yeni bir bağlantı isteyin.
invite-expired = Bu davet bağlantısının süresi doldu. Lütfen danışmanınızdan yeni bir bağlantı isteyin.
invite-revoked = Bu davet bağlantısı geri çekildi. Lütfen danışmanınızdan yeni bir bağlantı isteyin.
already-joined = Zaten kayıtlısınız. Yardım: /help
welcome = Begleiter'e hoş geldiniz! Lütfen dilinizi seçin.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = Lütfen dilinizi seçin.
language-chosen = Diliniz: { $language }

## Privacy notice and consent

privacy-notice =
    Veri koruma – lütfen bunu sakin bir şekilde okuyun.

    Neleri saklıyoruz: Telegram'daki adınız, diliniz ve ayarlarınız, randevularınız, öğrenme durumunuz ve nasıl olduğunuzla ilgili sorulara verdiğiniz cevaplar.
    Neden: hatırlatmalar alabilmeniz, Almanca pratik yapabilmeniz ve danışmanınızın size zamanında yardım edebilmesi için.
    Kimler görüyor: danışmanınız ve programınızın çalışanları. Başka hiç kimse.
    Ne kadar süre: siz /delete yazana kadar, en geç katılımınız bittikten 12 ay sonrasına kadar.
    Haklarınız: /export size tüm verilerinizi gösterir, /delete onları siler. Programa katılımınız bu bota bağlı değildir.
consent-question = Bunu kabul ediyor musunuz?
consent-yes = Evet, kabul ediyorum
consent-no = Hayır
consent-thanks = Teşekkürler! Bunu istediğiniz zaman /privacy ile tekrar okuyabilirsiniz.
consent-declined = Tamam. Yalnızca kabul etmediğinizi kaydediyoruz. Fikrinizi değiştirirseniz /start yazın.
declined-status = Veri koruma metnini henüz kabul etmediniz. Onayınız olmadan bot sizin için hiçbir şey yapamaz.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = Gizlilik bildirimini kabul etmediniz, bu yüzden mesajınızı iletemem. Fikrinizi değiştirirseniz: /start
consent-status = { $date } tarihinde kabul ettiniz (sürüm { $version }).

## Quiet hours and practice time

quiet-hours-question = Size ne zaman mesaj göndermeyelim? (sessiz saatler)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = Sessiz saat yok
practice-time-question = Her gün ne zaman kısa bir süre Almanca pratik yapmak istersiniz?
practice-time-value = Saat { $time }
setup-done = Hazır! Her şeyi /settings ile değiştirebilirsiniz.

## Help and menus

help-participant =
    /sos – 🆘 Yardıma ihtiyacım var
    /checkin – Nasılım?
    /appointments – randevularınız
    /practice – Almanca pratik (/progress, /level, /topics, /pause)
    /settings – dil, sessiz saatler, pratik saati
    /privacy – veri koruma (/export, /delete)
help-coach =
    /participants – katılımcılarınıza kısa bakış
    /appointment – randevu oluşturmak
    /appointments – katılımcılarınızın randevuları
    /invite – katılımcıları davet etmek
    /settings – ayarlarınız
    /privacy, /export, /delete – kendi verileriniz
help-staff =
    /duty – Kriz uyarıları için nöbet aç/kapat
    /invite – katılımcıları, danışmanları ve çalışanları davet etmek
    /appointment, /appointments – randevu oluşturmak ve görmek
    /participants – tüm katılımcılara kısa bakış
    /settings – ayarlarınız
    /privacy, /export, /delete – kendi verileriniz
help-onboarding = Lütfen önce yukarıdaki soruları cevaplayın. Yeniden başlamak için: /start
unknown-command = Bu komutu bilmiyorum.
free-text = Mesajınızı aldım ama burada kimse onu okumuyor. Danışmanınız bu mesajı almıyor.
free-text-team = Mesajınızı aldım, ama burada kimse okumuyor: kimseye iletilmiyor. Burada yapabilecekleriniz:
not-text = Burada yalnızca yazıyı ve düğmeleri anlayabilirim.
not-allowed = Bu komut sizin için kullanılabilir değil.
button-stale = Bu düğme artık geçerli değil.
cancelled = İptal edildi.
nothing-to-cancel = İptal edilecek bir şey yok.
error-apology = Özür dileriz, bir sorun oluştu. Lütfen daha sonra tekrar deneyin. Hata numarası: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Kayıt ol veya yeniden başla
cmd-help = Yardım
cmd-language = Dili değiştir
cmd-settings = Ayarlar
cmd-privacy = Veri koruma
cmd-export = Verilerim dosya olarak
cmd-delete = Verilerimi sil
cmd-cancel = İptal
cmd-invite = Birini davet et
cmd-appointment = Randevu oluştur
cmd-appointments = Randevular
cmd-participants = Katılımcılar
cmd-practice = Almanca pratik yap
cmd-pause = Alıştırmalara ara ver
cmd-resume = Alıştırmalara devam et
cmd-level = Seviyem
cmd-topics = Konularım
cmd-progress = İlerlemem

## Settings

settings-overview =
    Ayarlarınız:
    Dil: { $language }
    Sessiz saatler: { $quiet }
    Pratik saati: { $practice }
settings-not-set = belirlenmedi
settings-change-language = Dil
settings-change-quiet = Sessiz saatler
settings-change-practice = Pratik saati
settings-saved = Kaydedildi.

## Export and delete

export-caption = Begleiter'deki verileriniz
export-as-text = Begleiter'deki verileriniz (dosya gönderilemediği için yazı olarak):
delete-question = Gerçekten tüm verilerinizi silmek istiyor musunuz? Bu geri alınamaz.
delete-yes = Evet, hepsini sil
delete-no = Hayır, kalsın
delete-done = Verileriniz silindi. Hoşça kalın! Yeni bir davet bağlantısıyla geri dönebilirsiniz.
delete-kept = Tamam, verileriniz kayıtlı kalıyor.
coach-participant-deleted = { $name }, Begleiter'deki kendi verilerini sildi.
coach-participant-joined = { $name }, Begleiter'e katıldı.
someone = Bir kişi

## Invitations

role-participant = Katılımcı
role-coach = Danışman
role-staff = Çalışan
invite-choose-role = Kimi davet etmek istiyorsunuz?
invite-choose-cohort = Hangi grup için? Yeni bir grup adı da yazabilirsiniz.
invite-no-cohort = Grup yok
invite-choose-coach = Danışman kim?
invite-no-coach = Henüz kimse
invite-cohort-invalid = Grup adı 1 ile 80 karakter arasında olmalıdır. Lütfen başka bir ad yazın.
invite-created =
    Davet edilen: { $role }
    Grup: { $cohort }
    Son geçerlilik: { $expires }, yalnızca bir kez kullanılabilir.

    Bu bağlantıyı yalnızca davet edilen kişiye verin:
    { $link }
invite-qr-caption = Davetin QR kodu (son geçerlilik: { $expires })
invite-revoke = Daveti geri çek
invite-revoked-ok = Davet geri çekildi.
