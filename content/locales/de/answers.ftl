# Answers that stay visible: appointment answers, notes, the coach's notice. – German reference.

apt-answer-yes = ✅ Ich komme
apt-answer-no = ❌ Ich komme nicht
apt-answer-open = ❔ Noch keine Antwort
apt-change-answer = Antwort ändern
apt-started = Dieser Termin hat schon begonnen. Die Antwort lässt sich nicht mehr ändern.
apt-note = Hinweis: { $note }
apt-question = Kommen Sie?
apt-card =
    { $kind }
    { $when }
    Ort: { $place }
coach-cant-come-why = { $name } kann nicht kommen: { $kind }, { $when }.
coach-cant-come-reason-label = Grund:
