# Machine-made translation: needs review by a native speaker before production use.
## truth-talk: sentences that say what really happens – Kurmanji.

truth-note-translated = Tiştê ku hûn dinivîsin, { $name } bi wergera makîneyê bo almanî distîne.
truth-note-translated-team = Tiştê ku hûn dinivîsin, tîm bi wergera makîneyê bo almanî distîne.
truth-note-untranslated = Tiştê ku hûn dinivîsin, { $name } bi zimanê we, bê werger distîne: ji bo zimanê we wergera makîneyê nehatiye sazkirin.
truth-note-untranslated-team = Tiştê ku hûn dinivîsin, tîm bi zimanê we, bê werger distîne: ji bo zimanê we wergera makîneyê nehatiye sazkirin.

truth-relay-ask-untranslated = Peyama xwe ji { $name } re bi almanî binivîsin. Ew tenê bi almanî digihîje: ji bo { $language } wergera makîneyê nehatiye sazkirin.
truth-relay-ask-german = Peyama xwe ji { $name } re bi almanî binivîsin.
truth-relay-sent-failed = Ji { $name } re hate şandin, tenê bi almanî: wergera makîneyê vê carê bi ser neket.

truth-help-seen-team = Kesek ji tîmê peyama we dît.
truth-alert-taken-over = ✅ { $staff } ji tîmê hişyariya derbarê { $name } saet { $time } dît û pê re mijûl dibe.

truth-help-crisis-team = Hûn ne bi tenê ne. Tîm niha tê agahdarkirin. Eger hûn di xeterê de ne, yekser li 112 bigerin.
truth-help-sent-team = Tîm niha tê agahdarkirin û dê di zûtirîn dem de bi we re têkilî dayne.
truth-help-sent-already-team = Tîm berê hatiye agahdarkirin û dê di zûtirîn dem de bi we re têkilî dayne.
