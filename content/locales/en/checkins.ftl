# Check-ins, help, alerts and relayed messages – English.

cmd-checkin = How am I doing? (check-in)
cmd-sos = 🆘 I need help
cmd-duty = On duty on/off

ci-intro-weekly = A few short questions about your week. You can skip any question.
ci-intro-monthly = A few short questions about your month. You can skip any question.
ci-offer-weekly = How are you this week? Six short questions, about a minute.
ci-offer-monthly = Time for the monthly check-in: six short questions about your path.
ci-offer-again-weekly = Once more: do you have a minute for this week's check-in?
ci-offer-again-monthly = Once more: do you have a minute for the monthly check-in?
ci-start = Let's go
ci-later-button = Later
ci-later = All right. You can start any time with /checkin.

ci-mood = How are you? 1 = very bad, 5 = very good.
ci-mood-label = Wellbeing
ci-sleep = How are you sleeping?
ci-sleep-label = Sleep
ci-sleep-good = Well
ci-sleep-ok = So-so
ci-sleep-bad = Badly
ci-attendance = Were you at your course or placement this week?
ci-attendance-label = Course/placement
ci-attendance-all = Yes, always
ci-attendance-some = Sometimes
ci-attendance-none = No
ci-attendance-no_course = I have no course
ci-problems = Are there problems? Tap everything that fits, then "Done".
ci-problems-label = Problems
ci-problems-work = Work
ci-problems-course = Course
ci-problems-home = Home
ci-problems-authorities = Authorities
ci-problems-health = Health
ci-contact = Would you like your coach to contact you?
ci-contact-label = Wants contact
ci-contact-yes = Yes, please
ci-contact-no = No, thanks
ci-text = Anything else you want to say? Write in your language.
ci-text-label = Own words
ci-german = How confident do you feel speaking German? 1 = not at all, 5 = very.
ci-german-label = German
ci-goal = Where are you with your job search?
ci-goal-label = Job search
ci-goal-working = I am working
ci-goal-interviews = Job interviews
ci-goal-applying = I am applying
ci-goal-course = Course first
ci-goal-not_yet = Not yet
ci-support = What would you like help with? Tap everything that fits.
ci-support-label = Wants help with
ci-support-german = German
ci-support-applications = Applications
ci-support-childcare = Childcare
ci-support-documents = Letters, forms
ci-support-housing = Housing
ci-support-health = Health
ci-text-how = Just write a message or forward one. Or tap "Skip".
ci-skip = Skip
ci-done = Done
ci-none = None of these
ci-skipped = skipped
ci-tap = Please tap one of the answers above.
ci-thanks = Thank you! Your answers are saved.
ci-thanks-contact = Thank you! Your coach will get in touch.

help-numbers-intro = Help day and night, free of charge:
help-number-emergency = Emergency (police, ambulance)
help-number-telefonseelsorge = Telefonseelsorge, if you want to talk
help-number-violence-women = Helpline for violence against women, with interpreters
help-crisis = You are not alone. Your coach is being told now. If you are in danger, call 112 right away.
help-sent = Your coach is being told now and will get in touch as soon as possible.
help-sent-already = Your coach has been told already and will get in touch as soon as possible.
help-write = Write what happened
help-write-ask = Write what happened, in your language.
help-seen = Your coach has seen your message.

alert-head-normal = Note about { $name }
alert-head-urgent = Urgent: { $name }
alert-head-crisis = CRISIS: { $name } – please get in touch now
alert-escalated = The coach did not respond in time. Please take over.
alert-no-coach = This person has no coach who can be reached.
alert-source-help = Tapped "I need help".
alert-source-message = In a message to the coach:
alert-checkin-weekly = Weekly check-in of { $date }:
alert-checkin-monthly = Monthly check-in of { $date }:
alert-why = Why:
alert-why-keyword = Word "{ $term }" ({ $language })
alert-why-keyword-translation = Word "{ $term }" in the machine translation
alert-why-low_mood = Wellbeing very low
alert-why-mood_drop = Wellbeing clearly worse than before
alert-why-contact_requested = Wants contact
alert-why-problems_reported = Reports problems
alert-why-missed_course = Was not at the course
alert-why-help_button = Asks for help
alert-free-text = Own words (original, { $language }):
alert-machine-translation = Machine translation into German (may contain mistakes):
alert-no-translation = No machine translation is installed for this language.
alert-ack = ✅ Seen, I'll handle it
alert-reply = ✍️ Reply
alert-history = 📋 History
alert-acknowledged-toast = Thank you!
alert-acknowledged = Thank you. { $name } will be told that you have seen it.
alert-acknowledged-before = This was already marked as seen.

relay-ask = Write your message to { $name } in German. They get it with a machine translation ({ $language }).
relay-gone = This person is no longer in your list. Nothing was sent.
relay-too-long =
    The message is too long (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). Please write less.
relay-sent = Sent to { $name }.
relay-sent-translated = Sent to { $name }, with this machine translation:
relay-sent-untranslated = Sent to { $name }, in German only: no machine translation is installed for their language.
relay-from-coach = Message from your coach { $name }:
relay-machine-translation = Machine translation (may contain mistakes):
relay-no-translation = There is no machine translation for your language yet. You can answer in your language.
relay-answer = Reply
relay-answer-ask = Write your answer, in your language or in German.
relay-from-participant = ✉️ Message from { $name }:

duty-on = You are on duty now: crisis alerts that no coach answered come to you.
duty-off = You are no longer on duty.
