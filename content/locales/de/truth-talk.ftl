## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

# After "write to your coach / the team": whether what she writes reaches them translated.
# Only for a participant who does not write German; chosen by the installed models.
truth-note-translated = Was Sie schreiben, bekommt { $name } mit maschineller Übersetzung ins Deutsche.
truth-note-translated-team = Was Sie schreiben, bekommt das Team mit maschineller Übersetzung ins Deutsche.
truth-note-untranslated = Was Sie schreiben, bekommt { $name } in Ihrer Sprache, ohne Übersetzung: Für Ihre Sprache ist keine maschinelle Übersetzung installiert.
truth-note-untranslated-team = Was Sie schreiben, bekommt das Team in Ihrer Sprache, ohne Übersetzung: Für Ihre Sprache ist keine maschinelle Übersetzung installiert.

# For a coach about to write to a participant (relay-ask when a translation will be made).
truth-relay-ask-untranslated = Schreiben Sie Ihre Nachricht an { $name } auf Deutsch. Sie kommt nur auf Deutsch an: Für { $language } ist keine maschinelle Übersetzung installiert.
truth-relay-ask-german = Schreiben Sie Ihre Nachricht an { $name } auf Deutsch.
truth-relay-sent-failed = Gesendet an { $name }, nur auf Deutsch: Die maschinelle Übersetzung hat diesmal nicht geklappt.

# For a participant whose alert someone from the staff (not her coach) marked as seen.
truth-help-seen-team = Jemand aus dem Team hat Ihre Nachricht gesehen.
# For her coach, once: a staff member marked the alert about her as seen.
truth-alert-taken-over = ✅ { $staff } aus dem Team hat die Meldung zu { $name } um { $time } Uhr gesehen und kümmert sich darum.

# For a participant without a coach of her own: the team is told, not "your coach".
truth-help-crisis-team = Sie sind nicht allein. Das Team wird jetzt informiert. Wenn Sie in Gefahr sind, rufen Sie sofort 112 an.
truth-help-sent-team = Das Team wird jetzt informiert und meldet sich so bald wie möglich.
truth-help-sent-already-team = Das Team ist schon informiert und meldet sich so bald wie möglich.
