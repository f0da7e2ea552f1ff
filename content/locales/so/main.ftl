# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Somali. Same ids and placeholders as the German reference catalogue.

## Joining

uninvited = Bot-kan waxaa lagu isticmaali karaa martiqaad kaliya. Fadlan la-taliyahaaga weydii xiriir martiqaad.
invite-unknown = Xiriirkan martiqaadku ma shaqeynayo. Fadlan la-taliyahaaga weydii xiriir cusub.
invite-used = Xiriirkan martiqaadka horey ayaa loo isticmaalay. Fadlan la-taliyahaaga weydii xiriir cusub.
invite-expired = Xiriirkan martiqaadku wuu dhacay. Fadlan la-taliyahaaga weydii xiriir cusub.
invite-revoked = Xiriirkan martiqaadka waa la laalay. Fadlan la-taliyahaaga weydii xiriir cusub.
already-joined = Horey ayaad isu diiwaangelisay. Caawimaad: /help
welcome = Ku soo dhowow Begleiter! Fadlan dooro luqaddaada.
language-question = Fadlan dooro luqaddaada.
language-chosen = Luqaddaada: { $language }

## Privacy notice and consent

privacy-notice =
    Ilaalinta xogta – fadlan si deggan u akhri.

    Waxa aan keydinno: magacaaga Telegram, luqaddaada iyo dejintaada, ballamahaaga, heerka waxbarashadaada iyo jawaabahaaga su'aalaha ku saabsan xaaladdaada.
    Sababta: si aad u hesho xusuusino, aad Jarmal ugu tababarato, la-taliyahaaguna uu waqtigii kuu caawiyo.
    Cidda aragta: la-taliyahaaga iyo shaqaalaha barnaamijkaaga. Cid kale maya.
    Muddada: ilaa aad qorto /delete, ugu dambeyn 12 bilood kadib dhammaadka ka-qaybgalkaaga.
    Xuquuqdaada: /export wuxuu ku tusaa dhammaan xogta, /delete wuu tirtiraa. Ka-qaybgalka barnaamijku kuma xirna bot-kan.
consent-question = Ma ku raacsan tahay?
consent-yes = Haa, waan raacsanahay
consent-no = Maya
consent-thanks = Mahadsanid! Wakhti kasta waxaad ku akhrin kartaa /privacy.
consent-declined = Waa hagaag. Waxaan keydinnaa kaliya inaadan oggolaan. Haddii aad fikirkaaga beddesho, qor /start.
declined-status = Weli ma aadan oggolaan ilaalinta xogta. Oggolaansho la'aan bot-ku waxba kuuma qaban karo.
declined-text = Ma aadan oggolaan ilaalinta xogta. Sidaas darteed fariintaada ma gudbin karo. Haddii aad fikirkaaga beddesho: /start
consent-status = Waxaad oggolaatay { $date } (nooca { $version }).

## Quiet hours and practice time

quiet-hours-question = Goorma ayaanan kuu soo dirin fariimo? (waqti nasasho)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = Waqti nasasho ma jiro
practice-time-question = Goorma ayaad rabtaa inaad maalin kasta wax yar Jarmal ku tababarato?
practice-time-value = saacadda { $time }
setup-done = Dhammaatay! Wax walba waxaad ku beddeli kartaa /settings.

## Help and menus

help-participant =
    /sos – 🆘 Caawimaad ayaan u baahanahay
    /checkin – Sidee baan ahay?
    /appointments – Ballamahaaga
    /practice – Jarmal ku tababaro (/progress, /level, /topics, /pause)
    /settings – Luqadda, waqtiga nasashada, waqtiga layliga
    /privacy – Ilaalinta xogta (/export, /delete)
help-coach =
    /participants – Ka-qaybgalayaashaada hal mar
    /appointment – Samee ballan
    /appointments – Ballamaha ka-qaybgalayaashaada
    /invite – Martiqaad ka-qaybgalayaal
    /settings – Dejintaada
    /privacy, /export, /delete – Xogtaada gaarka ah
