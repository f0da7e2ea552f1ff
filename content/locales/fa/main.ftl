# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Persian (Farsi/Dari, common vocabulary). Same ids and placeholders as the German reference catalogue.

## Joining

uninvited = این ربات فقط با دعوت کار می کند. لطفاً از مشاور خود یک لینک دعوت بخواهید.
invite-unknown = این لینک دعوت معتبر نیست. لطفاً از مشاور خود یک لینک جدید بخواهید.
invite-used = این لینک دعوت قبلاً استفاده شده است. لطفاً از مشاور خود یک لینک جدید بخواهید.
invite-expired = اعتبار این لینک دعوت تمام شده است. لطفاً از مشاور خود یک لینک جدید بخواهید.
invite-revoked = این لینک دعوت پس گرفته شده است. لطفاً از مشاور خود یک لینک جدید بخواهید.
already-joined = شما قبلاً ثبت نام کرده اید. کمک: /help
welcome = به Begleiter خوش آمدید! لطفاً زبان خود را انتخاب کنید.
# Choosing the language again (/language, /settings): a member is not welcomed anew.
language-question = لطفاً زبان خود را انتخاب کنید.
language-chosen = زبان شما: { $language }

## Privacy notice and consent

privacy-notice =
    حفاظت از اطلاعات – لطفاً این را با آرامش بخوانید.

    چه چیزی را ذخیره می کنیم: نام شما در تلگرام، زبان و تنظیمات شما، قرارهای ملاقات شما، پیشرفت شما در یادگیری و جواب های شما به سؤال ها درباره حال شما.
    چرا: تا شما یادآوری دریافت کنید، بتوانید آلمانی تمرین کنید و مشاور شما بتواند به موقع به شما کمک کند.
    چه کسی این را می بیند: مشاور شما و کارمندان برنامه شما. هیچ کس دیگر.
    تا چه وقت: تا وقتی که شما /delete بنویسید، حداکثر تا 12 ماه بعد از پایان شرکت شما در برنامه.
    حقوق شما: /export همه اطلاعات را به شما نشان می دهد، /delete آن ها را پاک می کند. شرکت در برنامه به این ربات بستگی ندارد.
consent-question = آیا با این موافق هستید؟
consent-yes = بله، موافقم
consent-no = نه
consent-thanks = سپاس! هر وقت بخواهید، می توانید این را با /privacy دوباره بخوانید.
consent-declined = بسیار خوب. ما فقط ذخیره می کنیم که شما موافقت نکردید. اگر نظر شما تغییر کرد، /start را بنویسید.
declined-status = شما هنوز با حفاظت از اطلاعات موافقت نکرده اید. بدون موافقت شما، ربات نمی تواند برای شما کاری انجام دهد.
# Text from someone who declined: no questions are left, nothing is passed on.
declined-text = شما با اطلاعیه حفاظت از داده‌ها موافقت نکردید، بنابراین نمی‌توانم پیام شما را بفرستم. اگر نظرتان عوض شد: /start
consent-status = شما در تاریخ { $date } موافقت کردید (نسخه { $version }).

## Quiet hours and practice time

quiet-hours-question = چه وقت به شما پیام نفرستیم؟ (وقت استراحت)
quiet-hours-range = از { $start } تا { $end }
quiet-hours-none = بدون وقت استراحت
practice-time-question = هر روز چه وقت می خواهید کمی آلمانی تمرین کنید؟
practice-time-value = ساعت { $time }
setup-done = تمام شد! با /settings می توانید همه چیز را تغییر دهید.

## Help and menus

help-participant =
    /sos – 🆘 به کمک نیاز دارم
    /checkin – حالم چطور است؟
    /appointments – قرارهای ملاقات شما
    /practice – تمرین آلمانی (/progress, /level, /topics, /pause)
    /settings – زبان، وقت استراحت، وقت تمرین
    /privacy – حفاظت از اطلاعات (/export, /delete)
help-coach =
    /participants – نگاهی کوتاه به شرکت‌کنندگان شما
    /appointment – ثبت قرار ملاقات جدید
    /appointments – قرارهای ملاقات شرکت کنندگان شما
    /invite – دعوت از شرکت کنندگان
    /settings – تنظیمات شما
    /privacy, /export, /delete – اطلاعات خود شما
