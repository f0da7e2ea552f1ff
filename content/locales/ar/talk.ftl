## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ رسالة إلى مرشدي
talk-write-ask = اكتب رسالتك إلى { $name }، بلغتك إن شئت. يمكنك أيضًا إرسال صورة أو رسالة صوتية.
talk-write-ask-team = اكتب رسالتك إلى الفريق، بلغتك إن شئت. يمكنك أيضًا إرسال صورة أو رسالة صوتية.
talk-ask = هل أرسل هذا إلى { $name }؟ سأتذكر جوابك للمرات القادمة.
talk-ask-team = هل أرسل هذا إلى الفريق؟ سأتذكر جوابك للمرات القادمة.
talk-yes = ✉️ نعم، أرسل
talk-no = لا
talk-send-anyway = ✉️ أرسل رغم ذلك
talk-sent = تم الإرسال إلى { $name } ✓
talk-sent-team = تم الإرسال إلى الفريق ✓
talk-not-sent = لم أُرسل هذا. لكتابة رسالة إلى مرشدك أو مرشدتك: /message
talk-kept = حسنًا، لن أرسل شيئًا. لكتابة رسالة إلى مرشدك أو مرشدتك: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 صورة (بدون ترجمة)
talk-media-voice = 🎤 رسالة صوتية (بدون ترجمة)
talk-media-audio = 🎵 ملف صوتي (بدون ترجمة)
talk-media-video = 🎬 فيديو (بدون ترجمة)
talk-media-document = 📎 ملف (بدون ترجمة)

# A participant's sticker or location outside any question: what does reach the coach.
talk-not-forwardable = لا أستطيع تمرير الملصقات أو المواقع. النصوص والصور والرسائل الصوتية تصل إلى مرشدك أو مرشدتك.
