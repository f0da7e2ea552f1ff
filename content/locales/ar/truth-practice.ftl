# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Arabic.

truth-practice-done-all = رائع، كل الإجابات صحيحة: { $right } من { $total }!
truth-practice-done-most = أحسنت! الإجابات الصحيحة: { $right } من { $total }.
truth-practice-done-some = الإجابات الصحيحة: { $right } من { $total }. ستعود التمارين الأخرى قريبًا.
truth-practice-done-none = كان الأمر صعبًا هذه المرة – وهذا جزء من التعلّم. الإجابات الصحيحة: { $right } من { $total }. ستعود هذه التمارين قريبًا.
truth-practice-streak =
    التدريب المتتالي: { $streak ->
        [zero] { $streak } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $streak } أيام
        [many] { $streak } يومًا
       *[other] { $streak } يوم
    }.
truth-practice-hint-letters = تبدأ بـ «{ $first }…»، عدد الحروف: { $letters }.
truth-practice-hint-words = عدد الكلمات: { $words }، الأولى تبدأ بـ «{ $first }…».
truth-practice-later-soon = لا مشكلة. إلى اللقاء قريبًا!
truth-practice-later-anytime = لا مشكلة. يمكنك التدرب في أي وقت عبر /practice.
truth-practice-nothing =
    { $days ->
        [0] لا يوجد شيء للتدرب عليه الآن. سيأتي المزيد لاحقًا.
        [1] لقد تدربت على كل شيء لهذا اليوم. نتابع غدًا!
       *[other] لقد تدربت على كل شيء لهذا اليوم. المراجعة القادمة بعد { $days ->
            [two] يومين
            [few] { $days } أيام
            [many] { $days } يومًا
           *[other] { $days } يوم
        }.
    }
truth-practice-resumed-no-time = لنتابع! لم تختر وقتًا للتدريب: تدرّب عبر /practice، أو اختر وقتًا عبر /settings.
