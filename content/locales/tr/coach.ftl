# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Turkish. Same ids and placeholders as the German reference. Polite "siz".

## The list

caseload-title = Katılımcılarınız ({ $total }), sayfa { $page } / { $pages }:
caseload-title-staff = Tüm katılımcılar ({ $total }), sayfa { $page } / { $pages }:
caseload-empty = Henüz katılımcınız yok. /invite ile bir davet bağlantısı oluşturun; bu bağlantıyla katılıp onay veren kişi burada görünür.
caseload-empty-staff = Henüz aktif katılımcı yok. /invite ile bir davet bağlantısı oluşturun; bu bağlantıyla katılıp onay veren kişi burada görünür.
caseload-line =
    { $marker }{ $name }
    son etkinlik: { $seen } · alıştırma serisi: { $streak } · sonraki randevu: { $next }
caseload-line-coach = Danışman: { $coach }
caseload-seen =
    { $days ->
        [0] bugün
        [1] dün
       *[other] { $days } gün önce
    }
caseload-seen-never = hiç
caseload-next-none = yok
caseload-prev = ◀ Geri
caseload-next = İleri ▶

## A participant's card

caseload-card =
    👤 { $name }
    Dil: { $language } · Grup: { $cohort }
    Danışman: { $coach }
    Son etkinlik: { $seen }
    Almanca: seviye { $level }, alıştırma serisi: { $streak }
caseload-none = yok
caseload-checkins-title = Son anketler:
caseload-checkins-none = Henüz tamamlanmış anket yok.
caseload-checkin-line = { $date }: ruh hâli { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = belirtilmedi
caseload-checkin-flags = { $marker } Dikkat gerektiriyor: { $reasons }
caseload-checkin-text = Metin ({ $language }): “{ $text }”
caseload-checkin-translation = Makine çevirisi (hata içerebilir): “{ $text }”
caseload-appointments-title = Sonraki randevular:
caseload-appointments-none = Planlanmış randevu yok.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Açık uyarılar ({ $count }):
caseload-alerts-none = Açık uyarı yok.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Anket
caseload-source-help-button = Yardım düğmesi
caseload-source-message = Mesaj
caseload-rule-keywords = metinde dikkat çeken kelime
caseload-rule-unknown = belirtilmedi
caseload-notes-title = Notlar:
caseload-notes-none = Henüz not yok.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption = { $name } adlı kişinin son { $weeks } haftadaki ruh hâli (en eskisi solda, · = yanıt yok): { $line }
caseload-write = ✍️ Yaz
caseload-note = 📝 Not
caseload-back = ⬅ Listeye dön
caseload-open-card = Kartı aç

## Notes

caseload-note-ask = { $name } hakkındaki notunuz: tek bir mesaj olarak yazın (en fazla { $max } karakter). İptal: /cancel
caseload-note-too-long = Bu not { $length } karakter; en fazla { $max } karakter sığar. Lütfen kısaltıp yeniden gönderin. İptal: /cancel
caseload-note-saved = { $name } hakkındaki not kaydedildi.
caseload-note-gone = Bu kişi artık listenizde değil. Not kaydedilmedi.
