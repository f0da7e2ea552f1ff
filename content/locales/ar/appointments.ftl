# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Arabic (Modern Standard Arabic). Same ids and placeholders as the German reference.

apt-kind-coaching = جلسة إرشاد
apt-kind-job-centre = مركز العمل (Jobcenter)
apt-kind-course = دورة
apt-kind-internship = تدريب عملي
apt-kind-authority = دائرة حكومية
apt-kind-doctor = طبيب أو طبيبة
apt-kind-other = موعد
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = لم يحدد بعد

## To the participant

apt-new =
    موعد جديد: { $kind }
    { $when }
    المكان: { $place }
apt-reminder =
    تذكير: { $kind }
    { $when }
    المكان: { $place }
    هل ستحضر؟
apt-changed =
    تم تغيير موعدك: { $kind }
    { $when }
    المكان: { $place }
apt-cancelled = تم إلغاء موعدك: { $kind }، { $when }
apt-coming = سأحضر
apt-not-coming = لا أستطيع الحضور
apt-thanks-coming = شكرًا! نراك في الموعد.
apt-ask-reason = للأسف. هل تريد أن تقول لماذا؟ اكتب السبب باختصار، أو اضغط على «بدون سبب».
apt-no-reason = بدون سبب
apt-coach-told = تم إبلاغ مرشدك أو مرشدتك.
apt-ics-caption = الموعد لتقويمك
apt-closed = هذا الموعد انتهى أو تم تغييره.

## To the coach

coach-cant-come = لا يستطيع { $name } الحضور: { $kind }، { $when }.
coach-cant-come-reason = { $name } بخصوص موعد { $kind } في { $when }: «{ $reason }»
coach-no-answer = لم يرد { $name } على التذكير: { $kind }، { $when }.
coach-unreachable = لم يعد من الممكن الوصول إلى { $name } عبر تيليجرام (تم حظر البوت). تم إيقاف الرسائل المخطط لها لهذا الشخص.

## Making an appointment (coaches and staff)

apt-choose-participant = لمن هذا الموعد؟
apt-no-participants = ليس لديك مشاركون بعد. ادعُ شخصًا عبر /invite.
apt-ask-when = متى؟ اكتب مثلًا: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = ما نوع الموعد؟
apt-ask-place = أين؟ اكتب المكان، أو اضغط على «تخطي».
apt-ask-note = هل تريد إضافة ملاحظة للشخص؟ اكتبها، أو اضغط على «تخطي».
apt-skip = تخطي
apt-confirm =
    موعد لـ { $name }:
    { $kind }
    { $when }
    المكان: { $place }
    هل نحفظه هكذا؟
apt-save = حفظ
apt-discard = تجاهل
apt-saved = ✅ تم الحفظ. سيصل الموعد إلى { $name } الآن، والتذكيرات قبله.
apt-discarded = 🗑 تم تجاهل الموعد.
apt-not-yours = هذا الشخص ليس من المشاركين لديك.
when-empty = يرجى كتابة تاريخ ووقت.
when-no-date = لم أفهم هذا كتاريخ. أمثلة: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = يرجى كتابة الوقت أيضًا، مثلًا: 24.8. 14 Uhr
when-bad-date = هذا التاريخ غير موجود.
when-bad-time = هذا الوقت غير موجود.
when-past = هذا الوقت قد مضى.
when-too-far = هذا بعد أكثر من سنة. يرجى اختيار تاريخ أقرب.
when-ambiguous = هذا غير واضح. يرجى كتابة التاريخ مع الشهر، مثلًا: 24.8. 14 Uhr

## Lists

apt-list-title = المواعيد القادمة:
apt-list-empty = لا توجد مواعيد قادمة.
apt-list-item = { $when }: { $kind }، { $place }
apt-list-item-coach = { $n }. { $when }: { $name }، { $kind } – { $answer }
apt-answer-coming = ✅ سيحضر
apt-answer-not-coming = ❌ لن يحضر
apt-answer-none = ❔ لا يوجد رد
apt-past-title = المواعيد الماضية – يرجى تسجيل ما إذا كان الشخص قد حضر:
apt-cancel-button = ✖️ { $n } إلغاء
apt-move-button = ✏️ { $n } تغيير الوقت
apt-attended-button = ✅ { $n } حضر
apt-missed-button = ❌ { $n } لم يحضر
apt-cancel-done = تم الإلغاء. سيتم إبلاغ { $name }.
apt-move-ask = ما الوقت الجديد لـ { $name }؟ مثلًا: morgen 9:30
apt-move-done = تم تغيير الوقت. سيتم إبلاغ { $name }.
