# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Somali. Same ids and placeholders as the German reference.

apt-kind-coaching = La-talin
# same-as-german: the office's name, as on its letters.
apt-kind-job-centre = Jobcenter
apt-kind-course = Koorso
apt-kind-internship = Tababar shaqo
apt-kind-authority = Xafiis dawladeed
apt-kind-doctor = Dhakhtar
apt-kind-other = Ballan
apt-when = { DATETIME($at, dateStyle: "full") }, saacadda { DATETIME($at, timeStyle: "short") }
apt-place-open = weli lama go'aamin

## To the participant

apt-new =
    Ballan cusub: { $kind }
    { $when }
    Goobta: { $place }
apt-reminder =
    Xusuusin: { $kind }
    { $when }
    Goobta: { $place }
    Ma imanaysaa?
apt-changed =
    Ballantaada waa la beddelay: { $kind }
    { $when }
    Goobta: { $place }
apt-cancelled = Ballantaada waa la joojiyay: { $kind }, { $when }
apt-coming = Waan imanayaa
apt-not-coming = Ma awoodo
apt-thanks-coming = Mahadsanid! Is arag markaas.
apt-ask-reason = Waa laga xumaaday. Ma rabtaa inaad sheegto sababta? Si kooban u qor, ama taabo "Sabab la'aan".
apt-no-reason = Sabab la'aan
apt-coach-told = La-taliyahaaga waa la ogeysiiyay.
apt-ics-caption = Ballan jadwalkaaga loogu talagalay
apt-closed = Ballantani way dhammaatay ama waa la beddelay.

## To the coach

coach-cant-come = { $name } ma iman karo: { $kind }, { $when }.
coach-cant-come-reason = { $name } ballanta { $kind } ee { $when }: "{ $reason }"
coach-no-answer = { $name } kama jawaabin xusuusinta: { $kind }, { $when }.
coach-unreachable = { $name } laguma heli karo Telegram (bot-ka waa la xannibay). Fariimaha loo qorsheeyay qofkan waa la joojiyay.

## Making an appointment (coaches and staff)

apt-choose-participant = Yaa ballantu u tahay?
apt-no-participants = Weli ma lihid ka-qaybgalayaal. Qof ku martiqaad /invite.
apt-ask-when = Goorma? Tusaale ahaan qor: berri 9:30, 24.8. 14:00, Isn 10:00
apt-choose-kind = Ballan noocee ah?
apt-ask-place = Xaggee? Qor goobta, ama taabo "Ka bood".
apt-ask-note = Qoraal qofka loogu talagalay? Qor, ama taabo "Ka bood".
apt-skip = Ka bood
apt-confirm =
    Ballan loogu talagalay { $name }:
    { $kind }
    { $when }
    Goobta: { $place }
    Sidan ma loo keydiyaa?
apt-save = Keydi
apt-discard = Tuur
apt-saved = ✅ Waa la keydiyay. { $name } hadda ayuu helayaa ballanta, xusuusinona ka hor.
apt-discarded = 🗑 Waa la tuuray.
apt-not-yours = Qofkani kama mid aha ka-qaybgalayaashaada.
when-empty = Fadlan qor taariikh iyo saacad.
when-no-date = Taas uma fahmin taariikh ahaan. Tusaalooyin: berri 9:30, 24.8. 14:00, Isn 10:00
when-no-time = Fadlan sidoo kale qor saacadda, tusaale: 24.8. 14:00
when-bad-date = Taariikhdan ma jirto.
when-bad-time = Saacaddan ma jirto.
when-past = Waqtigani horey ayuu u dhaafay.
when-too-far = Taasi waa in ka badan sannad. Fadlan dooro taariikh ka dhow.
when-ambiguous = Taasi ma cadda. Fadlan qor taariikhda oo leh bisha, tusaale: 24.8. 14:00

## Lists

apt-list-title = Ballamaha soo socda:
apt-list-empty = Ballamo soo socda ma jiraan.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ wuu imanayaa
apt-answer-not-coming = ❌ ma iman karo
apt-answer-none = ❔ jawaab ma jirto
apt-past-title = Ballamihii hore – fadlan qor in qofku yimid iyo in kale:
apt-cancel-button = ✖️ Jooji { $n }
apt-move-button = ✏️ Dib u dhig { $n }
apt-attended-button = ✅ { $n } yimid
apt-missed-button = ❌ { $n } ma iman
apt-cancel-done = Waa la joojiyay. { $name } waa la ogeysiin doonaa.
apt-move-ask = Waqti cusub oo loogu talagalay { $name }? Tusaale: berri 9:30
apt-move-done = Waa dib loo dhigay. { $name } waa la ogeysiin doonaa.
