# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Arabic. Same ids and placeholders as the German reference.

## The list

caseload-title = المشاركون لديك ({ $total })، الصفحة { $page } من { $pages }:
caseload-title-staff = جميع المشاركين ({ $total })، الصفحة { $page } من { $pages }:
caseload-empty = لا يوجد لديك مشاركون بعد. أنشئ رابط دعوة باستخدام /invite؛ من ينضم به ويوافق سيظهر هنا.
caseload-empty-staff = لا يوجد مشاركون نشطون بعد. أنشئ رابط دعوة باستخدام /invite؛ من ينضم به ويوافق سيظهر هنا.
caseload-line =
    { $marker }{ $name }
    آخر نشاط: { $seen } · سلسلة التمرين: { $streak } · الموعد القادم: { $next }
caseload-line-coach = المرشد أو المرشدة: { $coach }
caseload-seen =
    { $days ->
        [0] اليوم
        [1] أمس
        [two] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يومًا
       *[other] قبل { $days } يوم
    }
caseload-seen-never = أبدًا
caseload-next-none = لا يوجد
caseload-prev = ◀ السابق
caseload-next = التالي ▶

## A participant's card

caseload-card =
    👤 { $name }
    اللغة: { $language } · المجموعة: { $cohort }
    المرشد أو المرشدة: { $coach }
    آخر نشاط: { $seen }
    الألمانية: المستوى { $level }، سلسلة التمرين: { $streak }
caseload-none = لا يوجد
caseload-checkins-title = آخر الاستبيانات:
caseload-checkins-none = لا توجد استبيانات مكتملة بعد.
caseload-checkin-line = { $date }: المزاج { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = لم يُذكر
caseload-checkin-flags = { $marker } ملاحظة تستدعي الانتباه: { $reasons }
caseload-checkin-text = النص ({ $language }): «{ $text }»
caseload-checkin-translation = ترجمة آلية (قد تحتوي على أخطاء): «{ $text }»
caseload-appointments-title = المواعيد القادمة:
caseload-appointments-none = لا توجد مواعيد مخطط لها.
caseload-appointment-line = { $when } – { $kind }، { $place } ({ $answer })
caseload-alerts-title = تنبيهات مفتوحة ({ $count }):
caseload-alerts-none = لا توجد تنبيهات مفتوحة.
caseload-alert-line = { $marker } { $date }، { $source }: { $reasons }
caseload-source-checkin = استبيان
caseload-source-help-button = زر المساعدة
caseload-source-message = رسالة
caseload-rule-keywords = كلمة لافتة في النص
caseload-rule-unknown = غير محدد
caseload-notes-title = الملاحظات:
caseload-notes-none = لا توجد ملاحظات بعد.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    مزاج { $name } { $weeks ->
        [zero] في آخر { $weeks } أسبوع
        [one] في الأسبوع الأخير
        [two] في آخر أسبوعين
        [few] في آخر { $weeks } أسابيع
        [many] في آخر { $weeks } أسبوعًا
       *[other] في آخر { $weeks } أسبوع
    } (الأقدم على اليسار، · = لا إجابة): { $line }
caseload-write = ✍️ كتابة
caseload-note = 📝 ملاحظة
caseload-back = ⬅ العودة إلى القائمة
caseload-open-card = فتح البطاقة

## Notes

caseload-note-ask =
    ملاحظتك عن { $name }: اكتبها في رسالة واحدة (بحد أقصى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }). للإلغاء: /cancel
caseload-note-too-long =
    هذه الملاحظة تحتوي على { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، والحد الأقصى { $max }. يرجى اختصارها وإرسالها مرة أخرى. للإلغاء: /cancel
caseload-note-saved = تم حفظ الملاحظة عن { $name }.
caseload-note-gone = هذا الشخص لم يعد في قائمتك. لم يتم حفظ الملاحظة.
