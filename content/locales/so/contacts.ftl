# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts, the programme's contact people by topic – Somali.
# The people themselves (name, role, phone, e-mail, hours) are data in content/contacts.yaml.

cmd-contacts = Dadka la xiriiro ee shabakadda
contacts-title = Dadka la xiriiro. Dooro mawduuc.
contacts-topic-work = Shaqo raadin
contacts-topic-education = Waxbarasho iyo dugsi
contacts-topic-mentors = Hagayaal shaqo
contacts-topic-volunteers = Tabarruc iyo hagayaal is-dhexgal
contacts-topic-housing = Guri
contacts-heading = Dadka la xiriiro: { $kind }
contacts-phone = Telefoon: { $text }
contacts-email = Iimayl: { $text }
contacts-hours = Goorta la heli karo: { $time }
contacts-back = Dhammaan mawduucyada
contacts-missing = Liisku hadda ma jiro. Fadlan weydii la-taliyahaaga.
