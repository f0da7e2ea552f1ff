# Machine-made translation: needs review by a native speaker before production use.
## truth-talk: sentences that say what really happens – Somali.

truth-note-translated = Waxaad qorto, { $name } wuxuu ku helayaa turjumaad mashiin oo Jarmal ah.
truth-note-translated-team = Waxaad qorto, kooxdu waxay ku helaysaa turjumaad mashiin oo Jarmal ah.
truth-note-untranslated = Waxaad qorto, { $name } wuxuu ku helayaa luqaddaada, turjumaad la'aan: luqaddaada looma rakibin turjumaad mashiin.
truth-note-untranslated-team = Waxaad qorto, kooxdu waxay ku helaysaa luqaddaada, turjumaad la'aan: luqaddaada looma rakibin turjumaad mashiin.

truth-relay-ask-untranslated = Fariintaada u qor { $name } Jarmal. Waxay gaari doontaa Jarmal kaliya: { $language } looma rakibin turjumaad mashiin.
truth-relay-ask-german = Fariintaada u qor { $name } Jarmal.
truth-relay-sent-failed = Waa loo diray { $name }, Jarmal kaliya: turjumaadda mashiinku markan ma shaqeyn.

truth-help-seen-team = Qof ka mid ah kooxda ayaa arkay fariintaada.
truth-alert-taken-over = ✅ { $staff } oo ka mid ah kooxda ayaa arkay digniinta ku saabsan { $name } saacadda { $time }, wuuna qabanayaa.

truth-help-crisis-team = Kaligaa ma tihid. Kooxda hadda ayaa la ogeysiinayaa. Haddii aad khatar ku jirto, isla markiiba wac 112.
truth-help-sent-team = Kooxda hadda ayaa la ogeysiinayaa, waxayna kula soo xiriiri doonaan sida ugu dhakhsaha badan.
truth-help-sent-already-team = Kooxda horey ayaa loo ogeysiiyay, waxayna kula soo xiriiri doonaan sida ugu dhakhsaha badan.
