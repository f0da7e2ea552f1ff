# Machine-made translation: needs review by a native speaker before production use.
# German practice – Arabic (Modern Standard Arabic). Same ids and placeholders as the German reference.

practice-prompt =
    حان وقت اللغة الألمانية! { $count ->
        [zero] لا تمارين
        [one] تمرين قصير واحد
        [two] تمرينان قصيران
        [few] { $count } تمارين قصيرة
        [many] { $count } تمرينًا قصيرًا
       *[other] { $count } تمرين قصير
    }، نحو دقيقتين.
practice-nudge = لم نرك منذ مدة! هل تريد أن تتدرب قليلًا على الألمانية اليوم مرة أخرى؟
practice-start = هيا نبدأ
practice-later = ليس اليوم
practice-later-ok = لا مشكلة. إلى اللقاء غدًا!
practice-placement-intro = أولًا اختبار قصير، لكي تناسبك التمارين.
practice-card =
    كلمة جديدة: { $word }
    مثال: { $example }
practice-card-plain = كلمة جديدة: { $word }
practice-known = أعرفها
practice-unknown = ليس بعد
practice-gap = ما الناقص؟ اكتب الكلمة.
practice-reply = بماذا تجيب؟ اكتب جملة.
practice-say = كيف تقول هذا بالألمانية؟ اكتب الجملة.
practice-choice = اضغط على الإجابة الصحيحة.
practice-typed-send = ✉️ أرسل إلى { $name }
practice-typed-send-team = ✉️ أرسل إلى الفريق
practice-show-gloss = بلغتي
practice-hint = تلميح
practice-skip = تخطي
practice-right = صحيح!
practice-right-spelling = صحيح! هكذا تُكتب: { $expected }
practice-wrong = ليس صحيحًا تمامًا. الإجابة الصحيحة: { $expected }
practice-card-known = ممتاز!
practice-card-again = لا مشكلة، ستظهر هذه الكلمة مرة أخرى قريبًا.
practice-placed = مستواك: { $level }. يمكنك تغييره عبر /level.
practice-paused = توقف مؤقت: لن تصلك تمارين حتى تكتب /resume.
practice-resumed = لنتابع! ستصلك التمارين من جديد.
practice-level-ask = أي مستوى تريد أن تتدرب عليه؟ المستوى الحالي: { $level }
practice-level-set = مستواك: { $level }.
practice-topics-ask = ما المواضيع التي تريد التدرب عليها؟ اضغط عليها، ثم على «تم».
practice-topics-all = كل المواضيع
practice-topics-done = تم
practice-topics-set = تم الحفظ.
practice-progress =
    التدريب المتتالي: { $streak ->
        [zero] { $streak } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $streak } أيام
        [many] { $streak } يومًا
       *[other] { $streak } يوم
    } (الرقم القياسي: { $best })
    عدد ما تعلمته: { $learned }
    للمراجعة اليوم: { $due }
    الإجابات الصحيحة هذا الأسبوع: { $right } من { $total }
    المستوى: { $level }
practice-level-open = لم يحدد بعد
practice-type-answer = يرجى كتابة الإجابة كنص.
practice-level-whom = لمن تريد تحديد المستوى؟
practice-level-of = مستوى { $name }: { $level }. ما المستوى الجديد؟
practice-level-of-set = مستوى { $name }: { $level }.
