# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts, the programme's contact people by topic – Kurmanji Kurdish.
# The people themselves (name, role, phone, e-mail, hours) are data in content/contacts.yaml.

cmd-contacts = Kesên têkiliyê di torê de
contacts-title = Kesên têkiliyê. Mijarekê hilbijêrin.
contacts-topic-work = Kar dîtin
contacts-topic-education = Perwerde û dibistan
contacts-topic-mentors = Rêberên pîşeyî
contacts-topic-volunteers = Xebata dilxwazî û rêberên entegrasyonê
contacts-topic-housing = Xanî
contacts-heading = Kesên têkiliyê: { $kind }
contacts-phone = Têlefon: { $text }
contacts-email = E-name: { $text }
contacts-hours = Dema gihîştinê: { $time }
contacts-back = Hemû mijar
contacts-missing = Lîste niha tune. Ji kerema xwe ji şêwirmendê xwe bipirsin.
