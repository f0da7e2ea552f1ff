# German practice – English.

practice-prompt =
    Time for German! { $count ->
        [one] One short exercise
       *[other] { $count } short exercises
    }, about two minutes.
practice-nudge = Long time no see! Would you like to practise a little German again today?
practice-start = Let's go
practice-later = Not today
practice-later-ok = No problem. See you tomorrow!
practice-placement-intro = First a short test, so that the exercises suit you.
practice-card =
    New word: { $word }
    Example: { $example }
practice-card-plain = New word: { $word }
practice-known = I know it
practice-unknown = Not yet
practice-gap = What is missing? Write the word.
practice-reply = What do you answer? Write a sentence.
practice-say = How do you say this in German? Write the sentence.
practice-choice = Tap the right answer.
practice-typed-send = ✉️ Send to { $name }
practice-typed-send-team = ✉️ Send to the team
practice-show-gloss = In my language
practice-hint = Hint
practice-skip = Skip
practice-right = Right!
practice-right-spelling = Right! This is how it is written: { $expected }
practice-wrong = Not quite. The right answer is: { $expected }
practice-card-known = Great!
practice-card-again = No problem, the word will come back soon.
practice-placed = Your level: { $level }. You can change it with /level.
practice-paused = Paused: you get no exercises until you write /resume.
practice-resumed = Here we go again! You get exercises again.
practice-level-ask = Which level would you like to practise? Now: { $level }
practice-level-set = Your level: { $level }.
practice-topics-ask = Which topics would you like to practise? Tap them, then "Done".
practice-topics-all = All topics
practice-topics-done = Done
practice-topics-set = Saved.
practice-progress =
    Streak: { $streak ->
        [one] { $streak } day
       *[other] { $streak } days
    } (best: { $best })
    Learned: { $learned }
    To review today: { $due }
    This week: { $right } of { $total } right
    Level: { $level }
practice-level-open = not set yet
practice-type-answer = Please write the answer as text.
practice-level-whom = Whose level would you like to set?
practice-level-of = Level of { $name }: { $level }. New level?
practice-level-of-set = Level of { $name }: { $level }.
