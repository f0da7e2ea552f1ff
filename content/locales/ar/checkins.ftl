# Machine-made translation: needs review by a native speaker before production use.
# Check-ins, help, alerts and relayed messages – Arabic (Modern Standard Arabic). Same ids and placeholders as the German reference.

cmd-checkin = كيف حالي؟ (استبيان قصير)
cmd-sos = 🆘 أحتاج إلى مساعدة
cmd-duty = المناوبة: تشغيل/إيقاف

ci-intro-weekly = بعض الأسئلة القصيرة عن حالك هذا الأسبوع. يمكنك تخطي أي سؤال.
ci-intro-monthly = بعض الأسئلة القصيرة عن شهرك. يمكنك تخطي أي سؤال.
ci-offer-weekly = كيف حالك هذا الأسبوع؟ ستة أسئلة قصيرة، نحو دقيقة واحدة.
ci-offer-monthly = حان وقت الاستبيان الشهري: ستة أسئلة قصيرة عن مسيرتك.
ci-offer-again-weekly = مرة أخرى: هل لديك دقيقة لاستبيان هذا الأسبوع؟
ci-offer-again-monthly = مرة أخرى: هل لديك دقيقة للاستبيان الشهري؟
ci-start = لنبدأ
ci-later-button = لاحقًا
ci-later = حسنًا. يمكنك البدء في أي وقت عبر /checkin.

ci-mood = كيف حالك؟ 1 = سيئ جدًا، 5 = جيد جدًا.
ci-mood-label = الحالة العامة
ci-sleep = كيف نومك؟
ci-sleep-label = النوم
ci-sleep-good = جيد
ci-sleep-ok = متوسط
ci-sleep-bad = سيئ
ci-attendance = هل ذهبت هذا الأسبوع إلى الدورة أو التدريب العملي؟
ci-attendance-label = الدورة/التدريب العملي
ci-attendance-all = نعم، دائمًا
ci-attendance-some = أحيانًا
ci-attendance-none = لا
ci-attendance-no_course = ليست لدي دورة
ci-problems = هل توجد مشكلات؟ اضغط على كل ما ينطبق عليك، ثم على «تم».
ci-problems-label = المشكلات
ci-problems-work = العمل
ci-problems-course = الدورة
ci-problems-home = البيت
ci-problems-authorities = الدوائر الحكومية
ci-problems-health = الصحة
ci-contact = هل تريد أن يتواصل معك مرشدك أو مرشدتك؟
ci-contact-label = يرغب في التواصل
ci-contact-yes = نعم، من فضلك
ci-contact-no = لا، شكرًا
ci-text = هل تريد أن تقول شيئًا آخر؟ اكتب بلغتك.
ci-text-label = كلماتك
ci-german = ما مدى ثقتك بنفسك عندما تتكلم الألمانية؟ 1 = لا ثقة أبدًا، 5 = ثقة كبيرة.
ci-german-label = الألمانية
ci-goal = أين وصلت في البحث عن عمل؟
ci-goal-label = البحث عن عمل
ci-goal-working = أعمل الآن
ci-goal-interviews = مقابلات عمل
ci-goal-applying = أقدم طلبات عمل
ci-goal-course = الدورة أولًا
ci-goal-not_yet = ليس بعد
ci-support = في أي شيء تريد المساعدة؟ اضغط على كل ما ينطبق عليك.
ci-support-label = يريد المساعدة في
ci-support-german = الألمانية
ci-support-applications = طلبات العمل
ci-support-childcare = رعاية الأطفال
ci-support-documents = الرسائل والاستمارات
ci-support-housing = السكن
ci-support-health = الصحة
ci-text-how = اكتب رسالة فقط، أو أعد توجيه رسالة. أو اضغط على «تخطي».
ci-skip = تخطي
ci-done = تم
ci-none = لا شيء من هذا
ci-skipped = تم التخطي
ci-tap = يرجى الضغط على إحدى الإجابات في الأعلى.
ci-thanks = شكرًا! تم حفظ إجاباتك.
ci-thanks-contact = شكرًا! سيتواصل معك مرشدك أو مرشدتك.

