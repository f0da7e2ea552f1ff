# Machine-made translation: needs review by a native speaker before production use.
# Appointment sentences made true in every state – Dari/Farsi.

## The coach's lists: her answer beside the appointment

truth-appts-not-coming-because = ❌ نمی آید: «{ $reason }»
truth-appts-next-with-answer = { $when } ({ $answer })

## The confirmation of a new appointment, as it will really reach her

truth-appts-saved-no-reminder = ✅ ذخیره شد. { $name } قرار ملاقات را همین حالا دریافت می کند. یادآوری پیش از آن نخواهد بود.
truth-appts-saved-after-quiet = ✅ ذخیره شد. { $name } اکنون در ساعت استراحت است و قرار ملاقات را ساعت { $time } دریافت می کند، و یادآوری ها را پیش از آن.
