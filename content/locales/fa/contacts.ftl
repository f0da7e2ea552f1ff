# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts – Dari/Farsi.

cmd-contacts = افراد تماس در شبکه
contacts-title = افراد تماس. یک موضوع را انتخاب کنید.
contacts-topic-work = پیدا کردن کار
contacts-topic-education = آموزش و مدرسه
contacts-topic-mentors = راهنمایان شغلی
contacts-topic-volunteers = کار داوطلبانه و راهنمایان ادغام
contacts-topic-housing = مسکن
contacts-heading = افراد تماس: { $kind }
contacts-phone = تلفن: { $text }
contacts-email = ایمیل: { $text }
contacts-hours = ساعات در دسترس: { $time }
contacts-back = همه موضوعات
contacts-missing = این فهرست الان در دسترس نیست. لطفاً از مشاور خود بپرسید.
