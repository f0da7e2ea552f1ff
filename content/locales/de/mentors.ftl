# Mentors (volunteer Berufspaten, Integrationslotsen) – German reference.
# mentors-relay-from is read by participants (simple German); the rest by mentors and staff.

role-mentor = Mentorin/Mentor
mentors-help =
    /participants – Ihre Teilnehmenden und ihre nächsten Termine; dort schreiben Sie ihnen
    /contacts – Ansprechpersonen im Programm
    /settings – Ihre Einstellungen
    /privacy, /export, /delete – Ihre eigenen Daten
mentors-list-title = Ihre Teilnehmenden ({ $count }): Namen und die nächsten Termine.
mentors-empty = Ihnen ist noch niemand zugeordnet. Das Team ordnet Ihnen Teilnehmende zu.
mentors-no-appointments = keine Termine geplant
mentors-write = ✍️ An { $name } schreiben
mentors-answer-goes-to-coach = Antwortet die Person, geht ihre Antwort an ihre Beratung ({ $name }), nicht an Sie.
mentors-answer-goes-to-team = Antwortet die Person, geht ihre Antwort an das Team, nicht an Sie.
mentors-relay-from = Nachricht von Ihrer Mentorin oder Ihrem Mentor { $name }:
mentors-link-button = 🤝 Mentor zuordnen
mentors-choose = Welche Mentorin oder welcher Mentor begleitet { $name }? ✓ heißt: schon zugeordnet; Tippen hebt es auf.
mentors-none-yet = Es gibt noch keine Mentorin und keinen Mentor. Laden Sie eine Person mit /invite ein.
mentors-linked = Zugeordnet: Die Mentorin oder der Mentor sieht jetzt { $name } mit Namen und Terminen und kann schreiben.
mentors-unlinked = Zuordnung für { $name } aufgehoben.
mentors-new-mentee = Ihnen ist jetzt { $name } zugeordnet. Namen und Termine sehen Sie unter /participants.
