# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Dari/Farsi.

role-mentor = منتور
mentors-help =
    /participants – شرکت‌کنندگان شما و قرارهای بعدی آنها؛ از آنجا برایشان بنویسید
    /contacts – افراد تماس در برنامه
    /settings – تنظیمات شما
    /privacy, /export, /delete – داده‌های خود شما
mentors-list-title = شرکت‌کنندگان شما ({ $count }): نام‌ها و قرارهای بعدی.
mentors-empty = هنوز کسی به شما سپرده نشده است. تیم شرکت‌کنندگانی به شما می‌سپارد.
mentors-no-appointments = قراری برنامه‌ریزی نشده
mentors-write = ✍️ نوشتن به { $name }
mentors-answer-goes-to-coach = اگر این فرد پاسخ دهد، پاسخ به مشاور او ({ $name }) می‌رود، نه به شما.
mentors-answer-goes-to-team = اگر این فرد پاسخ دهد، پاسخ به تیم می‌رود، نه به شما.
mentors-relay-from = پیام از منتور شما { $name }:
mentors-link-button = 🤝 تعیین منتور
mentors-choose = کدام منتور همراه { $name } است؟ ✓ یعنی: قبلاً تعیین شده؛ با زدن لغو می‌شود.
mentors-none-yet = هنوز هیچ منتوری نیست. با /invite کسی را دعوت کنید.
mentors-linked = تعیین شد: منتور اکنون { $name } را با نام و قرارها می‌بیند و می‌تواند بنویسد.
mentors-unlinked = تعیین برای { $name } لغو شد.
mentors-new-mentee = { $name } اکنون به شما سپرده شد. نام‌ها و قرارها را در /participants می‌بینید.
