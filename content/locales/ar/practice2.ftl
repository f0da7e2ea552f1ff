# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Arabic.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = صحيح: { $expected }
practice-diff-article = أداة التعريف: { $expected }، وليس { $given }.
practice-diff-prefix-missing = ينقص في بداية الكلمة { $prefix }: { $expected }.
practice-diff-prefix-extra = بدون { $prefix }: { $expected }.
practice-diff-prefix-other = في البداية { $prefix }، وليس { $given }: { $expected }.
practice-diff-ending = نهاية الكلمة: { $expected }، وليس { $given }.
practice-diff-missing = ينقص: { $missing }.
practice-diff-extra = زائد: { $extra }.
practice-diff-word = { $expected }، وليس { $given }.
practice-start-now = تدرّب الآن
