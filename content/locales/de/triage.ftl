# Guidance card under an urgent or crisis alert, for the coach (cards: content/guidance/cards.yaml).
guidance-head = 📋 Hinweise: { $name }
guidance-involve = Wen einbeziehen: { $text }
guidance-first = Erste Schritte: { $text }
guidance-avoid = Bitte nicht: { $text }
guidance-words = So können Sie es sagen: { $text }
guidance-numbers = Nummern zum Weitergeben: { $text }
