# Machine-made translation: needs review by a native speaker before production use.
# Answers that stay visible – Tigrinya (Ge'ez script). Same ids and placeholders as the German reference.

apt-answer-yes = ✅ ክመጽእ እየ
apt-answer-no = ❌ ኣይክመጽእን እየ
apt-answer-open = ❔ ገና መልሲ የለን
apt-change-answer = መልሲ ቀይር
apt-started = እዚ ቆጸራ ድሮ ጀሚሩ እዩ። መልሲ ክቕየር ኣይክእልን።
apt-note = መዘኻኸሪ: { $note }
apt-question = ክትመጹ ዲኹም?
apt-card =
    { $kind }
    { $when }
    ቦታ: { $place }
coach-cant-come-why = { $name } ክመጽእ ኣይክእልን: { $kind }, { $when }።
coach-cant-come-reason-label = ምኽንያት:
