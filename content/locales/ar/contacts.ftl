# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts – Arabic.

cmd-contacts = جهات الاتصال في الشبكة
contacts-title = جهات الاتصال. اختاري موضوعًا.
contacts-topic-work = إيجاد عمل
contacts-topic-education = التعليم والمدرسة
contacts-topic-mentors = مرشدو المهنة
contacts-topic-volunteers = التطوع ومرشدو الاندماج
contacts-topic-housing = السكن
contacts-heading = جهات الاتصال: { $kind }
contacts-phone = الهاتف: { $text }
contacts-email = البريد الإلكتروني: { $text }
contacts-hours = أوقات التواصل: { $time }
contacts-back = كل المواضيع
contacts-missing = القائمة غير متاحة الآن. يرجى سؤال المرشدة.
