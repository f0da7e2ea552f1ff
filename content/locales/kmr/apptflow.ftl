# Machine-made translation: needs review by a native speaker before production use.
# Making and managing appointments with answers edited in place – Kurmanji.

apptflow-for = Randevû ji bo { $name }.
apptflow-where = Li ku?
apptflow-marked-attended = ✅ Hate nivîsîn: { $name } hat.
apptflow-marked-missed = ❌ Hate nivîsîn: { $name } nehat.
