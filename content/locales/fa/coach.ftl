# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Persian (Farsi/Dari, common vocabulary). Same ids and placeholders as the German reference.

## The list

caseload-title = شرکت‌کنندگان شما ({ $total })، صفحه { $page } از { $pages }:
caseload-title-staff = همه شرکت‌کنندگان ({ $total })، صفحه { $page } از { $pages }:
caseload-empty = هنوز شرکت‌کننده‌ای ندارید. با /invite یک لینک دعوت بسازید؛ هر کس با آن عضو شود و موافقت کند، اینجا نشان داده می‌شود.
caseload-empty-staff = هنوز شرکت‌کننده فعالی وجود ندارد. با /invite یک لینک دعوت بسازید؛ هر کس با آن عضو شود و موافقت کند، اینجا نشان داده می‌شود.
caseload-line =
    { $marker }{ $name }
    آخرین فعالیت: { $seen } · روزهای پیاپی تمرین: { $streak } · قرار بعدی: { $next }
caseload-line-coach = مشاور: { $coach }
caseload-seen =
    { $days ->
        [0] امروز
        [1] دیروز
       *[other] { $days } روز پیش
    }
caseload-seen-never = هرگز
caseload-next-none = ندارد
caseload-prev = ◀ قبلی
caseload-next = بعدی ▶

## A participant's card

caseload-card =
    👤 { $name }
    زبان: { $language } · گروه: { $cohort }
    مشاور: { $coach }
    آخرین فعالیت: { $seen }
    آلمانی: سطح { $level }، روزهای پیاپی تمرین: { $streak }
caseload-none = ندارد
caseload-checkins-title = آخرین پرسش‌نامه‌ها:
caseload-checkins-none = هنوز پرسش‌نامه تکمیل‌شده‌ای وجود ندارد.
caseload-checkin-line = { $date }: حال { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = پاسخی داده نشده
caseload-checkin-flags = { $marker } نیاز به توجه: { $reasons }
caseload-checkin-text = متن ({ $language }): «{ $text }»
caseload-checkin-translation = ترجمه ماشینی (ممکن است خطا داشته باشد): «{ $text }»
caseload-appointments-title = قرارهای بعدی:
caseload-appointments-none = قراری برنامه‌ریزی نشده است.
caseload-appointment-line = { $when } – { $kind }، { $place } ({ $answer })
caseload-alerts-title = هشدارهای باز ({ $count }):
caseload-alerts-none = هشدار بازی وجود ندارد.
caseload-alert-line = { $marker } { $date }، { $source }: { $reasons }
caseload-source-checkin = پرسش‌نامه
caseload-source-help-button = دکمه کمک
caseload-source-message = پیام
caseload-rule-keywords = کلمه هشدار در متن
caseload-rule-unknown = نامشخص
caseload-notes-title = یادداشت‌ها:
caseload-notes-none = هنوز یادداشتی وجود ندارد.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption = حال { $name } در { $weeks } هفته گذشته (قدیمی‌ترین در سمت چپ، · = بدون پاسخ): { $line }
caseload-write = ✍️ نوشتن
caseload-note = 📝 یادداشت
caseload-back = ⬅ بازگشت به فهرست
caseload-open-card = باز کردن کارت

## Notes

caseload-note-ask = یادداشت شما درباره { $name }: آن را در یک پیام بنویسید (حداکثر { $max } نویسه). لغو: /cancel
caseload-note-too-long = این یادداشت { $length } نویسه دارد؛ حداکثر { $max } نویسه مجاز است. لطفاً آن را کوتاه کنید و دوباره بفرستید. لغو: /cancel
caseload-note-saved = یادداشت درباره { $name } ذخیره شد.
caseload-note-gone = این شخص دیگر در فهرست شما نیست. یادداشت ذخیره نشد.
