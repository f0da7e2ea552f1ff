# Machine-made translation: needs review by a native speaker before production use.
# Guidance card under an urgent or crisis alert, for the coach – Tigrinya. The cards themselves are German.
guidance-head = 📋 መምርሒታት: { $name }
guidance-involve = መን ይሳተፍ: { $text }
guidance-first = ቀዳሞት ስጉምትታት: { $text }
guidance-avoid = በጃኹም ኣይትግበሩ: { $text }
guidance-words = ከምዚ ክትብሉ ትኽእሉ: { $text }
guidance-numbers = ዝወሃቡ ቁጽርታት: { $text }
