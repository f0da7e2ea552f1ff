# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = Jarmal
language-name-en = Ingiriis
language-name-ar = Carabi
language-name-fa = Faarsi/Dari
language-name-uk = Yukreeniyaan
language-name-tr = Turki
language-name-ru = Ruush
language-name-so = Soomaali
# same-as-german: the language's name is written alike.
language-name-ti = Tigrinya
language-name-kmr = Kurmanji (Kurdi)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = Ma jiro turjumaad mashiin oo loo rakibay { $language }.
