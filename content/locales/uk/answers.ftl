# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ Я прийду
apt-answer-no = ❌ Я не можу прийти
apt-answer-open = ❔ Ще немає відповіді
apt-change-answer = Змінити відповідь
apt-started = Ця зустріч уже почалася. Відповідь більше не можна змінити.
apt-note = Примітка: { $note }
apt-question = Ви прийдете?
apt-card =
    { $kind }
    { $when }
    Місце: { $place }
coach-cant-come-why = { $name } не може прийти: { $kind }, { $when }.
coach-cant-come-reason-label = Причина:
