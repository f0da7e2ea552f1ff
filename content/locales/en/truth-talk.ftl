## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = { $name } gets what you write with a machine translation into German.
truth-note-translated-team = The team gets what you write with a machine translation into German.
truth-note-untranslated = { $name } gets what you write in your language, without a translation: no machine translation is installed for your language.
truth-note-untranslated-team = The team gets what you write in your language, without a translation: no machine translation is installed for your language.

truth-relay-ask-untranslated = Write your message to { $name } in German. It arrives in German only: no machine translation is installed for { $language }.
truth-relay-ask-german = Write your message to { $name } in German.
truth-relay-sent-failed = Sent to { $name }, in German only: the machine translation did not work this time.

truth-help-seen-team = Someone from the team has seen your message.
truth-alert-taken-over = ✅ { $staff } from the team saw the alert about { $name } at { $time } and is taking care of it.

truth-help-crisis-team = You are not alone. The team is being told now. If you are in danger, call 112 right away.
truth-help-sent-team = The team is being told now and will get in touch as soon as possible.
truth-help-sent-already-team = The team has been told already and will get in touch as soon as possible.
