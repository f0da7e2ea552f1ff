# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Russian.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = Правильно: { $expected }
practice-diff-article = Артикль: { $expected }, а не { $given }.
practice-diff-prefix-missing = В начале не хватает { $prefix }: { $expected }.
practice-diff-prefix-extra = Без { $prefix }: { $expected }.
practice-diff-prefix-other = В начале { $prefix }, а не { $given }: { $expected }.
practice-diff-ending = Окончание: { $expected }, а не { $given }.
practice-diff-missing = Не хватает: { $missing }.
practice-diff-extra = Лишнее: { $extra }.
practice-diff-word = { $expected }, а не { $given }.
practice-start-now = Начать упражнения
