# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ I will come
apt-answer-no = ❌ I can't come
apt-answer-open = ❔ No answer yet
apt-change-answer = Change answer
apt-started = This appointment has already started. The answer can no longer be changed.
apt-note = Note: { $note }
apt-question = Will you come?
apt-card =
    { $kind }
    { $when }
    Place: { $place }
coach-cant-come-why = { $name } can't come: { $kind }, { $when }.
coach-cant-come-reason-label = Reason:
