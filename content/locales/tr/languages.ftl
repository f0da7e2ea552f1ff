# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = Almanca
language-name-en = İngilizce
language-name-ar = Arapça
language-name-fa = Farsça/Darice
language-name-uk = Ukraynaca
language-name-tr = Türkçe
language-name-ru = Rusça
language-name-so = Somalice
language-name-ti = Tigrinyaca
language-name-kmr = Kurmancî (Kürtçe)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = { $language } için makine çevirisi kurulu değil.
