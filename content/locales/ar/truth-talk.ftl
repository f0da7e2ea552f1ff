## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = ما تكتبه يصل إلى { $name } مع ترجمة آلية إلى الألمانية.
truth-note-translated-team = ما تكتبه يصل إلى الفريق مع ترجمة آلية إلى الألمانية.
truth-note-untranslated = ما تكتبه يصل إلى { $name } بلغتك، دون ترجمة: لا توجد ترجمة آلية مثبتة للغتك.
truth-note-untranslated-team = ما تكتبه يصل إلى الفريق بلغتك، دون ترجمة: لا توجد ترجمة آلية مثبتة للغتك.

truth-relay-ask-untranslated = اكتب رسالتك إلى { $name } باللغة الألمانية. ستصل بالألمانية فقط: لا توجد ترجمة آلية مثبتة للغة { $language }.
truth-relay-ask-german = اكتب رسالتك إلى { $name } باللغة الألمانية.
truth-relay-sent-failed = تم الإرسال إلى { $name } بالألمانية فقط: لم تنجح الترجمة الآلية هذه المرة.

truth-help-seen-team = رأى أحد أعضاء الفريق رسالتك.
truth-alert-taken-over = ✅ رأى { $staff } من الفريق التنبيه الخاص بـ { $name } في الساعة { $time } ويتولى الأمر.

truth-help-crisis-team = أنت لست وحدك. نحن نُبلغ فريق العمل الآن. إذا كنت في خطر، اتصل فورًا بالرقم 112.
truth-help-sent-team = نحن نُبلغ فريق العمل الآن، وسيتواصل معك في أقرب وقت ممكن.
truth-help-sent-already-team = تم إبلاغ فريق العمل من قبل، وسيتواصل معك في أقرب وقت ممكن.
