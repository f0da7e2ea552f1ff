# Machine-made from de/triage.ftl; the cards themselves are German.
guidance-head = 📋 إرشادات: { $name }
guidance-involve = من يجب إشراكه: { $text }
guidance-first = الخطوات الأولى: { $text }
guidance-avoid = من فضلك لا: { $text }
guidance-words = يمكنك أن تقول: { $text }
guidance-numbers = أرقام لإعطائها: { $text }
