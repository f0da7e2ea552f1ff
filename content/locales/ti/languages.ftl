# Machine-made translation: needs review by a native speaker before production use.
# Language names as coaches and staff read them, and the line for a language without a translation model.

language-name-de = ጀርመንኛ
language-name-en = እንግሊዝኛ
language-name-ar = ዓረብኛ
language-name-fa = ፋርስኛ/ዳሪ
language-name-uk = ዩክሬንኛ
language-name-tr = ቱርክኛ
language-name-ru = ሩስኛ
language-name-so = ሶማልኛ
language-name-ti = ትግርኛ
language-name-kmr = ኩርማንጂ (ኩርድኛ)

# For the coach, under a text that came without translation: no model for its language.
mt-none-for = ንቋንቋ { $language } ዝኸውን ናይ ማሽን ትርጉም ኣይተተኽለን።
