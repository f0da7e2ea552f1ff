# The network around the participant: /contacts – English.

cmd-contacts = Contact people in the network
contacts-title = Contact people. Choose a topic.
contacts-topic-work = Finding work
contacts-topic-education = Education and school
contacts-topic-mentors = Job buddies (Berufspaten)
contacts-topic-volunteers = Volunteering and integration guides
contacts-topic-housing = Housing
contacts-heading = Contact people: { $kind }
contacts-phone = Phone: { $text }
contacts-email = E-mail: { $text }
contacts-hours = Available: { $time }
contacts-back = All topics
contacts-missing = The list is not available right now. Please ask your coach.
