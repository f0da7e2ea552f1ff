# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Ukrainian.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = Правильно: { $expected }
practice-diff-article = Артикль: { $expected }, а не { $given }.
practice-diff-prefix-missing = На початку бракує { $prefix }: { $expected }.
practice-diff-prefix-extra = Без { $prefix }: { $expected }.
practice-diff-prefix-other = На початку { $prefix }, а не { $given }: { $expected }.
practice-diff-ending = Закінчення: { $expected }, а не { $given }.
practice-diff-missing = Бракує: { $missing }.
practice-diff-extra = Зайве: { $extra }.
practice-diff-word = { $expected }, а не { $given }.
practice-start-now = Почати вправи
