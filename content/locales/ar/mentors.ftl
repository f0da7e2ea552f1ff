# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Arabic.

role-mentor = مرشد/مرشدة
mentors-help =
    /participants – المشاركون لديك ومواعيدهم القادمة؛ من هناك تكتب لهم
    /contacts – جهات الاتصال في البرنامج
    /settings – إعداداتك
    /privacy, /export, /delete – بياناتك الخاصة
mentors-list-title = المشاركون لديك ({ $count }): الأسماء والمواعيد القادمة.
mentors-empty = لم يُخصَّص لك أحد بعد. سيخصص لك الفريق مشاركين.
mentors-no-appointments = لا مواعيد مخططة
mentors-write = ✍️ اكتب إلى { $name }
mentors-answer-goes-to-coach = إذا ردّ الشخص، يذهب الرد إلى مرشده أو مرشدته ({ $name })، وليس إليك.
mentors-answer-goes-to-team = إذا ردّ الشخص، يذهب الرد إلى الفريق، وليس إليك.
mentors-relay-from = رسالة من مرشدك أو مرشدتك { $name }:
mentors-link-button = 🤝 تعيين مرشد
mentors-choose = من يرافق { $name }؟ ✓ تعني: معيَّن بالفعل؛ النقر يلغيه.
mentors-none-yet = لا يوجد مرشد بعد. ادعُ شخصًا عبر /invite.
mentors-linked = تم التعيين: يرى المرشد الآن { $name } بالاسم والمواعيد ويمكنه الكتابة.
mentors-unlinked = أُلغي التعيين لـ { $name }.
mentors-new-mentee = تم الآن تخصيص { $name } لك. ترى الأسماء والمواعيد في /participants.
