# English.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = German
language-name-en = English
language-name-ar = Arabic
# same-as-german: the language's name is written alike.
language-name-fa = Farsi/Dari
language-name-uk = Ukrainian
language-name-tr = Turkish
language-name-ru = Russian
# same-as-german: the language's name is written alike.
language-name-so = Somali
# same-as-german: the language's name is written alike.
language-name-ti = Tigrinya
language-name-kmr = Kurmanji (Kurdish)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = No machine translation installed for { $language }.
