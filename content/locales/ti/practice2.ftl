# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Tigrinya.
# Placeholders are Telegram HTML made by ui/practice.py: this text must hold no < > &.

practice-right-is = ቅኑዕ: { $expected }
practice-diff-article = ኣርቲክል: { $expected }፡ { $given } ኣይኮነን።
practice-diff-prefix-missing = ኣብ ቅድሚት { $prefix } ጎዲሉ: { $expected }።
practice-diff-prefix-extra = ብዘይ { $prefix }: { $expected }።
practice-diff-prefix-other = ኣብ ቅድሚት { $prefix }፡ { $given } ኣይኮነን: { $expected }።
practice-diff-ending = መወዳእታ: { $expected }፡ { $given } ኣይኮነን።
practice-diff-missing = ዝጎደለ: { $missing }።
practice-diff-extra = ዝበዝሐ: { $extra }።
practice-diff-word = { $expected }፡ { $given } ኣይኮነን።
practice-start-now = ሕጂ ተለማመድ
