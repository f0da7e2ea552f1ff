# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = немецкий
language-name-en = английский
language-name-ar = арабский
language-name-fa = фарси/дари
language-name-uk = украинский
language-name-tr = турецкий
language-name-ru = русский
language-name-so = сомали
language-name-ti = тигринья
language-name-kmr = курманджи (курдский)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = Машинный перевод для языка { $language } не установлен.
