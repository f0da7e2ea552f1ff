# Making and managing appointments with answers edited in place – German reference.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = Termin für { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = Wo?
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ Eingetragen: { $name } war da.
apptflow-marked-missed = ❌ Eingetragen: { $name } war nicht da.
