# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 Підказки: { $name }
guidance-involve = Кого залучити: { $text }
guidance-first = Перші кроки: { $text }
guidance-avoid = Будь ласка, не: { $text }
guidance-words = Можна сказати: { $text }
guidance-numbers = Номери, які можна передати: { $text }
