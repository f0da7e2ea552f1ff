# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = німецька
language-name-en = англійська
language-name-ar = арабська
language-name-fa = фарсі/дарі
language-name-uk = українська
language-name-tr = турецька
language-name-ru = російська
language-name-so = сомалі
language-name-ti = тигринья
language-name-kmr = курманджі (курдська)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = Машинний переклад для мови { $language } не встановлено.
