# Machine-made translation: needs review by a native speaker before production use.
# Check-ins, help, alerts and relayed messages – Turkish. Same ids and placeholders as the German reference. Polite "siz".

cmd-checkin = Nasılım? (kısa anket)
cmd-sos = 🆘 Yardıma ihtiyacım var
cmd-duty = Nöbet açık/kapalı

ci-intro-weekly = Bu hafta nasıl olduğunuzla ilgili birkaç kısa soru. İstediğiniz soruyu atlayabilirsiniz.
ci-intro-monthly = Ayınızla ilgili birkaç kısa soru. İstediğiniz soruyu atlayabilirsiniz.
ci-offer-weekly = Bu hafta nasılsınız? Altı kısa soru, yaklaşık bir dakika.
ci-offer-monthly = Aylık anket zamanı: yolunuzla ilgili altı kısa soru.
ci-offer-again-weekly = Bir kez daha soruyoruz: Bu haftanın anketi için bir dakikanız var mı?
ci-offer-again-monthly = Bir kez daha soruyoruz: Aylık anket için bir dakikanız var mı?
ci-start = Başlayalım
ci-later-button = Sonra
ci-later = Tamam. İstediğiniz zaman /checkin ile başlayabilirsiniz.

ci-mood = Nasılsınız? 1 = çok kötü, 5 = çok iyi.
ci-mood-label = Genel durum
ci-sleep = Nasıl uyuyorsunuz?
ci-sleep-label = Uyku
ci-sleep-good = İyi
ci-sleep-ok = Orta
ci-sleep-bad = Kötü
ci-attendance = Bu hafta kursa veya staja gittiniz mi?
ci-attendance-label = Kurs/staj
ci-attendance-all = Evet, her zaman
ci-attendance-some = Bazen
ci-attendance-none = Hayır
ci-attendance-no_course = Kursum yok
ci-problems = Sorun var mı? Uyan her şeye dokunun, sonra “Tamam” düğmesine dokunun.
ci-problems-label = Sorunlar
ci-problems-work = İş
# same-as-german: "kurs" is the Turkish word too.
ci-problems-course = Kurs
ci-problems-home = Ev
ci-problems-authorities = Resmi kurumlar
ci-problems-health = Sağlık
ci-contact = Danışmanınızın sizinle iletişime geçmesini ister misiniz?
ci-contact-label = İletişim istiyor
ci-contact-yes = Evet, lütfen
ci-contact-no = Hayır, teşekkürler
ci-text = Söylemek istediğiniz başka bir şey var mı? Kendi dilinizde yazın.
ci-text-label = Sizin sözleriniz
ci-german = Almanca konuşurken kendinize ne kadar güveniyorsunuz? 1 = hiç, 5 = çok.
ci-german-label = Almanca
ci-goal = İş aramada ne durumdasınız?
ci-goal-label = İş arama
ci-goal-working = Çalışıyorum
ci-goal-interviews = İş görüşmeleri
ci-goal-applying = Başvuru yapıyorum
ci-goal-course = Önce kurs
ci-goal-not_yet = Henüz değil
ci-support = Hangi konularda yardım istersiniz? Uyan her şeye dokunun.
ci-support-label = Yardım istediği konular
ci-support-german = Almanca
ci-support-applications = İş başvuruları
ci-support-childcare = Çocuk bakımı
ci-support-documents = Mektuplar, formlar
ci-support-housing = Konut
ci-support-health = Sağlık
ci-text-how = Bir mesaj yazın ya da bir mesajı iletin. Veya “Atla” düğmesine dokunun.
ci-skip = Atla
ci-done = Tamam
ci-none = Hiçbiri
ci-skipped = atlandı
ci-tap = Lütfen yukarıdaki cevaplardan birine dokunun.
ci-thanks = Teşekkürler! Cevaplarınız kaydedildi.
ci-thanks-contact = Teşekkürler! Danışmanınız sizinle iletişime geçecek.

