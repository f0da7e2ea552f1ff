# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ می‌آیم
apt-answer-no = ❌ نمی‌توانم بیایم
apt-answer-open = ❔ هنوز پاسخی نیست
apt-change-answer = تغییر پاسخ
apt-started = این قرار ملاقات شروع شده است. دیگر نمی‌توان پاسخ را تغییر داد.
apt-note = یادداشت: { $note }
apt-question = می‌آیید؟
apt-card =
    { $kind }
    { $when }
    مکان: { $place }
coach-cant-come-why = { $name } نمی‌تواند بیاید: { $kind }، { $when }.
coach-cant-come-reason-label = دلیل:
