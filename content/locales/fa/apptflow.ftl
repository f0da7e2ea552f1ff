# Making and managing appointments with answers edited in place – Dari/Farsi.

# The participant chosen, above the next question ("Wann? …").
apptflow-for = قرار ملاقات برای { $name }.
# The place question once skipped: "Wo?" and "→ noch offen" below it.
apptflow-where = کجا؟
# A past appointment marked from the coach's list.
apptflow-marked-attended = ✅ ثبت شد: { $name } آمد.
apptflow-marked-missed = ❌ ثبت شد: { $name } نیامد.
