# Machine-made translation: needs review by a native speaker before production use.
# The persistent reply keyboard, the short privacy notice, small questions – Kurmanji.

## Reply keyboard words (an emoji goes before them)

menu-sos = Alîkarî
menu-appointments = Randevû
menu-practice = Perwerde
menu-coach = Şêwirmendî
menu-participants = Beşdar
menu-alerts = Hişyariyên vekirî

## Privacy notice, the short layer

privacy-short =
    Parastina daneyan bi kurtî:
    Em navê we, zimanê we, randevû, asta hînbûnê û bersivên li ser rewşê tomar dikin.
    Tenê şêwirmendê we û karmendên bernameya we van dibînin.
    Bi /export hûn her tiştî distînin, bi /delete hûn her tiştî jê dibin.
privacy-more = Bêtir bixwîne

## Practice time and quiet hours

practice-time-in-quiet = Ev dem di dema bêdengiya we de ye. Ji kerema xwe demeke din a perwerdeyê hilbijêrin.
practice-time-now-in-quiet = Dema perwerdeya we niha di dema bêdengiya we de ye. Ji kerema xwe demeke nû hilbijêrin.

## A new group in /invite

invite-cohort-confirm = Koma nû „{ $name }“ çêbikim?
invite-cohort-create = Erê, çêbike
invite-cohort-other = Na, navekî din
