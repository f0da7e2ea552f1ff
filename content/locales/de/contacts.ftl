# The network around the participant: /contacts, the programme's contact people by topic.
# The people themselves (name, role, phone, e-mail, hours) are data in content/contacts.yaml.

cmd-contacts = Ansprechpersonen im Netzwerk
contacts-title = Ansprechpersonen. Wählen Sie ein Thema.
contacts-topic-work = Arbeit finden
contacts-topic-education = Bildung und Schule
contacts-topic-mentors = Berufspaten
contacts-topic-volunteers = Ehrenamt und Integrationslotsen
contacts-topic-housing = Wohnen
contacts-heading = Ansprechpersonen: { $kind }
contacts-phone = Telefon: { $text }
contacts-email = E-Mail: { $text }
contacts-hours = Erreichbar: { $time }
contacts-back = Alle Themen
contacts-missing = Die Liste ist gerade nicht da. Bitte fragen Sie Ihre Beratung.
