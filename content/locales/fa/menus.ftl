# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = کمک
menu-appointments = قرارها
menu-practice = تمرین
menu-coach = مشاوره
menu-participants = شرکت کنندگان
menu-alerts = گزارش های باز

## Privacy notice, the short layer

privacy-short =
    حفاظت از اطلاعات به طور خلاصه:
    نام، زبان، قرارها، پیشرفت یادگیری و جواب های شما درباره حالتان را ذخیره می کنیم.
    فقط مشاور شما و کارمندان برنامه شما این را می بینند.
    با /export همه چیز را می گیرید، با /delete همه چیز را پاک می کنید.
privacy-more = بیشتر بخوانید

## Practice time and quiet hours

practice-time-in-quiet = این زمان در وقت استراحت شما است. لطفاً زمان تمرین دیگری انتخاب کنید.
practice-time-now-in-quiet = زمان تمرین شما اکنون در وقت استراحت شما است. لطفاً زمان تمرین جدیدی انتخاب کنید.

## A new group in /invite

invite-cohort-confirm = گروه جدید «{ $name }» ساخته شود؟
invite-cohort-create = بله، بساز
invite-cohort-other = نه، نام دیگر