help-numbers-intro = Gece gündüz ücretsiz yardım:
help-number-emergency = Acil çağrı (polis, ambulans)
help-number-telefonseelsorge = Telefonseelsorge (konuşma ve destek hattı), konuşmak isterseniz
help-number-violence-women = Hilfetelefon (kadına yönelik şiddet yardım hattı), kadın tercüman da var
help-crisis = Yalnız değilsiniz. Danışmanınıza şimdi haber veriyoruz. Tehlikedeyseniz hemen 112'yi arayın.
help-sent = Danışmanınıza şimdi haber veriyoruz. En kısa zamanda size ulaşacak.
help-sent-already = Danışmanınıza zaten haber verildi. En kısa zamanda size ulaşacak.
help-write = Ne olduğunu yazın
help-write-ask = Ne olduğunu kendi dilinizde yazın.
help-seen = Danışmanınız mesajınızı gördü.

alert-head-normal = { $name } hakkında bilgi
alert-head-urgent = Acil: { $name }
alert-head-crisis = KRİZ: { $name } – lütfen hemen iletişime geçin
alert-escalated = Danışman zamanında tepki vermedi. Lütfen siz devralın.
alert-no-coach = Bu kişinin ulaşılabilir bir danışmanı yok.
alert-source-help = “Yardıma ihtiyacım var” düğmesine dokundu.
alert-source-message = Danışmana gönderilen bir mesajda:
alert-checkin-weekly = { $date } tarihli haftalık anket:
alert-checkin-monthly = { $date } tarihli aylık anket:
alert-why = Neden:
alert-why-keyword = Kriz kelimesi “{ $term }” ({ $language })
alert-why-keyword-translation = Makine çevirisinde “{ $term }” kelimesi
alert-why-low_mood = Genel durum çok kötü
alert-why-mood_drop = Genel durum geçen seferden belirgin şekilde kötü
alert-why-contact_requested = İletişim istiyor
alert-why-problems_reported = Sorun bildiriyor
alert-why-missed_course = Kursa gelmedi
alert-why-help_button = Yardım istiyor
alert-free-text = Kendi sözleri (orijinal, { $language }):
alert-machine-translation = Almancaya makine çevirisi (hata içerebilir):
alert-no-translation = Bu dil için makine çevirisi kurulu değil.
alert-ack = ✅ Gördüm, ilgileniyorum
alert-reply = ✍️ Cevap ver
alert-history = 📋 Geçmiş
alert-acknowledged-toast = Teşekkürler!
alert-acknowledged = Teşekkürler. { $name } adlı kişiye bunu gördüğünüz bildirilecek.
alert-acknowledged-before = Bu zaten görüldü olarak işaretlenmiş.

relay-ask = { $name } adlı kişiye mesajınızı Almanca yazın. Kişi mesajı makine çevirisiyle ({ $language }) alacak.
relay-gone = Bu kişi artık listenizde değil. Hiçbir şey gönderilmedi.
relay-too-long = Mesaj çok uzun (en fazla { $limit } karakter). Lütfen daha kısa yazın.
relay-sent = { $name } adlı kişiye gönderildi.
relay-sent-translated = { $name } adlı kişiye şu makine çevirisiyle gönderildi:
relay-sent-untranslated = { $name } adlı kişiye yalnızca Almanca gönderildi: bu kişinin dili için makine çevirisi kurulu değil.
relay-from-coach = Danışmanınız { $name } size bir mesaj gönderdi:
relay-machine-translation = Makine çevirisi (hata içerebilir):
relay-no-translation = Diliniz için henüz makine çevirisi yok. Kendi dilinizde cevap verebilirsiniz.
relay-answer = Cevap ver
relay-answer-ask = Cevabınızı kendi dilinizde veya Almanca yazın.
relay-from-participant = ✉️ { $name } adlı kişiden mesaj:

duty-on = Artık nöbettesiniz: danışmanın tepki vermediği kriz uyarıları size gelecek.
duty-off = Nöbetiniz sona erdi.
