# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – English.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = Right: { $expected }
practice-diff-article = Article: { $expected }, not { $given }.
practice-diff-prefix-missing = Missing at the start: { $prefix }: { $expected }.
practice-diff-prefix-extra = Without { $prefix }: { $expected }.
practice-diff-prefix-other = At the start { $prefix }, not { $given }: { $expected }.
practice-diff-ending = Ending: { $expected }, not { $given }.
practice-diff-missing = Missing: { $missing }.
practice-diff-extra = Too much: { $extra }.
practice-diff-word = { $expected }, not { $given }.
practice-start-now = Practise now
