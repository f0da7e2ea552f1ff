# Making and managing appointments with answers edited in place – Arabic.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = موعد لـ { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = أين؟
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ تم التسجيل: { $name } حضر.
apptflow-marked-missed = ❌ تم التسجيل: { $name } لم يحضر.
