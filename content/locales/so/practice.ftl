# Machine-made translation: needs review by a native speaker before production use.
# German practice – Somali.

practice-prompt =
    Waqtigii Jarmalka! { $count ->
        [one] Hal layli oo gaaban
       *[other] { $count } layli oo gaagaaban
    }, qiyaastii laba daqiiqo.
practice-nudge = Muddo dheer kuma aanan arag! Ma rabtaa inaad maanta mar kale wax yar Jarmal ku tababarato?
practice-start = Aan bilowno
practice-later = Maanta maya
practice-later-ok = Dhib malaha. Ilaa berri!
practice-placement-intro = Marka hore imtixaan gaaban, si layliyadu kuugu habboonaadaan.
practice-card =
    Eray cusub: { $word }
    Tusaale: { $example }
practice-card-plain = Eray cusub: { $word }
practice-known = Waan aqaan
practice-unknown = Weli maya
practice-gap = Maxaa ka maqan? Qor erayga.
practice-reply = Maxaad ku jawaabaysaa? Qor jumlad.
practice-say = Sidee Jarmal loogu dhahaa? Qor jumladda.
practice-choice = Taabo jawaabta saxda ah.
practice-typed-send = ✉️ U dir { $name }
practice-typed-send-team = ✉️ U dir kooxda
practice-show-gloss = Luqaddayda
practice-hint = Tilmaan
practice-skip = Ka bood
practice-right = Waa sax!
practice-right-spelling = Waa sax! Sidan ayaa loo qoraa: { $expected }
practice-wrong = Si buuxda maaha. Saxda waa: { $expected }
practice-card-known = Aad u fiican!
practice-card-again = Dhib malaha, erayga dhowaan ayuu soo laabanayaa.
practice-placed = Heerkaaga: { $level }. Waxaad ku beddeli kartaa /level.
practice-paused = Hakad: layliyo ma heli doontid ilaa aad qorto /resume.
practice-resumed = Aan sii wadno! Mar kale ayaad layliyo heli doontaa.
practice-level-ask = Heerkee ayaad rabtaa inaad ku tababarato? Hadda: { $level }
practice-level-set = Heerkaaga: { $level }.
practice-topics-ask = Mawduucyadee ayaad rabtaa inaad ku tababarato? Taabo kadibna "Dhammaatay".
practice-topics-all = Dhammaan mawduucyada
practice-topics-done = Dhammaatay
practice-topics-set = Waa la keydiyay.
practice-progress =
    Taxane: { $streak ->
        [one] { $streak } maalin
       *[other] { $streak } maalmood
    } (ugu fiican: { $best })
    La bartay: { $learned }
    Maanta in lagu celiyo: { $due }
    Toddobaadkan: { $right } ka mid ah { $total } waa sax
    Heerka: { $level }
practice-level-open = weli lama go'aamin
practice-type-answer = Fadlan jawaabta u qor qoraal ahaan.
practice-level-whom = Yaad rabtaa inaad u dejiso heerka?
practice-level-of = Heerka { $name }: { $level }. Heer cusub?
practice-level-of-set = Heerka { $name }: { $level }.
