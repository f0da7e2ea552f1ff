# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Kurmanji.

role-mentor = Mentor
mentors-help =
    /participants – beşdarên we û randevûyên wan ên bê; ji wir ji wan re binivîsin
    /contacts – kesên têkiliyê yên bernameyê
    /settings – mîhengên we
    /privacy, /export, /delete – daneyên we yên xwe
mentors-list-title = Beşdarên we ({ $count }): nav û randevûyên bê.
mentors-empty = Hê kes ji we re nehatiye diyarkirin. Tîm dê beşdaran ji we re diyar bike.
mentors-no-appointments = randevû nehatine plankirin
mentors-write = ✍️ Ji { $name } re binivîse
mentors-answer-goes-to-coach = Heke kes bersiv bide, bersiv diçe şêwirmendê wî/wê ({ $name }), ne ji we re.
mentors-answer-goes-to-team = Heke kes bersiv bide, bersiv diçe tîmê, ne ji we re.
mentors-relay-from = Peyam ji mentora an mentorê we { $name }:
mentors-link-button = 🤝 Mentor diyar bike
mentors-choose = Kîjan mentor bi { $name } re ye? ✓ tê wateya: berê hatiye diyarkirin; lêxistin wê radike.
mentors-none-yet = Hê mentor tune ye. Bi /invite kesekî vexwîne.
mentors-linked = Hat diyarkirin: mentor niha { $name } bi nav û randevûyan dibîne û dikare binivîse.
mentors-unlinked = Diyarkirina ji bo { $name } hat rakirin.
mentors-new-mentee = { $name } niha ji we re hat diyarkirin. Nav û randevûyan di bin /participants de dibînin.
