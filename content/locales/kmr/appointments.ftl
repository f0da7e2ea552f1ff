# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Kurmanji. Same ids and placeholders as the German reference.

apt-kind-coaching = Şêwirmendî
# same-as-german: the office's name, as on its letters.
apt-kind-job-centre = Jobcenter
apt-kind-course = Kurs (ders)
apt-kind-internship = Stajyerî
apt-kind-authority = Dayîre
apt-kind-doctor = Bijîşk
apt-kind-other = Randevû
apt-when = { DATETIME($at, dateStyle: "full") }, saet { DATETIME($at, timeStyle: "short") }
apt-place-open = hîn ne diyar e

## To the participant

apt-new =
    Randevûya nû: { $kind }
    { $when }
    Cih: { $place }
apt-reminder =
    Bîranîn: { $kind }
    { $when }
    Cih: { $place }
    Hûn têne?
apt-changed =
    Randevûya we hate guhertin: { $kind }
    { $when }
    Cih: { $place }
apt-cancelled = Randevûya we hate betalkirin: { $kind }, { $when }
apt-coming = Ez têm
apt-not-coming = Ez nikarim
apt-thanks-coming = Spas! Heta wê demê.
apt-ask-reason = Mixabin. Hûn dixwazin bibêjin çima? Bi kurtî binivîsin, an li „Bê sedem“ bitikînin.
apt-no-reason = Bê sedem
apt-coach-told = Şêwirmendê we agahdar e.
apt-ics-caption = Randevû ji bo salnameya we
apt-closed = Ev randevû derbas bûye an hatiye guhertin.

## To the coach

coach-cant-come = { $name } nikare were: { $kind }, { $when }.
coach-cant-come-reason = { $name } ji bo randevûya { $kind } ya { $when }: „{ $reason }“
coach-no-answer = { $name } bersiva bîranînê neda: { $kind }, { $when }.
coach-unreachable = { $name } êdî bi Telegramê nayê gihîştin (bot hate astengkirin). Peyamên plankirî yên ji bo vî kesî hatin rawestandin.

## Making an appointment (coaches and staff)

apt-choose-participant = Randevû ji bo kê ye?
apt-no-participants = Hîn beşdarên we tune ne. Bi /invite kesekî vexwînin.
apt-ask-when = Kengî? Mînak binivîsin: sibê 9:30, 24.8. 14:00, Dş 10:00
apt-choose-kind = Çi celeb randevû?
apt-ask-place = Li ku? Cih binivîsin, an li „Derbas bike“ bitikînin.
apt-ask-note = Nîşeyek ji bo kesê? Binivîsin, an li „Derbas bike“ bitikînin.
apt-skip = Derbas bike
apt-confirm =
    Randevû ji bo { $name }:
    { $kind }
    { $when }
    Cih: { $place }
    Bi vî awayî tomar bikim?
apt-save = Tomar bike
apt-discard = Bavêje
apt-saved = ✅ Hate tomarkirin. { $name } niha randevûyê distîne û berê bîranînan jî.
apt-discarded = 🗑 Hate avêtin.
apt-not-yours = Ev kes ne ji beşdarên we ye.
when-empty = Ji kerema xwe dîrok û saetekê binivîsin.
when-no-date = Min ev wek dîrok fêm nekir. Mînak: sibê 9:30, 24.8. 14:00, Dş 10:00
when-no-time = Ji kerema xwe saetê jî binivîsin, mînak: 24.8. 14:00
when-bad-date = Ev dîrok tune ye.
when-bad-time = Ev saet tune ye.
when-past = Ev dem êdî derbas bûye.
when-too-far = Ev ji salekê zêdetir dûr e. Ji kerema xwe dîrokeke nêztir hilbijêrin.
when-ambiguous = Ev ne zelal e. Ji kerema xwe dîrokê bi mehê re binivîsin, mînak: 24.8. 14:00

## Lists

apt-list-title = Randevûyên bên:
apt-list-empty = Randevûyên bên tune ne.
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ tê
apt-answer-not-coming = ❌ nikare were
apt-answer-none = ❔ bersiv tune
apt-past-title = Randevûyên borî – ji kerema xwe binivîsin ka kes hat an na:
apt-cancel-button = ✖️ { $n } betal bike
apt-move-button = ✏️ { $n } paş bixe
apt-attended-button = ✅ { $n } hat
apt-missed-button = ❌ { $n } nehat
apt-cancel-done = Hate betalkirin. { $name } dê agahdar bibe.
apt-move-ask = Demeke nû ji bo { $name }? Mînak: sibê 9:30
apt-move-done = Hate paşxistin. { $name } dê agahdar bibe.
