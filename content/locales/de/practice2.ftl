# German practice, the verdict on one item and what differs – German reference.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = Richtig: { $expected }
practice-diff-article = Artikel: { $expected }, nicht { $given }.
practice-diff-prefix-missing = Vorne fehlt { $prefix }: { $expected }.
practice-diff-prefix-extra = Ohne { $prefix }: { $expected }.
practice-diff-prefix-other = Vorne { $prefix }, nicht { $given }: { $expected }.
practice-diff-ending = Endung: { $expected }, nicht { $given }.
practice-diff-missing = Es fehlt: { $missing }.
practice-diff-extra = Zu viel: { $extra }.
practice-diff-word = { $expected }, nicht { $given }.
practice-start-now = Jetzt üben
