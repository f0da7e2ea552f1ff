# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ سأحضر
apt-answer-no = ❌ لا أستطيع الحضور
apt-answer-open = ❔ لا توجد إجابة بعد
apt-change-answer = تغيير الإجابة
apt-started = لقد بدأ هذا الموعد بالفعل. لم يعد من الممكن تغيير الإجابة.
apt-note = ملاحظة: { $note }
apt-question = هل ستحضر؟
apt-card =
    { $kind }
    { $when }
    المكان: { $place }
coach-cant-come-why = { $name } لا يستطيع الحضور: { $kind }، { $when }.
coach-cant-come-reason-label = السبب:
