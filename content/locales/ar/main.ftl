# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Arabic (Modern Standard Arabic). Same ids and placeholders as the German reference catalogue.

## Joining

uninvited = هذا البوت متاح بدعوة فقط. يرجى طلب رابط دعوة من مرشدك أو مرشدتك.
invite-unknown = رابط الدعوة هذا غير صالح. يرجى طلب رابط جديد من مرشدك أو مرشدتك.
invite-used = رابط الدعوة هذا استُخدم من قبل. يرجى طلب رابط جديد من مرشدك أو مرشدتك.
invite-expired = انتهت صلاحية رابط الدعوة هذا. يرجى طلب رابط جديد من مرشدك أو مرشدتك.
invite-revoked = تم سحب رابط الدعوة هذا. يرجى طلب رابط جديد من مرشدك أو مرشدتك.
already-joined = حسابك مسجل بالفعل. للمساعدة: /help
welcome = أهلًا بك في Begleiter! يرجى اختيار لغتك.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = يرجى اختيار لغتك.
language-chosen = لغتك: { $language }

## Privacy notice and consent

privacy-notice =
    حماية البيانات – يرجى قراءة هذا بهدوء.

    ما نحفظه: اسمك في تيليجرام، ولغتك وإعداداتك، ومواعيدك، وتقدمك في التعلم، وإجاباتك عن الأسئلة حول حالك.
    لماذا: لكي تصلك التذكيرات، ويمكنك التدرب على اللغة الألمانية، ويستطيع مرشدك أو مرشدتك مساعدتك في الوقت المناسب.
    من يرى ذلك: مرشدك أو مرشدتك وفريق العمل في برنامجك. لا أحد غيرهم.
    إلى متى: حتى تكتب /delete، وعلى الأكثر حتى 12 شهرًا بعد نهاية مشاركتك.
    حقوقك: الأمر /export يعرض لك كل بياناتك، والأمر /delete يحذفها. مشاركتك في البرنامج لا تتوقف على هذا البوت.
consent-question = هل توافق على ذلك؟
consent-yes = نعم، أوافق
consent-no = لا
consent-thanks = شكرًا! يمكنك قراءة هذا مرة أخرى في أي وقت عبر /privacy.
consent-declined = حسنًا. نحفظ فقط أنك لم توافق. إذا غيرت رأيك، يمكنك كتابة /start.
declined-status = لم نحصل بعد على موافقتك على حماية البيانات. بدون موافقتك لا يستطيع البوت أن يفعل أي شيء لك.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = لم توافق على إشعار حماية البيانات، لذلك لا أستطيع تمرير رسالتك. إذا غيّرت رأيك: /start
consent-status = وافقت بتاريخ { $date } (الإصدار { $version }).

## Quiet hours and practice time

quiet-hours-question = في أي وقت يجب ألا نرسل لك رسائل؟ (وقت الهدوء)
quiet-hours-range = من { $start } إلى { $end }
quiet-hours-none = بدون وقت هدوء
practice-time-question = في أي وقت يناسبك أن تتدرب قليلًا على الألمانية كل يوم؟
practice-time-value = الساعة { $time }
setup-done = تم! يمكنك تغيير كل شيء عبر /settings.

## Help and menus

help-participant =
    /sos – 🆘 أحتاج إلى مساعدة
    /checkin – كيف حالي؟
    /appointments – مواعيدك
    /practice – التدرب على الألمانية (/progress, /level, /topics, /pause)
    /settings – اللغة ووقت الهدوء ووقت التدريب
    /privacy – حماية البيانات (/export, /delete)
help-coach =
    /participants – نظرة سريعة على المشاركين لديك
    /appointment – إنشاء موعد
    /appointments – مواعيد المشاركين لديك
    /invite – دعوة المشاركين
    /settings – إعداداتك
    /privacy, /export, /delete – بياناتك الخاصة
