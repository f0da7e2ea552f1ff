# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts, the programme's contact people by topic – Tigrinya.
# The people themselves (name, role, phone, e-mail, hours) are data in content/contacts.yaml.

cmd-contacts = ተራኸብቲ ሰባት ኣብ መርበብ
contacts-title = ተራኸብቲ ሰባት። ኣርእስቲ ምረጹ።
contacts-topic-work = ስራሕ ምርካብ
contacts-topic-education = ትምህርትን ቤት ትምህርትን
contacts-topic-mentors = ናይ ሞያ ሓገዝቲ
contacts-topic-volunteers = ወለንታውያንን ናይ ምውህሃድ መራሕትን
contacts-topic-housing = ገዛ
contacts-heading = ተራኸብቲ ሰባት: { $kind }
contacts-phone = ስልኪ: { $text }
contacts-email = ኢመይል: { $text }
contacts-hours = ዝርከቡሉ ግዜ: { $time }
contacts-back = ኩሎም ኣርእስታት
contacts-missing = እቲ ዝርዝር ሕጂ የለን። በጃኹም ንኣማኻሪኹም ሕተቱ።
