# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Arabic.

cmd-cohorts = إدارة المجموعات
cohorts-title = المجموعات. اختر مجموعة أو أنشئ مجموعة جديدة.
cohorts-none = لا توجد مجموعة بعد. أنشئ واحدة.
cohorts-new = ➕ مجموعة جديدة
cohorts-line = { $name } · المشاركون: { $count }
cohorts-line-archived = 🗄 { $name } (مؤرشفة)
cohorts-card =
    المجموعة: { $name }
    المشاركون: { $count }
    الاستبيان الأسبوعي: { $when }
cohorts-card-archived = مؤرشفة: لم تعد هذه المجموعة تُعرض في الدعوات.
cohorts-languages = اللغات: { $mix }
cohorts-checkin-default = حسب الإعداد المسبق
cohorts-checkin-at = { $date }، الساعة { $time }
cohorts-rename = ✏️ إعادة التسمية
cohorts-archive = 🗄 أرشفة
cohorts-restore = ♻️ استعادة
cohorts-checkin = 🕘 وقت الاستبيان
cohorts-invite = 🔗 رابط الدعوة
cohorts-move = 🔀 نقل المشاركين
cohorts-back = ← كل المجموعات
cohorts-ask-name = ما اسم المجموعة الجديدة؟ اكتب الاسم (80 حرفًا على الأكثر). للإلغاء: /cancel
cohorts-ask-rename = ما الاسم الجديد للمجموعة «{ $name }»؟ اكتب الاسم (80 حرفًا على الأكثر). للإلغاء: /cancel
cohorts-name-taken = توجد مجموعة باسم «{ $name }» بالفعل. يرجى كتابة اسم آخر.
cohorts-name-bad = يرجى كتابة اسم من 1 إلى 80 حرفًا.
cohorts-created = تم إنشاء المجموعة «{ $name }».
cohorts-renamed = اسم المجموعة الآن «{ $name }».
cohorts-archived = تمت أرشفة المجموعة «{ $name }». يبقى المشاركون فيها.
cohorts-restored = المجموعة «{ $name }» نشطة من جديد.
cohorts-choose-day = الاستبيان لمجموعة «{ $name }»: في أي يوم؟
cohorts-choose-time = الاستبيان لمجموعة «{ $name }» يوم { $date }: في أي ساعة؟
cohorts-checkin-reset = حسب الإعداد المسبق
cohorts-checkin-saved = الاستبيان لمجموعة «{ $name }»: { $when }.
cohorts-day-0 = الاثنين
cohorts-day-1 = الثلاثاء
cohorts-day-2 = الأربعاء
cohorts-day-3 = الخميس
cohorts-day-4 = الجمعة
cohorts-day-5 = السبت
cohorts-day-6 = الأحد
cohorts-link =
    رابط الدعوة لمجموعة «{ $name }»
    عدد التسجيلات الممكنة: { $count } · صالح حتى { $expires }
    { $link }
cohorts-link-qr = رمز QR لمجموعة «{ $name }»
cohorts-link-archived = هذه المجموعة مؤرشفة. لا توجد دعوات جديدة لها.
cohorts-move-choose = من تريد نقله من «{ $name }»؟
cohorts-move-empty = لا أحد في «{ $name }» الآن.
cohorts-move-target = إلى أي مجموعة يذهب { $name }؟ يبقى المرشد نفسه.
cohorts-no-cohort = بدون مجموعة
cohorts-moved = { $name } الآن في مجموعة «{ $cohort }». يبقى المرشد نفسه.
cohorts-moved-none = { $name } الآن بدون مجموعة. يبقى المرشد نفسه.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 مرشد آخر
reassign-choose-coach = من سيرشد { $name } من الآن؟
reassign-no-coaches = لا يوجد مرشد نشط آخر.
reassign-done = يرشد { $coach } الآن { $name }. انتقلت البلاغات المفتوحة معها؛ تم إبلاغ الاثنين.
reassign-same = { $coach } يرشد { $name } بالفعل.
reassign-to-new-coach = أنت ترشد الآن { $name } (سابقًا: { $coach }). البلاغات المفتوحة عنها عندك الآن: /alerts
reassign-to-old-coach = يرشد { $coach } الآن { $name }. لم تعد ترى بياناتها.
