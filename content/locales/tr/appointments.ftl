# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Turkish. Same ids and placeholders as the German reference. Polite "siz".

apt-kind-coaching = Danışmanlık
# same-as-german: the office's name, as on its letters.
apt-kind-job-centre = Jobcenter
# same-as-german: "kurs" is the Turkish word too.
apt-kind-course = Kurs
apt-kind-internship = Staj
apt-kind-authority = Resmi kurum
apt-kind-doctor = Doktor
apt-kind-other = Randevu
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = henüz belli değil

## To the participant

apt-new =
    Yeni randevu: { $kind }
    { $when }
    Yer: { $place }
apt-reminder =
    Hatırlatma: { $kind }
    { $when }
    Yer: { $place }
    Gelecek misiniz?
apt-changed =
    Randevunuz değişti: { $kind }
    { $when }
    Yer: { $place }
apt-cancelled = Randevunuz iptal edildi: { $kind }, { $when }
apt-coming = Geleceğim
apt-not-coming = Gelemiyorum
apt-thanks-coming = Teşekkürler! Görüşmek üzere.
apt-ask-reason = Ne yazık. Nedenini söylemek ister misiniz? Kısaca yazın veya “Neden belirtmeden” düğmesine dokunun.
apt-no-reason = Neden belirtmeden
apt-coach-told = Danışmanınız bilgilendirildi.
apt-ics-caption = Takviminiz için randevu
apt-closed = Bu randevu geçti veya değiştirildi.

## To the coach

coach-cant-come = { $name } gelemiyor: { $kind }, { $when }.
coach-cant-come-reason = { $name } ({ $kind }, { $when }): “{ $reason }”
coach-no-answer = { $name } hatırlatmaya cevap vermedi: { $kind }, { $when }.
coach-unreachable = { $name } adlı kişiye artık Telegram üzerinden ulaşılamıyor (bot engellendi). Bu kişiye planlanan mesajlar durduruldu.

## Making an appointment (coaches and staff)

apt-choose-participant = Randevu kimin için?
apt-no-participants = Henüz katılımcınız yok. /invite ile birini davet edin.
apt-ask-when = Ne zaman? Örneğin şöyle yazın: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = Ne tür bir randevu?
apt-ask-place = Nerede? Yeri yazın veya “Atla” düğmesine dokunun.
apt-ask-note = Kişiye bir not bırakmak ister misiniz? Yazın veya “Atla” düğmesine dokunun.
apt-skip = Atla
apt-confirm =
    { $name } için randevu:
    { $kind }
    { $when }
    Yer: { $place }
    Böyle kaydedilsin mi?
apt-save = Kaydet
apt-discard = Vazgeç
apt-saved = ✅ Kaydedildi. { $name } randevuyu şimdi, hatırlatmaları da randevudan önce alacak.
apt-discarded = 🗑 Kaydedilmedi.
apt-not-yours = Bu kişi sizin katılımcılarınızdan biri değil.
when-empty = Lütfen bir tarih ve saat yazın.
when-no-date = Bunu bir tarih olarak anlayamadım. Örnekler: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = Lütfen saati de yazın, örneğin: 24.8. 14 Uhr
when-bad-date = Böyle bir tarih yok.
when-bad-time = Böyle bir saat yok.
when-past = Bu zaman geçti.
when-too-far = Bu tarih bir yıldan daha uzak. Lütfen daha yakın bir tarih seçin.
when-ambiguous = Bu açık değil. Lütfen tarihi ayla birlikte yazın, örneğin: 24.8. 14 Uhr

## Lists

apt-list-title = Yaklaşan randevular:
apt-list-empty = Yaklaşan randevu yok.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ geliyor
apt-answer-not-coming = ❌ gelmiyor
apt-answer-none = ❔ cevap yok
apt-past-title = Geçmiş randevular – lütfen kişinin gelip gelmediğini kaydedin:
apt-cancel-button = ✖️ { $n } iptal
apt-move-button = ✏️ { $n } ertele
apt-attended-button = ✅ { $n } geldi
apt-missed-button = ❌ { $n } gelmedi
apt-cancel-done = İptal edildi. { $name } bilgilendirilecek.
apt-move-ask = { $name } için yeni zaman? Örneğin: morgen 9:30
apt-move-done = Ertelendi. { $name } bilgilendirilecek.
