# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = الألمانية
language-name-en = الإنجليزية
language-name-ar = العربية
language-name-fa = الفارسية/الدرية
language-name-uk = الأوكرانية
language-name-tr = التركية
language-name-ru = الروسية
language-name-so = الصومالية
language-name-ti = التغرينية
language-name-kmr = الكرمانجية (الكردية)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = لا توجد ترجمة آلية مثبتة للغة { $language }.
