# Machine-made translation: needs review by a native speaker before production use.
# Answers that stay visible – Somali. Same ids and placeholders as the German reference.

apt-answer-yes = ✅ Waan imanayaa
apt-answer-no = ❌ Ma imanayo
apt-answer-open = ❔ Weli jawaab ma jirto
apt-change-answer = Beddel jawaabta
apt-started = Ballantan horey ayay u bilaabatay. Jawaabta lama beddeli karo.
apt-note = Xusuusin: { $note }
apt-question = Ma imanaysaa?
apt-card =
    { $kind }
    { $when }
    Goobta: { $place }
coach-cant-come-why = { $name } ma iman karo: { $kind }, { $when }.
coach-cant-come-reason-label = Sababta:
