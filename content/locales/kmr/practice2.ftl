# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Kurmanji.
# Placeholders are Telegram HTML made by ui/practice.py: this text must hold no < > &.

practice-right-is = Rast: { $expected }
practice-diff-article = Artîkel: { $expected }, ne { $given }.
practice-diff-prefix-missing = Li pêş { $prefix } kêm e: { $expected }.
practice-diff-prefix-extra = Bê { $prefix }: { $expected }.
practice-diff-prefix-other = Li pêş { $prefix }, ne { $given }: { $expected }.
practice-diff-ending = Dawî: { $expected }, ne { $given }.
practice-diff-missing = Kêm e: { $missing }.
practice-diff-extra = Zêde ye: { $extra }.
practice-diff-word = { $expected }, ne { $given }.
practice-start-now = Niha hîn bibe
