# Machine-made translation: needs review by a native speaker before production use.
# Making and managing appointments with answers edited in place – Tigrinya.

apptflow-for = ቆጸራ ን{ $name }።
apptflow-where = ኣበይ?
apptflow-marked-attended = ✅ ተመዝጊቡ: { $name } መጺኡ ነይሩ።
apptflow-marked-missed = ❌ ተመዝጊቡ: { $name } ኣይመጸን።
