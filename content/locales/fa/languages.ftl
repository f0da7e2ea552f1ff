# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = آلمانی
language-name-en = انگلیسی
language-name-ar = عربی
language-name-fa = فارسی/دری
language-name-uk = اوکراینی
language-name-tr = ترکی
language-name-ru = روسی
language-name-so = سومالیایی
language-name-ti = تیگرینیا
language-name-kmr = کرمانجی (کردی)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = برای { $language } ترجمهٔ ماشینی نصب نشده است.
