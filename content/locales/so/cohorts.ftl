# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Somali.
# Read by staff and coaches only, in their own interface language.

cmd-cohorts = Maamul kooxaha
cohorts-title = Kooxaha. Dooro koox ama samee koox cusub.
cohorts-none = Weli koox ma jirto. Samee mid.
cohorts-new = ➕ Koox cusub
cohorts-line = { $name } · Ka-qaybgalayaal: { $count }
cohorts-line-archived = 🗄 { $name } (kaydsan)
cohorts-card =
    Kooxda: { $name }
    Ka-qaybgalayaal: { $count }
    Check-in: { $when }
cohorts-card-archived = Kaydsan: kooxdan lagama sii bixiyo martiqaadyada.
cohorts-languages = Luqadaha: { $mix }
cohorts-checkin-default = sida caadiga loo dejiyay
cohorts-checkin-at = { $date }, saacadda { $time }
cohorts-rename = ✏️ Magaca beddel
cohorts-archive = 🗄 Kaydi
cohorts-restore = ♻️ Soo celi
cohorts-checkin = 🕘 Waqtiga check-in-ka
cohorts-invite = 🔗 Xiriirka martiqaadka
cohorts-move = 🔀 Wareeji ka-qaybgalayaasha
cohorts-back = ← Dhammaan kooxaha
cohorts-ask-name = Kooxda cusub maxay magaceedu ahaanayaa? Qor magaca (ugu badnaan 80 xaraf). Jooji: /cancel
cohorts-ask-rename = Kooxda „{ $name }“ maxay magaceedu ahaanayaa? Qor magaca cusub (ugu badnaan 80 xaraf). Jooji: /cancel
cohorts-name-taken = Koox la yiraahdo „{ $name }“ horay ayay u jirtaa. Fadlan qor magac kale.
cohorts-name-bad = Fadlan qor magac leh 1 ilaa 80 xaraf.
cohorts-created = Kooxda „{ $name }“ waa la sameeyay.
cohorts-renamed = Kooxda hadda waxaa la yiraahdaa „{ $name }“.
cohorts-archived = Kooxda „{ $name }“ waa la kaydiyay. Ka-qaybgalayaasheedu way ku sii jiraan.
cohorts-restored = Kooxda „{ $name }“ mar kale way firfircoon tahay.
cohorts-choose-day = Check-in-ka „{ $name }“: maalintee?
cohorts-choose-time = Check-in-ka „{ $name }“ { $date }: saacaddee?
cohorts-checkin-reset = Sida caadiga ah
cohorts-checkin-saved = Check-in-ka „{ $name }“: { $when }.
cohorts-day-0 = Isniin
cohorts-day-1 = Talaado
cohorts-day-2 = Arbaco
cohorts-day-3 = Khamiis
cohorts-day-4 = Jimco
cohorts-day-5 = Sabti
cohorts-day-6 = Axad
cohorts-link =
    Xiriirka martiqaadka ee kooxda „{ $name }“
    Is-diiwaangelinta suurtagalka ah: { $count } · wuu shaqaynayaa ilaa { $expires }
    { $link }
cohorts-link-qr = Koodhka QR ee kooxda „{ $name }“
cohorts-link-archived = Kooxdan waa la kaydiyay. Martiqaad cusub uma jiro.
cohorts-move-choose = Yaad ka wareejinaysaa „{ $name }“?
cohorts-move-empty = Hadda cidna kuma jirto „{ $name }“.
cohorts-move-target = { $name } kooxdee ayay u wareegaysaa? La-taliyuhu isma beddelayo.
cohorts-no-cohort = Koox la'aan
cohorts-moved = { $name } hadda waxay ku jirtaa kooxda „{ $cohort }“. La-taliyuhu isma beddelayo.
cohorts-moved-none = { $name } hadda kuma jirto koox. La-taliyuhu isma beddelayo.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 La-taliye kale
reassign-choose-coach = Yaa mustaqbalka la-talin doona { $name }?
reassign-no-coaches = Ma jiro la-taliye kale oo firfircoon.
reassign-done = { $name } hadda waxaa la-taliya { $coach }. Digniinaha furan way la wareegeen; labadoodaba waa la ogeysiiyay.
reassign-same = { $coach } horay ayuu ula-talinayay { $name }.
reassign-to-new-coach = Hadda adiga ayaa la-talinaya { $name } (hore: { $coach }). Digniinaha furan ee iyada ku saabsan hadda adiga ayay kuu yaalaan: /alerts
reassign-to-old-coach = { $name } hadda waxaa la-taliya { $coach }. Xogteeda mar dambe ma arkaysid.
