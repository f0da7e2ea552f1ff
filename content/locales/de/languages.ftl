# Language names as coaches and staff read them, and the line for a language without a translation model – German reference.

language-name-de = Deutsch
language-name-en = Englisch
language-name-ar = Arabisch
language-name-fa = Farsi/Dari
language-name-uk = Ukrainisch
language-name-tr = Türkisch
language-name-ru = Russisch
language-name-so = Somali
language-name-ti = Tigrinya
language-name-kmr = Kurmandschi (Kurdisch)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = Keine maschinelle Übersetzung für { $language } installiert.