help-staff =
    /duty – المناوبة لتنبيهات الأزمات تشغيل/إيقاف
    /invite – دعوة المشاركين والمرشدين والمرشدات وفريق العمل
    /appointment, /appointments – إنشاء المواعيد وعرضها
    /participants – نظرة سريعة على جميع المشاركين
    /settings – إعداداتك
    /privacy, /export, /delete – بياناتك الخاصة
help-onboarding = يرجى الإجابة عن الأسئلة أعلاه أولًا. للبدء من جديد: /start
unknown-command = لا أعرف هذا الأمر.
free-text = وصلتني رسالتك، لكن لا أحد يقرؤها هنا. ولن تصل إلى مرشدك أو مرشدتك.
free-text-team = وصلتني رسالتك، لكن لا أحد يقرؤها هنا: لن تُرسل إلى أي شخص. ما يمكنك فعله هنا:
not-text = أستطيع هنا فهم النصوص والأزرار فقط.
not-allowed = هذا الأمر غير متاح لك.
button-stale = هذا الزر لم يعد صالحًا.
cancelled = تم الإلغاء.
nothing-to-cancel = لا يوجد شيء لإلغائه.
error-apology = عذرًا، حدث خطأ ما. يرجى المحاولة مرة أخرى لاحقًا. رقم الخطأ: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = التسجيل أو البدء من جديد
cmd-help = مساعدة
cmd-language = تغيير اللغة
cmd-settings = الإعدادات
cmd-privacy = حماية البيانات
cmd-export = بياناتي في ملف
cmd-delete = حذف بياناتي
cmd-cancel = إلغاء
cmd-invite = دعوة شخص
cmd-appointment = إنشاء موعد
cmd-appointments = المواعيد
cmd-participants = المشاركون
cmd-practice = التدرب على الألمانية
cmd-pause = إيقاف التمارين مؤقتًا
cmd-resume = متابعة التمارين
cmd-level = مستواي
cmd-topics = مواضيعي
cmd-progress = تقدمي

## Settings

settings-overview =
    إعداداتك:
    اللغة: { $language }
    وقت الهدوء: { $quiet }
    وقت التدريب: { $practice }
settings-not-set = غير محدد
settings-change-language = اللغة
settings-change-quiet = وقت الهدوء
settings-change-practice = وقت التدريب
settings-saved = تم الحفظ.

## Export and delete

export-caption = بياناتك في Begleiter
export-as-text = بياناتك في Begleiter (كنص، لأنه لم يكن ممكنًا إرسال ملف):
delete-question = هل نحذف كل بياناتك فعلًا؟ لا يمكن التراجع عن ذلك.
delete-yes = نعم، احذف كل شيء
delete-no = لا، احتفظ بها
delete-done = تم حذف بياناتك. مع السلامة! يمكنك العودة برابط دعوة جديد.
delete-kept = حسنًا، بياناتك تبقى محفوظة.
coach-participant-deleted = حذف { $name } بياناته من Begleiter.
coach-participant-joined = انضم { $name } إلى Begleiter.
someone = شخص ما

## Invitations

role-participant = مشارك أو مشاركة
role-coach = مرشد أو مرشدة
role-staff = عضو في فريق العمل
invite-choose-role = دعوة لمن؟
invite-choose-cohort = لأي مجموعة؟ يمكنك أيضًا كتابة اسم مجموعة جديدة.
invite-no-cohort = بدون مجموعة
invite-choose-coach = من المرشد أو المرشدة؟
invite-no-coach = لا أحد بعد
invite-cohort-invalid = اسم المجموعة من 1 إلى 80 حرفًا. يرجى كتابة اسم آخر.
invite-created =
    دعوة بصفة: { $role }
    المجموعة: { $cohort }
    صالحة حتى: { $expires }، للاستخدام مرة واحدة فقط.

    يرجى إعطاء هذا الرابط للشخص المدعو فقط:
    { $link }
invite-qr-caption = رمز QR للدعوة (صالح حتى { $expires })
invite-revoke = سحب الدعوة
invite-revoked-ok = تم سحب الدعوة.
