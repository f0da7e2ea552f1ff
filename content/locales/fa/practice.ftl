# Machine-made translation: needs review by a native speaker before production use.
# German practice – Persian (Farsi/Dari, common vocabulary). Same ids and placeholders as the German reference.

practice-prompt = وقت آلمانی است! { $count } تمرین کوتاه، حدود دو دقیقه.
practice-nudge = مدتی است شما را ندیده ایم! دوست دارید امروز دوباره کمی آلمانی تمرین کنید؟
practice-start = شروع کنیم
practice-later = امروز نه
practice-later-ok = مشکلی نیست. تا فردا!
practice-placement-intro = اول یک آزمون کوتاه، تا تمرین ها برای شما مناسب باشند.
practice-card =
    کلمه جدید: { $word }
    مثال: { $example }
practice-card-plain = کلمه جدید: { $word }
practice-known = می دانم
practice-unknown = هنوز نه
practice-gap = چه چیزی کم است؟ کلمه را بنویسید.
practice-reply = چه جوابی می دهید؟ یک جمله بنویسید.
practice-say = این را به آلمانی چطور می گویند؟ جمله را بنویسید.
practice-choice = روی جواب درست بزنید.
practice-typed-send = ✉️ برای { $name } بفرست
practice-typed-send-team = ✉️ برای تیم بفرست
practice-show-gloss = به زبان من
practice-hint = راهنمایی
practice-skip = رد کردن
practice-right = درست است!
practice-right-spelling = درست است! این طور نوشته می شود: { $expected }
practice-wrong = کاملاً درست نیست. جواب درست: { $expected }
practice-card-known = عالی!
practice-card-again = مشکلی نیست، این کلمه به زودی دوباره می آید.
practice-placed = سطح شما: { $level }. می توانید آن را با /level تغییر دهید.
practice-paused = توقف: تا وقتی /resume ننویسید، تمرینی دریافت نمی کنید.
practice-resumed = ادامه می دهیم! از حالا دوباره تمرین دریافت می کنید.
practice-level-ask = می خواهید در کدام سطح تمرین کنید؟ سطح فعلی: { $level }
practice-level-set = سطح شما: { $level }.
practice-topics-ask = می خواهید کدام موضوع ها را تمرین کنید؟ روی آن ها بزنید و بعد روی «تمام» بزنید.
practice-topics-all = همه موضوع ها
practice-topics-done = تمام
practice-topics-set = ذخیره شد.
practice-progress =
    تمرین پیاپی: { $streak } روز (رکورد: { $best })
    یاد گرفته شده: { $learned }
    برای مرور امروز: { $due }
    این هفته: { $right } از { $total } درست
    سطح: { $level }
practice-level-open = هنوز معلوم نیست
practice-type-answer = لطفاً جواب را به شکل متن بنویسید.
practice-level-whom = سطح چه کسی را می خواهید تعیین کنید؟
practice-level-of = سطح { $name }: { $level }. سطح جدید؟
practice-level-of-set = سطح { $name }: { $level }.
