# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = Almanî
language-name-en = Îngilîzî
language-name-ar = Erebî
language-name-fa = Farisî/Derî
language-name-uk = Ûkraynî
language-name-tr = Tirkî
language-name-ru = Rûsî
language-name-so = Somalî
language-name-ti = Tigrînî
language-name-kmr = Kurmancî (Kurdî)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = Ji bo { $language } wergera makîneyê nehatiye sazkirin.
