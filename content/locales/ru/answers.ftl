# Answers that stay visible: appointment answers, notes, the coach's notice.

apt-answer-yes = ✅ Я приду
apt-answer-no = ❌ Я не могу прийти
apt-answer-open = ❔ Ответа ещё нет
apt-change-answer = Изменить ответ
apt-started = Эта встреча уже началась. Ответ больше нельзя изменить.
apt-note = Примечание: { $note }
apt-question = Вы придёте?
apt-card =
    { $kind }
    { $when }
    Место: { $place }
coach-cant-come-why = { $name } не может прийти: { $kind }, { $when }.
coach-cant-come-reason-label = Причина:
