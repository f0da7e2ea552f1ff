# Making and managing appointments with answers edited in place – Russian.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = Встреча для { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = Где?
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ Отмечено: { $name } был(а).
apptflow-marked-missed = ❌ Отмечено: { $name } не был(а).
