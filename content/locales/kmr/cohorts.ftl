# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Kurmanji Kurdish.
# Read by staff and coaches only, in their own interface language.

cmd-cohorts = Koman birêve bibe
cohorts-title = Kom. Komekê hilbijêrin an komeke nû çêkin.
cohorts-none = Hîn tu kom tune. Yekê çêkin.
cohorts-new = ➕ Koma nû
cohorts-line = { $name } · Beşdar: { $count }
cohorts-line-archived = 🗄 { $name } (arşîvkirî)
cohorts-card =
    Kom: { $name }
    Beşdar: { $count }
    Check-in: { $when }
cohorts-card-archived = Arşîvkirî: Ev kom êdî di vexwendinan de nayê pêşkêşkirin.
cohorts-languages = Ziman: { $mix }
cohorts-checkin-default = wek mîhenga standard
cohorts-checkin-at = { $date }, saet { $time }
cohorts-rename = ✏️ Navê biguherîne
cohorts-archive = 🗄 Arşîv bike
cohorts-restore = ♻️ Vegerîne
cohorts-checkin = 🕘 Dema check-inê
cohorts-invite = 🔗 Girêdana vexwendinê
cohorts-move = 🔀 Beşdaran veguhezîne
cohorts-back = ← Hemû kom
cohorts-ask-name = Navê koma nû çi be? Navê binivîsin (herî zêde 80 tîp). Betal kirin: /cancel
cohorts-ask-rename = Navê koma „{ $name }“ çi be? Navê nû binivîsin (herî zêde 80 tîp). Betal kirin: /cancel
cohorts-name-taken = Komeke bi navê „{ $name }“ jixwe heye. Ji kerema xwe navekî din binivîsin.
cohorts-name-bad = Ji kerema xwe navekî bi 1 heta 80 tîpan binivîsin.
cohorts-created = Koma „{ $name }“ hate çêkirin.
cohorts-renamed = Navê komê niha „{ $name }“ ye.
cohorts-archived = Koma „{ $name }“ hate arşîvkirin. Beşdarên wê tê de dimînin.
cohorts-restored = Koma „{ $name }“ dîsa çalak e.
cohorts-choose-day = Check-in ji bo „{ $name }“: kîjan roj?
cohorts-choose-time = Check-in ji bo „{ $name }“, { $date }: saet çend?
cohorts-checkin-reset = Wek mîhenga standard
cohorts-checkin-saved = Check-in ji bo „{ $name }“: { $when }.
cohorts-day-0 = Duşem
cohorts-day-1 = Sêşem
cohorts-day-2 = Çarşem
cohorts-day-3 = Pêncşem
cohorts-day-4 = În
cohorts-day-5 = Şemî
cohorts-day-6 = Yekşem
cohorts-link =
    Girêdana vexwendinê ji bo koma „{ $name }“
    Tomarbûnên gengaz: { $count } · derbasdar heta { $expires }
    { $link }
cohorts-link-qr = Koda QR ji bo koma „{ $name }“
cohorts-link-archived = Ev kom arşîvkirî ye. Ji bo wê vexwendinên nû tune.
cohorts-move-choose = Hûn dixwazin kê ji „{ $name }“ veguhezînin?
cohorts-move-empty = Niha kes di „{ $name }“ de tune.
cohorts-move-target = { $name } biçe kîjan komê? Şêwirmend wek xwe dimîne.
cohorts-no-cohort = Bê kom
cohorts-moved = { $name } niha di koma „{ $cohort }“ de ye. Şêwirmend wek xwe dimîne.
cohorts-moved-none = { $name } niha di tu komê de nîne. Şêwirmend wek xwe dimîne.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Şêwirmendekî din
reassign-choose-coach = Ji niha pê ve kî şêwirmendiya { $name } bike?
reassign-no-coaches = Şêwirmendekî din ê çalak tune.
reassign-done = Ji niha pê ve { $coach } şêwirmendiya { $name } dike. Hişyariyên vekirî jî pê re çûn; herdu jî hatin agahdarkirin.
reassign-same = { $coach } jixwe şêwirmendiya { $name } dike.
reassign-to-new-coach = Niha hûn şêwirmendiya { $name } dikin (berê: { $coach }). Hişyariyên vekirî yên derbarê wê de niha li cem we ne: /alerts
reassign-to-old-coach = Ji niha pê ve { $coach } şêwirmendiya { $name } dike. Hûn êdî daneyên wê nabînin.
