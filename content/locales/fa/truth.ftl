truth-apt-reminder-coming =
    یادآوری: { $kind }
    { $when }
    مکان: { $place }
    شما گفته اید که می آیید. تا آن موقع!
truth-apt-answer-saved = سپاس، پاسخ شما ذخیره شد.
truth-translation-failed = ترجمه ماشینی این بار انجام نشد.
truth-relay-translation-failed = ترجمه ماشینی این بار انجام نشد. می توانید به زبان خود جواب دهید.
truth-apt-cancel-done-untold = لغو شد. { $name } هنوز از این قرار خبر نداشت و به همین دلیل پیامی دریافت نمی کند.
truth-practice-done-new = با { $total } کلمه جدید آشنا شدید. به زودی دوباره می آیند تا آنها را یاد بگیرید.
truth-seen-answers = مشاور شما پاسخ های شما را دید.
truth-seen-answers-team = یکی از اعضای تیم پاسخ های شما را دید.
truth-seen-help = مشاور شما دید که به کمک نیاز دارید.
truth-seen-help-team = یکی از اعضای تیم دید که به کمک نیاز دارید.
truth-incident-ping = هشدار تازه درباره { $name }: پیام بالا به روز شد.
