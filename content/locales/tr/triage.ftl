# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 İpuçları: { $name }
guidance-involve = Kimi dahil etmeli: { $text }
guidance-first = İlk adımlar: { $text }
guidance-avoid = Lütfen yapmayın: { $text }
guidance-words = Şöyle diyebilirsiniz: { $text }
guidance-numbers = İletilecek numaralar: { $text }
