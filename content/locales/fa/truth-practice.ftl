# Machine-made translation: needs review by a native speaker before production use.
# German practice: sentences that fit the state they are said in – Persian.

truth-practice-done-all = عالی، همه درست: { $right } از { $total }!
truth-practice-done-most = آفرین! { $right } از { $total } درست.
truth-practice-done-some = { $right } از { $total } درست. بقیه به زودی دوباره می آیند.
truth-practice-done-none = این بار سخت بود – این بخشی از یادگیری است. { $right } از { $total } درست. این تمرین ها به زودی دوباره می آیند.
truth-practice-streak = تمرین پیاپی: { $streak } روز.
truth-practice-hint-letters = با «{ $first }…» شروع می شود، { $letters } حرف.
truth-practice-hint-words = { $words } کلمه، اولی با «{ $first }…» شروع می شود.
truth-practice-later-soon = مشکلی نیست. به زودی می بینیم!
truth-practice-later-anytime = مشکلی نیست. هر وقت خواستید می توانید با /practice تمرین کنید.
truth-practice-nothing =
    { $days ->
        [0] الان چیزی برای تمرین نیست. بعدا دوباره چیزی هست.
        [1] برای امروز همه چیز تمرین شد. فردا ادامه می دهیم!
       *[other] برای امروز همه چیز تمرین شد. مرور بعدی { $days } روز دیگر است.
    }
truth-practice-resumed-no-time = ادامه می دهیم! شما زمان تمرین انتخاب نکرده اید: با /practice تمرین کنید، یا با /settings یک زمان انتخاب کنید.
