# Making and managing appointments with answers edited in place – English.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = Appointment for { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = Where?
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ Recorded: { $name } came.
apptflow-marked-missed = ❌ Recorded: { $name } did not come.
