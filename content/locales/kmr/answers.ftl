# Machine-made translation: needs review by a native speaker before production use.
# Answers that stay visible – Kurmanji Kurdish (Latin script). Same ids and placeholders as the German reference. Polite "hûn".

apt-answer-yes = ✅ Ez têm
apt-answer-no = ❌ Ez nayêm
apt-answer-open = ❔ Hîn bersiv tune
apt-change-answer = Bersivê biguherîne
apt-started = Ev randevû berê dest pê kiriye. Bersiv êdî nayê guhertin.
apt-note = Nîşe: { $note }
apt-question = Hûn têne?
apt-card =
    { $kind }
    { $when }
    Cih: { $place }
coach-cant-come-why = { $name } nikare were: { $kind }, { $when }.
coach-cant-come-reason-label = Sedem:
