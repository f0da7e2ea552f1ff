# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Somali.

## The list

caseload-title = Ka-qaybgalayaashaada ({ $total }), bogga { $page } ee { $pages }:
caseload-title-staff = Dhammaan ka-qaybgalayaasha ({ $total }), bogga { $page } ee { $pages }:
caseload-empty = Weli ma lihid ka-qaybgalayaal. /invite waxay sameysaa xiriir martiqaad; qofkii ku soo biira oo oggolaada halkan ayuu ka muuqanayaa.
caseload-empty-staff = Weli ma jiraan ka-qaybgalayaal firfircoon. /invite waxay sameysaa xiriir martiqaad; qofkii ku soo biira oo oggolaada halkan ayuu ka muuqanayaa.
caseload-line =
    { $marker }{ $name }
    markii ugu dambeysay firfircoon: { $seen } · taxanaha layliga: { $streak } · ballanta xigta: { $next }
caseload-line-coach = La-taliye: { $coach }
caseload-seen =
    { $days ->
        [0] maanta
        [1] shalay
       *[other] { $days } maalmood ka hor
    }
caseload-seen-never = weligii
caseload-next-none = midna
caseload-prev = ◀ Dib
caseload-next = Xiga ▶

## A participant's card

caseload-card =
    👤 { $name }
    Luqadda: { $language } · Kooxda: { $cohort }
    La-taliye: { $coach }
    Markii ugu dambeysay firfircoon: { $seen }
    Jarmal: heerka { $level }, taxanaha layliga: { $streak }
caseload-none = midna
caseload-checkins-title = Check-in-yadii ugu dambeeyay:
caseload-checkins-none = Weli check-in la buuxiyay ma jiro.
caseload-checkin-line = { $date }: xaaladda { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = lama sheegin
caseload-checkin-flags = { $marker } Muuqda: { $reasons }
caseload-checkin-text = Qoraal ({ $language }): "{ $text }"
caseload-checkin-translation = Turjumaad mashiin (khaladaad ayay yeelan kartaa): "{ $text }"
caseload-appointments-title = Ballamaha xiga:
caseload-appointments-none = Ballamo lama qorsheyn.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Digniinaha furan ({ $count }):
caseload-alerts-none = Digniin furan ma jirto.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = Check-in-ka
caseload-source-help-button = Badhanka caawimaadda
caseload-source-message = Fariin
caseload-rule-keywords = Eray muhiim ah oo qoraalka ku jira
caseload-rule-unknown = sabab la'aan
caseload-notes-title = Qoraallo:
caseload-notes-none = Weli qoraallo ma jiraan.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Xaaladda { $name } { $weeks ->
        [one] toddobaadkii la soo dhaafay
       *[other] { $weeks }-dii toddobaad ee la soo dhaafay
    } (bidixda kan ugu da'da weyn, · = jawaab la'aan): { $line }
caseload-write = ✍️ Qor
caseload-note = 📝 Qoraal
caseload-back = ⬅ Ku noqo liiska
caseload-open-card = Fur kaarka

## Notes

caseload-note-ask = Qoraalkaaga ku saabsan { $name }: u qor hal fariin ahaan (ugu badnaan { $max } xaraf). Jooji: /cancel
caseload-note-too-long = Qoraalkani wuxuu leeyahay { $length } xaraf, ugu badnaan { $max } ayaa la oggol yahay. Fadlan soo gaabi oo mar kale dir. Jooji: /cancel
caseload-note-saved = Qoraalka ku saabsan { $name } waa la keydiyay.
caseload-note-gone = Qofkani kuma jiro liiskaaga. Qoraalka lama keydin.
