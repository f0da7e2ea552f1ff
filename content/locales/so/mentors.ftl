# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Somali.

role-mentor = La-taliye tabarruc
mentors-help =
    /participants – ka-qaybgalayaashaada iyo ballamahooda soo socda; halkaas uga qor
    /contacts – dadka lala xiriiro ee barnaamijka
    /settings – dejintaada
    /privacy, /export, /delete – xogtaada gaarka ah
mentors-list-title = Ka-qaybgalayaashaada ({ $count }): magacyada iyo ballamaha soo socda.
mentors-empty = Weli qofna laguuma qoondayn. Kooxda ayaa kuu qoondayn doonta ka-qaybgalayaal.
mentors-no-appointments = ballan lama qorsheyn
mentors-write = ✍️ U qor { $name }
mentors-answer-goes-to-coach = Haddii qofku jawaabo, jawaabtu waxay u tagaysaa la-taliyihiisa ({ $name }), adiga maaha.
mentors-answer-goes-to-team = Haddii qofku jawaabo, jawaabtu waxay u tagaysaa kooxda, adiga maaha.
mentors-relay-from = Fariin ka timid la-taliyahaaga tabarruca { $name }:
mentors-link-button = 🤝 Qoondee la-taliye
mentors-choose = Kee la-taliye ayaa la socda { $name }? ✓ waxay ka dhigan tahay: horay loo qoondeeyay; taabasho ayaa ka qaadaysa.
mentors-none-yet = Weli ma jiro la-taliye tabarruc ah. Ku casuun qof /invite.
mentors-linked = Waa la qoondeeyay: la-taliyaha hadda wuxuu arkaa { $name } magaca iyo ballamaha, wuuna u qori karaa.
mentors-unlinked = Qoondaynta { $name } waa laga qaaday.
mentors-new-mentee = { $name } hadda waa laguu qoondeeyay. Magacyada iyo ballamaha waxaad ka aragtaa /participants.
