# Machine-made translation: needs review by a native speaker before production use.
# The persistent reply keyboard, the short privacy notice, small questions – Somali.

## Reply keyboard words (an emoji goes before them)

menu-sos = Caawimaad
menu-appointments = Ballamo
menu-practice = Layli
menu-coach = La-talin
menu-participants = Ka-qaybgalayaal
menu-alerts = Digniino furan

## Privacy notice, the short layer

privacy-short =
    Ilaalinta xogta oo kooban:
    Waxaan keydinnaa magacaaga, luqaddaada, ballamaha, heerka waxbarashada iyo jawaabaha xaaladda.
    Waxaa arka kaliya la-taliyahaaga iyo shaqaalaha barnaamijkaaga.
    /export waxaad ku heshaa wax walba, /delete waad ku tirtirtaa wax walba.
privacy-more = Akhri wax badan

## Practice time and quiet hours

practice-time-in-quiet = Waqtigani wuxuu ku jiraa waqtigaaga nasashada. Fadlan dooro waqti layli oo kale.
practice-time-now-in-quiet = Waqtiga layligaagu hadda wuxuu ku jiraa waqtigaaga nasashada. Fadlan dooro waqti layli cusub.

## A new group in /invite

invite-cohort-confirm = Ma la sameeyaa koox cusub "{ $name }"?
invite-cohort-create = Haa, samee
invite-cohort-other = Maya, magac kale
