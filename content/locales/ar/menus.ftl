# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = مساعدة
menu-appointments = المواعيد
menu-practice = تدريب
menu-coach = الاستشارة
menu-participants = المشاركون
menu-alerts = البلاغات المفتوحة

## Privacy notice, the short layer

privacy-short =
    حماية البيانات باختصار:
    نحفظ اسمك ولغتك ومواعيدك وتقدمك في التعلم وإجاباتك عن حالك.
    لا يرى ذلك إلا مرشدك أو مرشدتك وفريق العمل في برنامجك.
    الأمر /export يعطيك كل شيء، والأمر /delete يحذف كل شيء.
privacy-more = اقرأ المزيد

## Practice time and quiet hours

practice-time-in-quiet = هذا الوقت يقع ضمن وقت الهدوء الخاص بك. يرجى اختيار وقت تدريب آخر.
practice-time-now-in-quiet = وقت تدريبك يقع الآن ضمن وقت الهدوء. يرجى اختيار وقت تدريب جديد.

## A new group in /invite

invite-cohort-confirm = إنشاء مجموعة جديدة «{ $name }»؟
invite-cohort-create = نعم، أنشئها
invite-cohort-other = لا، اسم آخر
