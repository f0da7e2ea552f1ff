# Machine-made translation: needs review by a native speaker before production use.
# Mentors (volunteer Berufspaten, Integrationslotsen) – English.

role-mentor = Mentor
mentors-help =
    /participants – your participants and their next appointments; write to them from there
    /contacts – contact people in the programme
    /settings – your settings
    /privacy, /export, /delete – your own data
mentors-list-title = Your participants ({ $count }): names and next appointments.
mentors-empty = Nobody is assigned to you yet. The team will assign participants to you.
mentors-no-appointments = no appointments planned
mentors-write = ✍️ Write to { $name }
mentors-answer-goes-to-coach = If the person answers, the answer goes to their coach ({ $name }), not to you.
mentors-answer-goes-to-team = If the person answers, the answer goes to the team, not to you.
mentors-relay-from = Message from your mentor { $name }:
mentors-link-button = 🤝 Assign a mentor
mentors-choose = Which mentor supports { $name }? ✓ means: already assigned; tapping removes it.
mentors-none-yet = There is no mentor yet. Invite one with /invite.
mentors-linked = Assigned: the mentor now sees { $name } with name and appointments and can write.
mentors-unlinked = Assignment for { $name } removed.
mentors-new-mentee = { $name } is now assigned to you. You see names and appointments under /participants.
