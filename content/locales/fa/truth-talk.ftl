## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = { $name } آنچه را می نویسید با ترجمه ماشینی به آلمانی دریافت می کند.
truth-note-translated-team = تیم آنچه را می نویسید با ترجمه ماشینی به آلمانی دریافت می کند.
truth-note-untranslated = { $name } آنچه را می نویسید به زبان شما و بدون ترجمه دریافت می کند: برای زبان شما ترجمه ماشینی نصب نشده است.
truth-note-untranslated-team = تیم آنچه را می نویسید به زبان شما و بدون ترجمه دریافت می کند: برای زبان شما ترجمه ماشینی نصب نشده است.

truth-relay-ask-untranslated = پیام خود به { $name } را به آلمانی بنویسید. فقط به آلمانی می رسد: برای { $language } ترجمه ماشینی نصب نشده است.
truth-relay-ask-german = پیام خود به { $name } را به آلمانی بنویسید.
truth-relay-sent-failed = به { $name } فقط به آلمانی فرستاده شد: ترجمه ماشینی این بار انجام نشد.

truth-help-seen-team = یکی از اعضای تیم پیام شما را دید.
truth-alert-taken-over = ✅ { $staff } از تیم هشدار مربوط به { $name } را ساعت { $time } دید و پیگیری می کند.

truth-help-crisis-team = شما تنها نیستید. همین حالا به تیم خبر می دهیم. اگر در خطر هستید، فوراً به 112 زنگ بزنید.
truth-help-sent-team = همین حالا به تیم خبر می دهیم. تیم هر چه زودتر با شما تماس می گیرد.
truth-help-sent-already-team = به تیم قبلاً خبر داده شده است. تیم هر چه زودتر با شما تماس می گیرد.
