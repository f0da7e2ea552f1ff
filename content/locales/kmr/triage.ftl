# Machine-made translation: needs review by a native speaker before production use.
# Guidance card under an urgent or crisis alert, for the coach – Kurmanji Kurdish. The cards themselves are German.
guidance-head = 📋 Şîret: { $name }
guidance-involve = Kî tê de bê girtin: { $text }
guidance-first = Gavên pêşîn: { $text }
guidance-avoid = Ji kerema xwe nekin: { $text }
guidance-words = Hûn dikarin wiha bibêjin: { $text }
guidance-numbers = Hejmarên ji bo dayînê: { $text }
