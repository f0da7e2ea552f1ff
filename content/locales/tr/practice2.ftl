# Machine-made translation: needs review by a native speaker before production use.
# German practice, the verdict on one item and what differs – Turkish.
# Placeholders are Telegram HTML made by ui/practice.py (escaped, the right form in bold): this text must hold no < > &.

practice-right-is = Doğru: { $expected }
practice-diff-article = Artikel: { $expected }, { $given } değil.
practice-diff-prefix-missing = Başta { $prefix } eksik: { $expected }.
practice-diff-prefix-extra = { $prefix } olmadan: { $expected }.
practice-diff-prefix-other = Başta { $prefix } olmalı, { $given } değil: { $expected }.
practice-diff-ending = Ek: { $expected }, { $given } değil.
practice-diff-missing = Eksik: { $missing }.
practice-diff-extra = Fazla: { $extra }.
practice-diff-word = { $expected }, { $given } değil.
practice-start-now = Şimdi çalış
