# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Kurmanji.

## The list

caseload-title = Beşdarên we ({ $total }), rûpel { $page } ji { $pages }:
caseload-title-staff = Hemû beşdar ({ $total }), rûpel { $page } ji { $pages }:
caseload-empty = Hîn beşdarên we tune ne. Bi /invite hûn girêdaneke vexwendinê çêdikin; yê ku pê tevlî dibe û dipejirîne li vir xuya dike.
caseload-empty-staff = Hîn beşdarên çalak tune ne. Bi /invite hûn girêdaneke vexwendinê çêdikin; yê ku pê tevlî dibe û dipejirîne li vir xuya dike.
caseload-line =
    { $marker }{ $name }
    cara dawî çalak: { $seen } · rêza perwerdeyê: { $streak } · randevûya din: { $next }
caseload-line-coach = Şêwirmend: { $coach }
caseload-seen =
    { $days ->
        [0] îro
        [1] duh
       *[other] { $days } roj berê
    }
caseload-seen-never = qet
caseload-next-none = tune
caseload-prev = ◀ Paş
caseload-next = Pêş ▶

## A participant's card

caseload-card =
    👤 { $name }
    Ziman: { $language } · Kom: { $cohort }
    Şêwirmend: { $coach }
    Cara dawî çalak: { $seen }
    Almanî: asta { $level }, rêza perwerdeyê: { $streak }
caseload-none = tune
caseload-checkins-title = Check-inên dawî:
caseload-checkins-none = Hîn check-inên dagirtî tune ne.
caseload-checkin-line = { $date }: rewş { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = nehatiye gotin
caseload-checkin-flags = { $marker } Balkêş: { $reasons }
caseload-checkin-text = Nivîs ({ $language }): „{ $text }“
caseload-checkin-translation = Wergera makîneyê (dibe ku şaşî tê de hebin): „{ $text }“
caseload-appointments-title = Randevûyên din:
caseload-appointments-none = Ti randevû nehatiye plankirin.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Hişyariyên vekirî ({ $count }):
caseload-alerts-none = Hişyariyên vekirî tune ne.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Check-in (kontrol)
caseload-source-help-button = Bişkoka alîkariyê
caseload-source-message = Peyam
caseload-rule-keywords = Peyva girîng di nivîsê de
caseload-rule-unknown = bê agahî
caseload-notes-title = Nîşe:
caseload-notes-none = Hîn nîşe tune ne.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Rewşa { $name } { $weeks ->
        [one] di hefteya dawî de
       *[other] di { $weeks } hefteyên dawî de
    } (li çepê ya herî kevn, · = bersiv tune): { $line }
caseload-write = ✍️ Binivîse
caseload-note = 📝 Nîşe
caseload-back = ⬅ Vegere lîsteyê
caseload-open-card = Kartê veke

## Notes

caseload-note-ask = Nîşeya we derbarê { $name }: wek yek peyam binivîsin (herî zêde { $max } tîp). Betal: /cancel
caseload-note-too-long = Ev nîşe { $length } tîp e, herî zêde { $max } dikevin. Ji kerema xwe kurt bikin û dîsa bişînin. Betal: /cancel
caseload-note-saved = Nîşeya derbarê { $name } hate tomarkirin.
caseload-note-gone = Ev kes êdî ne di lîsteya we de ye. Nîşe nehat tomarkirin.
