# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Persian (Farsi/Dari).
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = درست: { $expected }
practice-diff-article = حرف تعریف: { $expected }، نه { $given }.
practice-diff-prefix-missing = در ابتدای کلمه { $prefix } کم است: { $expected }.
practice-diff-prefix-extra = بدون { $prefix }: { $expected }.
practice-diff-prefix-other = در ابتدا { $prefix }، نه { $given }: { $expected }.
practice-diff-ending = پایان کلمه: { $expected }، نه { $given }.
practice-diff-missing = کم است: { $missing }.
practice-diff-extra = اضافه است: { $extra }.
practice-diff-word = { $expected }، نه { $given }.
practice-start-now = الان تمرین کنید
