# Making and managing appointments with answers edited in place – Turkish.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = { $name } için randevu.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = Nerede?
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ Kaydedildi: { $name } geldi.
apptflow-marked-missed = ❌ Kaydedildi: { $name } gelmedi.
