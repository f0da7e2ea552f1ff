# Making and managing appointments with answers edited in place – Ukrainian.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = Зустріч для { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = Де?
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ Записано: { $name } був(-ла).
apptflow-marked-missed = ❌ Записано: { $name } не був(-ла).
