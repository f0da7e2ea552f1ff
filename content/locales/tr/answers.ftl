# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ Geleceğim
apt-answer-no = ❌ Gelemiyorum
apt-answer-open = ❔ Henüz cevap yok
apt-change-answer = Cevabı değiştir
apt-started = Bu randevu başladı bile. Cevap artık değiştirilemez.
apt-note = Not: { $note }
apt-question = Gelecek misiniz?
apt-card =
    { $kind }
    { $when }
    Yer: { $place }
coach-cant-come-why = { $name } gelemiyor: { $kind }, { $when }.
coach-cant-come-reason-label = Sebep:
