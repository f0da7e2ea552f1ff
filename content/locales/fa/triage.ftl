# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 راهنما: { $name }
guidance-involve = چه کسی را درگیر کنید: { $text }
guidance-first = قدم‌های اول: { $text }
guidance-avoid = لطفاً نه: { $text }
guidance-words = می‌توانید بگویید: { $text }
guidance-numbers = شماره‌ها برای دادن: { $text }
