# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Turkish.

cmd-cohorts = Grupları yönet
cohorts-title = Gruplar. Bir grup seçin veya yeni bir grup oluşturun.
cohorts-none = Henüz grup yok. Bir tane oluşturun.
cohorts-new = ➕ Yeni grup
cohorts-line = { $name } · katılımcılar: { $count }
cohorts-line-archived = 🗄 { $name } (arşivde)
cohorts-card =
    Grup: { $name }
    Katılımcılar: { $count }
    Haftalık anket: { $when }
cohorts-card-archived = Arşivde: bu grup artık davetlerde sunulmuyor.
cohorts-languages = Diller: { $mix }
cohorts-checkin-default = varsayılan ayarda
cohorts-checkin-at = { $date }, saat { $time }
cohorts-rename = ✏️ Yeniden adlandır
cohorts-archive = 🗄 Arşivle
cohorts-restore = ♻️ Geri getir
cohorts-checkin = 🕘 Anket zamanı
cohorts-invite = 🔗 Davet bağlantısı
cohorts-move = 🔀 Katılımcıları taşı
cohorts-back = ← Tüm gruplar
cohorts-ask-name = Yeni grubun adı ne olsun? Adı yazın (en fazla 80 karakter). İptal: /cancel
cohorts-ask-rename = „{ $name }“ grubunun yeni adı ne olsun? Adı yazın (en fazla 80 karakter). İptal: /cancel
cohorts-name-taken = „{ $name }“ adında bir grup zaten var. Lütfen başka bir ad yazın.
cohorts-name-bad = Lütfen 1 ile 80 karakter arasında bir ad yazın.
cohorts-created = „{ $name }“ grubu oluşturuldu.
cohorts-renamed = Grubun adı artık „{ $name }“.
cohorts-archived = „{ $name }“ grubu arşivlendi. Katılımcıları grupta kalır.
cohorts-restored = „{ $name }“ grubu yeniden etkin.
cohorts-choose-day = „{ $name }“ için anket: hangi gün?
cohorts-choose-time = „{ $name }“ için anket, { $date }: saat kaçta?
cohorts-checkin-reset = Varsayılan ayar
cohorts-checkin-saved = „{ $name }“ için anket: { $when }.
cohorts-day-0 = Pazartesi
cohorts-day-1 = Salı
cohorts-day-2 = Çarşamba
cohorts-day-3 = Perşembe
cohorts-day-4 = Cuma
cohorts-day-5 = Cumartesi
cohorts-day-6 = Pazar
cohorts-link =
    „{ $name }“ grubu için davet bağlantısı
    Olası kayıt sayısı: { $count } · geçerlilik: { $expires } tarihine kadar
    { $link }
cohorts-link-qr = „{ $name }“ grubu için QR kodu
cohorts-link-archived = Bu grup arşivde. Bu grup için yeni davet yok.
cohorts-move-choose = „{ $name }“ grubundan kimi taşımak istiyorsunuz?
cohorts-move-empty = Şu anda „{ $name }“ grubunda kimse yok.
cohorts-move-target = { $name } hangi gruba geçsin? Danışman aynı kalır.
cohorts-no-cohort = Grupsuz
cohorts-moved = { $name } artık „{ $cohort }“ grubunda. Danışman aynı kalır.
cohorts-moved-none = { $name } artık hiçbir grupta değil. Danışman aynı kalır.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Başka danışman
reassign-choose-coach = Bundan sonra { $name } ile kim ilgilensin?
reassign-no-coaches = Başka etkin danışman yok.
reassign-done = Artık { $name } ile { $coach } ilgileniyor. Açık uyarılar da taşındı; ikisine de haber verildi.
reassign-same = { $name } ile zaten { $coach } ilgileniyor.
reassign-to-new-coach = Artık { $name } ile siz ilgileniyorsunuz (şimdiye kadar: { $coach }). Onunla ilgili açık uyarılar artık sizde: /alerts
reassign-to-old-coach = Artık { $name } ile { $coach } ilgileniyor. Onun verilerini artık göremezsiniz.