help-numbers-intro = مساعدة مجانية ليلًا ونهارًا:
help-number-emergency = الطوارئ (الشرطة، الإسعاف)
help-number-telefonseelsorge = Telefonseelsorge (خط هاتفي للدعم النفسي)، إذا أردت أن تتحدث مع أحد
help-number-violence-women = Hilfetelefon (خط مساعدة للنساء ضد العنف)، مع مترجمة أيضًا
help-crisis = أنت لست وحدك. نحن نُبلغ مرشدك أو مرشدتك الآن. إذا كنت في خطر، اتصل فورًا بالرقم 112.
help-sent = نحن نُبلغ مرشدك أو مرشدتك الآن، وسيتواصل معك في أقرب وقت ممكن.
help-sent-already = تم إبلاغ مرشدك أو مرشدتك من قبل، وسيتواصل معك في أقرب وقت ممكن.
help-write = اكتب ما حدث
help-write-ask = اكتب ما حدث بلغتك.
help-seen = رأى مرشدك أو مرشدتك رسالتك.

alert-head-normal = ملاحظة بخصوص { $name }
alert-head-urgent = عاجل: { $name }
alert-head-crisis = أزمة: { $name } – يرجى التواصل فورًا
alert-escalated = لم يستجب المرشد أو المرشدة في الوقت المناسب. يرجى تولي الأمر.
alert-no-coach = ليس لهذا الشخص مرشد أو مرشدة يمكن الوصول إليه.
alert-source-help = ضغط على «أحتاج إلى مساعدة».
alert-source-message = في رسالة إلى المرشد أو المرشدة:
alert-checkin-weekly = الاستبيان الأسبوعي بتاريخ { $date }:
alert-checkin-monthly = الاستبيان الشهري بتاريخ { $date }:
alert-why = السبب:
alert-why-keyword = كلمة أزمة «{ $term }» ({ $language })
alert-why-keyword-translation = الكلمة «{ $term }» في الترجمة الآلية
alert-why-low_mood = الحالة العامة سيئة جدًا
alert-why-mood_drop = الحالة العامة أسوأ بوضوح من المرة السابقة
alert-why-contact_requested = يرغب في التواصل
alert-why-problems_reported = يذكر مشكلات
alert-why-missed_course = لم يحضر الدورة
alert-why-help_button = يطلب المساعدة
alert-free-text = كلماته الخاصة (النص الأصلي، { $language }):
alert-machine-translation = ترجمة آلية إلى الألمانية (قد تحتوي على أخطاء):
alert-no-translation = لا توجد ترجمة آلية مثبتة لهذه اللغة.
alert-ack = ✅ رأيت ذلك، سأتولى الأمر
alert-reply = ✍️ الرد
alert-history = 📋 السجل
alert-acknowledged-toast = شكرًا!
alert-acknowledged = شكرًا. سيصل إلى { $name } إشعار بأنك رأيت الرسالة.
alert-acknowledged-before = تم تعليم هذا من قبل على أنه تمت رؤيته.

relay-ask = اكتب رسالتك إلى { $name } باللغة الألمانية. سيستلمها هذا الشخص مع ترجمة آلية ({ $language }).
relay-gone = هذا الشخص لم يعد في قائمتك. لم يُرسل أي شيء.
relay-too-long =
    الرسالة طويلة جدًا (الحد الأقصى { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }). يرجى كتابة رسالة أقصر.
relay-sent = تم الإرسال إلى { $name }.
relay-sent-translated = تم الإرسال إلى { $name } مع هذه الترجمة الآلية:
relay-sent-untranslated = تم الإرسال إلى { $name } بالألمانية فقط: لا توجد ترجمة آلية مثبتة للغة هذا الشخص.
relay-from-coach = رسالة من مرشدك أو مرشدتك { $name }:
relay-machine-translation = ترجمة آلية (قد تحتوي على أخطاء):
relay-no-translation = لا توجد بعد ترجمة آلية للغتك. يمكنك الرد بلغتك.
relay-answer = الرد
relay-answer-ask = اكتب ردك بلغتك أو بالألمانية.
relay-from-participant = ✉️ رسالة من { $name }:

duty-on = أنت الآن في المناوبة: تنبيهات الأزمات التي لا يستجيب لها المرشد أو المرشدة تصل إليك.
duty-off = انتهت مناوبتك.
