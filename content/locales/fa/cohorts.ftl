# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Dari/Farsi.

cmd-cohorts = مدیریت گروه‌ها
cohorts-title = گروه‌ها. یک گروه را انتخاب کنید یا گروه تازه‌ای بسازید.
cohorts-none = هنوز گروهی وجود ندارد. یکی بسازید.
cohorts-new = ➕ گروه تازه
cohorts-line = { $name } · شرکت‌کنندگان: { $count }
cohorts-line-archived = 🗄 { $name } (بایگانی‌شده)
cohorts-card =
    گروه: { $name }
    شرکت‌کنندگان: { $count }
    پرسش‌نامهٔ هفتگی: { $when }
cohorts-card-archived = بایگانی‌شده: این گروه دیگر در دعوت‌ها پیشنهاد نمی‌شود.
cohorts-languages = زبان‌ها: { $mix }
cohorts-checkin-default = طبق تنظیم پیش‌فرض
cohorts-checkin-at = { $date }، ساعت { $time }
cohorts-rename = ✏️ تغییر نام
cohorts-archive = 🗄 بایگانی
cohorts-restore = ♻️ بازگردانی
cohorts-checkin = 🕘 زمان پرسش‌نامه
cohorts-invite = 🔗 لینک دعوت
cohorts-move = 🔀 جابه‌جایی شرکت‌کنندگان
cohorts-back = ← همهٔ گروه‌ها
cohorts-ask-name = نام گروه تازه چه باشد؟ نام را بنویسید (حداکثر 80 حرف). لغو: /cancel
cohorts-ask-rename = نام تازهٔ گروه «{ $name }» چه باشد؟ نام را بنویسید (حداکثر 80 حرف). لغو: /cancel
cohorts-name-taken = گروهی به نام «{ $name }» از قبل وجود دارد. لطفاً نام دیگری بنویسید.
cohorts-name-bad = لطفاً نامی با 1 تا 80 حرف بنویسید.
cohorts-created = گروه «{ $name }» ساخته شد.
cohorts-renamed = نام گروه اکنون «{ $name }» است.
cohorts-archived = گروه «{ $name }» بایگانی شد. شرکت‌کنندگان در آن می‌مانند.
cohorts-restored = گروه «{ $name }» دوباره فعال است.
cohorts-choose-day = پرسش‌نامه برای «{ $name }»: چه روزی؟
cohorts-choose-time = پرسش‌نامه برای «{ $name }» در روز { $date }: چه ساعتی؟
cohorts-checkin-reset = طبق تنظیم پیش‌فرض
cohorts-checkin-saved = پرسش‌نامه برای «{ $name }»: { $when }.
cohorts-day-0 = دوشنبه
cohorts-day-1 = سه‌شنبه
cohorts-day-2 = چهارشنبه
cohorts-day-3 = پنجشنبه
cohorts-day-4 = جمعه
cohorts-day-5 = شنبه
cohorts-day-6 = یکشنبه
cohorts-link =
    لینک دعوت برای گروه «{ $name }»
    تعداد ثبت‌نام‌های ممکن: { $count } · معتبر تا { $expires }
    { $link }
cohorts-link-qr = کد QR برای گروه «{ $name }»
cohorts-link-archived = این گروه بایگانی شده است. دعوت تازه‌ای برای آن نیست.
cohorts-move-choose = چه کسی را از «{ $name }» می‌خواهید جابه‌جا کنید؟
cohorts-move-empty = الان کسی در «{ $name }» نیست.
cohorts-move-target = { $name } به کدام گروه برود؟ مشاور همان می‌ماند.
cohorts-no-cohort = بدون گروه
cohorts-moved = { $name } اکنون در گروه «{ $cohort }» است. مشاور همان می‌ماند.
cohorts-moved-none = { $name } اکنون در هیچ گروهی نیست. مشاور همان می‌ماند.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 مشاور دیگر
reassign-choose-coach = از این پس چه کسی مشاور { $name } باشد؟
reassign-no-coaches = مشاور فعال دیگری وجود ندارد.
reassign-done = اکنون { $coach } مشاور { $name } است. گزارش‌های باز هم منتقل شدند؛ به هر دو اطلاع داده شد.
reassign-same = { $coach } از قبل مشاور { $name } است.
reassign-to-new-coach = شما اکنون مشاور { $name } هستید (تا کنون: { $coach }). گزارش‌های باز دربارهٔ او اکنون نزد شماست: /alerts
reassign-to-old-coach = اکنون { $coach } مشاور { $name } است. شما دیگر داده‌های او را نمی‌بینید.
