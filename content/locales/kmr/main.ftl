# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Kurmanji Kurdish (Latin script). Same ids and placeholders as the German reference catalogue. Polite "hûn".

## Joining

uninvited = Ev bot tenê bi vexwendinê tê bikaranîn. Ji kerema xwe ji şêwirmendê xwe girêdaneke vexwendinê bixwazin.
invite-unknown = Ev girêdana vexwendinê ne derbasdar e. Ji kerema xwe ji şêwirmendê xwe girêdaneke nû bixwazin.
invite-used = Ev girêdana vexwendinê berê hatiye bikaranîn. Ji kerema xwe ji şêwirmendê xwe girêdaneke nû bixwazin.
invite-expired = Dema vê girêdana vexwendinê derbas bûye. Ji kerema xwe ji şêwirmendê xwe girêdaneke nû bixwazin.
invite-revoked = Ev girêdana vexwendinê hate paşvekişandin. Ji kerema xwe ji şêwirmendê xwe girêdaneke nû bixwazin.
already-joined = Hûn berê tomar bûne. Alîkarî: /help
welcome = Hûn bi xêr hatin Begleiter! Ji kerema xwe zimanê xwe hilbijêrin.
language-question = Ji kerema xwe zimanê xwe hilbijêrin.
language-chosen = Zimanê we: { $language }

## Privacy notice and consent

privacy-notice =
    Parastina daneyan – ji kerema xwe bi aramî bixwînin.

    Tiştên ku em tomar dikin: navê we ji Telegramê, ziman û mîhengên we, randevûyên we, asta hînbûna we û bersivên we yên li ser rewşa we.
    Çima: da ku hûn bîranînan bistînin, almanî hîn bibin û şêwirmendê we di wextê xwe de alîkariya we bike.
    Kî dibîne: şêwirmendê we û karmendên bernameya we. Kesekî din na.
    Heta kengî: heta ku hûn /delete binivîsin, herî dereng 12 meh piştî dawiya beşdariya we.
    Mafên we: /export hemû daneyan nîşanî we dide, /delete wan jê dibe. Beşdariya bernameyê ne girêdayî vî botî ye.
consent-question = Hûn pê razî ne?
consent-yes = Erê, ez razî me
consent-no = Na
consent-thanks = Spas! Hûn dikarin her dem bi /privacy dîsa bixwînin.
consent-declined = Baş e. Em tenê tomar dikin ku we nepejirand. Eger hûn fikra xwe biguherînin, /start binivîsin.
declined-status = We hîn parastina daneyan nepejirandiye. Bê pejirandin bot nikare tiştekî ji bo we bike.
declined-text = We parastina daneyan nepejirand. Ji ber vê yekê ez nikarim peyama we bişînim. Eger hûn fikra xwe biguherînin: /start
consent-status = We di { $date } de pejirand (guherto { $version }).

## Quiet hours and practice time

quiet-hours-question = Kengî em ji we re peyaman neşînin? (dema bêdengiyê)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = Dema bêdengiyê tune
practice-time-question = Hûn dixwazin her roj kengî bi kurtî almanî hîn bibin?
practice-time-value = saet { $time }
setup-done = Qediya! Hûn dikarin her tiştî bi /settings biguherînin.

## Help and menus

help-participant =
    /sos – 🆘 Ez alîkariyê dixwazim
    /checkin – Ez çawa me?
    /appointments – Randevûyên we
    /practice – Almanî hîn bibin (/progress, /level, /topics, /pause)
    /settings – Ziman, dema bêdengiyê, dema perwerdeyê
    /privacy – Parastina daneyan (/export, /delete)
help-coach =
    /participants – Beşdarên we bi nêrînekê
    /appointment – Randevû çêbikin
    /appointments – Randevûyên beşdarên we
    /invite – Beşdaran vexwînin
    /settings – Mîhengên we
    /privacy, /export, /delete – Daneyên we yên xwe
