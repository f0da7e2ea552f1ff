# Machine-made translation: needs review by a native speaker before production use.
## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Fariin u dir la-taliyahayga
talk-write-ask = Fariintaada u qor { $name }, luqaddaada haddii aad rabto. Waxaad sidoo kale soo diri kartaa sawir ama fariin cod ah.
talk-write-ask-team = Fariintaada u qor kooxda, luqaddaada haddii aad rabto. Waxaad sidoo kale soo diri kartaa sawir ama fariin cod ah.
talk-ask = Ma u diraa tan { $name }? Jawaabtaada waan xusuusan doonaa mar dambe.
talk-ask-team = Ma u diraa tan kooxda? Jawaabtaada waan xusuusan doonaa mar dambe.
talk-yes = ✉️ Haa, dir
talk-no = Maya
talk-send-anyway = ✉️ Si kastaba dir
talk-sent = Waa loo diray { $name } ✓
talk-sent-team = Waa loo diray kooxda ✓
talk-not-sent = Tan ma gudbin. Fariin loogu talagalay la-taliyahaaga: /message
talk-kept = Waa hagaag, waxba ma diri doono. Fariin loogu talagalay la-taliyahaaga: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Sawir (lama turjumin)
talk-media-voice = 🎤 Fariin cod ah (lama turjumin)
talk-media-audio = 🎵 Cod (lama turjumin)
talk-media-video = 🎬 Fiidiyow (lama turjumin)
talk-media-document = 📎 Fayl (lama turjumin)

talk-not-forwardable = Istiikarrada iyo goobaha ma gudbin karo. Qoraalka, sawirrada iyo fariimaha codka ah waxay gaaraan la-taliyahaaga.