help-staff =
    /duty – Shaqo-diyaar digniinaha xaaladaha adag shid/dami
    /invite – Martiqaad ka-qaybgalayaal, la-taliyeyaal iyo shaqaale
    /appointment, /appointments – Samee oo eeg ballamo
    /participants – Dhammaan ka-qaybgalayaasha hal mar
    /settings – Dejintaada
    /privacy, /export, /delete – Xogtaada gaarka ah
help-onboarding = Fadlan marka hore ka jawaab su'aalaha kore. Dib u bilow: /start
unknown-command = Amarkan ma aqaan.
free-text = Fariintaada waan helay, laakiin halkan cidna ma akhrido. La-taliyahaagu ma helayo.
free-text-team = Fariintaada waan helay, laakiin halkan cidna ma akhrido: qofna looma gudbiyo. Waxa aad halkan ku samayn karto:
not-text = Halkan waxaan fahmi karaa qoraal iyo badhamo kaliya.
not-allowed = Amarkani kuuma furna.
button-stale = Badhankani hadda ma shaqeeyo.
cancelled = Waa la joojiyay.
nothing-to-cancel = Wax la joojiyo ma jiraan.
error-apology = Raali ahow, wax ayaa khaldamay. Fadlan mar kale isku day goor dambe. Lambarka khaladka: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = Is diiwaangeli ama dib u bilow
cmd-help = Caawimaad
cmd-language = Beddel luqadda
cmd-settings = Dejinta
cmd-privacy = Ilaalinta xogta
cmd-export = Xogtayda fayl ahaan
cmd-delete = Tirtir xogtayda
cmd-cancel = Jooji
cmd-invite = Qof martiqaad
cmd-appointment = Samee ballan
cmd-appointments = Ballamo
cmd-participants = Ka-qaybgalayaal
cmd-practice = Jarmal ku tababaro
cmd-pause = Hakad geli layliyada
cmd-resume = Sii wad layliyada
cmd-level = Heerkayga
cmd-topics = Mawduucyadayda
cmd-progress = Horumarkayga

## Settings

settings-overview =
    Dejintaada:
    Luqadda: { $language }
    Waqtiga nasashada: { $quiet }
    Waqtiga layliga: { $practice }
settings-not-set = lama dejin
settings-change-language = Luqadda
settings-change-quiet = Waqtiga nasashada
settings-change-practice = Waqtiga layliga
settings-saved = Waa la keydiyay.

## Export and delete

export-caption = Xogtaada ku jirta Begleiter
export-as-text = Xogtaada ku jirta Begleiter (qoraal ahaan, maxaa yeelay fayl lama diri karin):
delete-question = Ma hubtaa inaad tirtirto dhammaan xogtaada? Dib looma celin karo.
delete-yes = Haa, tirtir wax walba
delete-no = Maya, hay
delete-done = Xogtaada waa la tirtiray. Nabad gelyo! Xiriir martiqaad cusub ayaad ku soo laaban kartaa.
delete-kept = Waa hagaag, xogtaadu way keydsan tahay.
coach-participant-deleted = { $name } wuxuu tirtiray xogtiisa Begleiter.
coach-participant-joined = { $name } wuxuu iska diiwaangeliyay Begleiter.
someone = Qof

## Invitations

role-participant = Ka-qaybgale
role-coach = La-taliye
role-staff = Shaqaale
invite-choose-role = Yaad rabtaa inaad martiqaaddo?
invite-choose-cohort = Kooxdee? Waxaad sidoo kale qori kartaa magac koox cusub.
invite-no-cohort = Koox la'aan
invite-choose-coach = Yaa ah la-taliyaha?
invite-no-coach = Weli cidna
invite-cohort-invalid = Magaca kooxdu wuxuu leeyahay 1 ilaa 80 xaraf. Fadlan qor magac kale.
invite-created =
    Martiqaad loogu talagalay: { $role }
    Kooxda: { $cohort }
    Wuu shaqeynayaa ilaa: { $expires }, hal mar kaliya.

    Xiriirkan sii kaliya qofka la martiqaaday:
    { $link }
invite-qr-caption = Koodhka QR ee martiqaadka (wuu shaqeynayaa ilaa { $expires })
invite-revoke = Laal martiqaadka
invite-revoked-ok = Martiqaadka waa la laalay.