help-staff =
    /duty – Nobeta ji bo hişyariyên krîzê veke/bigire
    /invite – Beşdar, şêwirmend û karmendan vexwînin
    /appointment, /appointments – Randevûyan çêbikin û bibînin
    /participants – Hemû beşdar bi nêrînekê
    /settings – Mîhengên we
    /privacy, /export, /delete – Daneyên we yên xwe
help-onboarding = Ji kerema xwe pêşî bersiva pirsên li jor bidin. Ji nû ve dest pê bikin: /start
unknown-command = Ez vê fermanê nas nakim.
free-text = Min peyama we stand, lê li vir kes wê naxwîne. Şêwirmendê we wê nastîne.
free-text-team = Min peyama we girt, lê li vir kes wê naxwîne: ji kesî re nayê şandin. Tiştên ku hûn li vir dikarin bikin:
not-text = Li vir ez tenê nivîs û bişkokan fêm dikim.
not-allowed = Ev ferman ji bo we ne berdest e.
button-stale = Ev bişkok êdî derbasdar nîne.
cancelled = Hate betalkirin.
nothing-to-cancel = Tiştek tune ku were betalkirin.
error-apology = Bibore, tiştek xelet çû. Ji kerema xwe paşê dîsa biceribînin. Hejmara xeletiyê: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Tomar bibe an ji nû ve dest pê bike
cmd-help = Alîkarî
cmd-language = Ziman biguherîne
cmd-settings = Mîheng
cmd-privacy = Parastina daneyan
cmd-export = Daneyên min wek pel
cmd-delete = Daneyên min jê bibe
cmd-cancel = Betal bike
cmd-invite = Kesekî vexwîne
cmd-appointment = Randevû çêbike
cmd-appointments = Randevû
cmd-participants = Beşdar
cmd-practice = Almanî hîn bibe
cmd-pause = Perwerdeyê rawestîne
cmd-resume = Perwerdeyê bidomîne
cmd-level = Asta min
cmd-topics = Mijarên min
cmd-progress = Pêşketina min

## Settings

settings-overview =
    Mîhengên we:
    Ziman: { $language }
    Dema bêdengiyê: { $quiet }
    Dema perwerdeyê: { $practice }
settings-not-set = nehatiye diyarkirin
settings-change-language = Ziman
settings-change-quiet = Dema bêdengiyê
settings-change-practice = Dema perwerdeyê
settings-saved = Hate tomarkirin.

## Export and delete

export-caption = Daneyên we li Begleiter
export-as-text = Daneyên we li Begleiter (wek nivîs, ji ber ku pel nehat şandin):
delete-question = Hûn bi rastî dixwazin hemû daneyên xwe jê bibin? Ev nayê vegerandin.
delete-yes = Erê, hemûyan jê bibe
delete-no = Na, bihêle
delete-done = Daneyên we hatin jêbirin. Xatirê we! Bi girêdaneke vexwendinê ya nû hûn dikarin vegerin.
delete-kept = Baş e, daneyên we tomarkirî dimînin.
coach-participant-deleted = { $name } daneyên xwe li Begleiter jê birin.
coach-participant-joined = { $name } li Begleiter tomar bû.
someone = Kesek

## Invitations

role-participant = Beşdar
role-coach = Şêwirmend
role-staff = Karmend
invite-choose-role = Hûn dixwazin kê vexwînin?
invite-choose-cohort = Ji bo kîjan komê? Hûn dikarin navekî komeke nû jî binivîsin.
invite-no-cohort = Bê kom
invite-choose-coach = Şêwirmend kî ye?
invite-no-coach = Hîn kes tune
invite-cohort-invalid = Navê komê ji 1 heta 80 tîpan e. Ji kerema xwe navekî din binivîsin.
invite-created =
    Vexwendin ji bo: { $role }
    Kom: { $cohort }
    Derbasdar heta: { $expires }, tenê carekê.

    Vê girêdanê tenê bidin kesê vexwendî:
    { $link }
invite-qr-caption = Koda QR ya vexwendinê (derbasdar heta { $expires })
invite-revoke = Vexwendinê paşve bikişîne
invite-revoked-ok = Vexwendin hate paşvekişandin.
