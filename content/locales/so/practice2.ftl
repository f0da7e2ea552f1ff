# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Somali.
# Placeholders are Telegram HTML made by ui/practice.py: this text must hold no < > &.

practice-right-is = Saxda: { $expected }
practice-diff-article = Qodobka: { $expected }, maaha { $given }.
practice-diff-prefix-missing = Hore waxaa ka maqan { $prefix }: { $expected }.
practice-diff-prefix-extra = { $prefix } la'aan: { $expected }.
practice-diff-prefix-other = Hore { $prefix }, maaha { $given }: { $expected }.
practice-diff-ending = Dhammaadka: { $expected }, maaha { $given }.
practice-diff-missing = Waxaa ka maqan: { $missing }.
practice-diff-extra = Wax dheeri ah: { $extra }.
practice-diff-word = { $expected }, maaha { $given }.
practice-start-now = Hadda tababaro
