# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 Подсказки: { $name }
guidance-involve = Кого подключить: { $text }
guidance-first = Первые шаги: { $text }
guidance-avoid = Пожалуйста, не: { $text }
guidance-words = Можно сказать: { $text }
guidance-numbers = Номера для передачи: { $text }
