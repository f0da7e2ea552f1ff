# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 Guidance: { $name }
guidance-involve = Whom to involve: { $text }
guidance-first = First steps: { $text }
guidance-avoid = Please do not: { $text }
guidance-words = You could say: { $text }
guidance-numbers = Numbers to pass on: { $text }
