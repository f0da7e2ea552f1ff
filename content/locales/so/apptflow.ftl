# Machine-made translation: needs review by a native speaker before production use.
# Making and managing appointments with answers edited in place – Somali.

apptflow-for = Ballan loogu talagalay { $name }.
apptflow-where = Xaggee?
apptflow-marked-attended = ✅ Waa la qoray: { $name } wuu yimid.
apptflow-marked-missed = ❌ Waa la qoray: { $name } ma iman.