help-staff =
    /duty – کشیک برای هشدارهای بحران روشن/خاموش
    /invite – دعوت از شرکت کنندگان، مشاوران و کارمندان
    /appointment, /appointments – ثبت و دیدن قرارهای ملاقات
    /participants – نگاهی کوتاه به همه شرکت‌کنندگان
    /settings – تنظیمات شما
    /privacy, /export, /delete – اطلاعات خود شما
help-onboarding = لطفاً اول به سؤال های بالا جواب دهید. شروع دوباره: /start
unknown-command = این دستور را نمی شناسم.
free-text = پیام شما را گرفتم، اما اینجا کسی آن را نمی خواند. مشاور شما این پیام را دریافت نمی کند.
free-text-team = پیام شما به من رسید، اما اینجا کسی آن را نمی‌خواند: به هیچ‌کس فرستاده نمی‌شود. کارهایی که اینجا می‌توانید بکنید:
not-text = من اینجا فقط متن و دکمه ها را می فهمم.
not-allowed = این دستور برای شما در دسترس نیست.
button-stale = این دکمه دیگر معتبر نیست.
cancelled = لغو شد.
nothing-to-cancel = چیزی برای لغو کردن نیست.
error-apology = ببخشید، مشکلی پیش آمد. لطفاً بعداً دوباره امتحان کنید. شماره خطا: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = ثبت نام یا شروع دوباره
cmd-help = کمک
cmd-language = تغییر زبان
cmd-settings = تنظیمات
cmd-privacy = حفاظت از اطلاعات
cmd-export = اطلاعات من به شکل فایل
cmd-delete = پاک کردن اطلاعات من
cmd-cancel = لغو
cmd-invite = دعوت از یک نفر
cmd-appointment = ثبت قرار ملاقات
cmd-appointments = قرارهای ملاقات
cmd-participants = شرکت‌کنندگان
cmd-practice = تمرین آلمانی
cmd-pause = توقف موقت تمرین ها
cmd-resume = ادامه تمرین ها
cmd-level = سطح من
cmd-topics = موضوع های من
cmd-progress = پیشرفت من

## Settings

settings-overview =
    تنظیمات شما:
    زبان: { $language }
    وقت استراحت: { $quiet }
    وقت تمرین: { $practice }
settings-not-set = تعیین نشده
settings-change-language = زبان
settings-change-quiet = وقت استراحت
settings-change-practice = وقت تمرین
settings-saved = ذخیره شد.

## Export and delete

export-caption = اطلاعات شما در Begleiter
export-as-text = اطلاعات شما در Begleiter (به شکل متن، چون فرستادن فایل ممکن نشد):
delete-question = آیا واقعاً می خواهید همه اطلاعات خود را پاک کنید؟ این کار برگشت ندارد.
delete-yes = بله، همه پاک شود
delete-no = نه، نگه داشته شود
delete-done = اطلاعات شما پاک شد. خداحافظ! با یک لینک دعوت جدید می توانید دوباره بیایید.
delete-kept = خوب، اطلاعات شما ذخیره می ماند.
coach-participant-deleted = { $name } اطلاعات خود را در Begleiter پاک کرد.
coach-participant-joined = { $name } در Begleiter ثبت نام کرد.
someone = یک نفر

## Invitations

role-participant = شرکت کننده
role-coach = مشاور
role-staff = کارمند
invite-choose-role = چه کسی را می خواهید دعوت کنید؟
invite-choose-cohort = برای کدام گروه؟ می توانید نام یک گروه جدید را هم بنویسید.
invite-no-cohort = بدون گروه
invite-choose-coach = مشاور کیست؟
invite-no-coach = هنوز هیچ کس
invite-cohort-invalid = نام گروه باید 1 تا 80 حرف داشته باشد. لطفاً نام دیگری بنویسید.
invite-created =
    دعوت برای: { $role }
    گروه: { $cohort }
    معتبر تا: { $expires }، فقط یک بار قابل استفاده.

    این لینک را فقط به شخص دعوت شده بدهید:
    { $link }
invite-qr-caption = کد QR دعوت (معتبر تا { $expires })
invite-revoke = پس گرفتن دعوت
invite-revoked-ok = دعوت پس گرفته شد.
