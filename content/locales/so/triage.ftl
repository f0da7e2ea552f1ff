# Machine-made translation: needs review by a native speaker before production use.
# Guidance card under an urgent or crisis alert, for the coach – Somali. The cards themselves are German.
guidance-head = 📋 Tilmaamo: { $name }
guidance-involve = Cidda lagu darayo: { $text }
guidance-first = Tallaabooyinka ugu horreeya: { $text }
guidance-avoid = Fadlan ha samayn: { $text }
guidance-words = Sidan ayaad u dhihi kartaa: { $text }
guidance-numbers = Lambarrada la siin karo: { $text }
