# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Persian (Farsi/Dari, common vocabulary). Same ids and placeholders as the German reference.

apt-kind-coaching = جلسه مشاوره
apt-kind-job-centre = اداره کار (Jobcenter)
apt-kind-course = کلاس
apt-kind-internship = کارآموزی
apt-kind-authority = اداره دولتی
apt-kind-doctor = دکتر
apt-kind-other = قرار ملاقات
apt-when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") }
apt-place-open = هنوز معلوم نیست

## To the participant

apt-new =
    قرار ملاقات جدید: { $kind }
    { $when }
    مکان: { $place }
apt-reminder =
    یادآوری: { $kind }
    { $when }
    مکان: { $place }
    آیا می آیید؟
apt-changed =
    قرار ملاقات شما تغییر کرد: { $kind }
    { $when }
    مکان: { $place }
apt-cancelled = قرار ملاقات شما لغو شد: { $kind }، { $when }
apt-coming = می آیم
apt-not-coming = نمی توانم بیایم
apt-thanks-coming = سپاس! تا آن موقع.
apt-ask-reason = حیف شد. می خواهید بگویید چرا؟ کوتاه بنویسید یا روی «بدون دلیل» بزنید.
apt-no-reason = بدون دلیل
apt-coach-told = به مشاور شما خبر داده شد.
apt-ics-caption = قرار ملاقات برای تقویم شما
apt-closed = این قرار ملاقات تمام شده یا تغییر کرده است.

## To the coach

coach-cant-come = { $name } نمی تواند بیاید: { $kind }، { $when }.
coach-cant-come-reason = { $name } درباره قرار { $kind } در { $when }: «{ $reason }»
coach-no-answer = { $name } به یادآوری جواب نداد: { $kind }، { $when }.
coach-unreachable = { $name } دیگر در تلگرام در دسترس نیست (ربات مسدود شده است). پیام های برنامه ریزی شده برای این شخص متوقف شدند.

## Making an appointment (coaches and staff)

apt-choose-participant = این قرار ملاقات برای چه کسی است؟
apt-no-participants = شما هنوز شرکت کننده ای ندارید. با /invite کسی را دعوت کنید.
apt-ask-when = چه وقت؟ برای مثال بنویسید: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
apt-choose-kind = چه نوع قرار ملاقاتی؟
apt-ask-place = کجا؟ مکان را بنویسید یا روی «رد کردن» بزنید.
apt-ask-note = یادداشتی برای این شخص دارید؟ آن را بنویسید یا روی «رد کردن» بزنید.
apt-skip = رد کردن
apt-confirm =
    قرار ملاقات برای { $name }:
    { $kind }
    { $when }
    مکان: { $place }
    به همین شکل ذخیره شود؟
apt-save = ذخیره
apt-discard = ذخیره نشود
apt-saved = ✅ ذخیره شد. { $name } قرار ملاقات را همین حالا و یادآوری ها را پیش از آن دریافت می کند.
apt-discarded = 🗑 ذخیره نشد.
apt-not-yours = این شخص جزو شرکت کنندگان شما نیست.
when-empty = لطفاً یک تاریخ و یک ساعت بنویسید.
when-no-date = این را به عنوان تاریخ نفهمیدم. مثال ها: morgen 9:30, 24.8. 14 Uhr, Mo 10:00
when-no-time = لطفاً ساعت را هم بنویسید، برای مثال: 24.8. 14 Uhr
when-bad-date = این تاریخ وجود ندارد.
when-bad-time = این ساعت وجود ندارد.
when-past = این زمان گذشته است.
when-too-far = این بیش از یک سال بعد است. لطفاً تاریخ نزدیک تری انتخاب کنید.
when-ambiguous = این روشن نیست. لطفاً تاریخ را با ماه بنویسید، برای مثال: 24.8. 14 Uhr

## Lists

apt-list-title = قرارهای ملاقات آینده:
apt-list-empty = قرار ملاقات آینده ای نیست.
apt-list-item = { $when }: { $kind }، { $place }
apt-list-item-coach = { $n }. { $when }: { $name }، { $kind } – { $answer }
apt-answer-coming = ✅ می آید
apt-answer-not-coming = ❌ نمی آید
apt-answer-none = ❔ بدون جواب
apt-past-title = قرارهای ملاقات گذشته – لطفاً ثبت کنید که آیا این شخص آمد یا نه:
apt-cancel-button = ✖️ { $n } لغو
apt-move-button = ✏️ { $n } تغییر زمان
apt-attended-button = ✅ { $n } آمد
apt-missed-button = ❌ { $n } نیامد
apt-cancel-done = لغو شد. به { $name } خبر داده می شود.
apt-move-ask = زمان جدید برای { $name }؟ برای مثال: morgen 9:30
apt-move-done = زمان تغییر کرد. به { $name } خبر داده می شود.
