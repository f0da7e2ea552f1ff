"""/settings and /language: change language, quiet hours and practice time."""

from __future__ import annotations

from bot.services import people, practice_settings
from handlers.access import Audience
from handlers.turn import Turn, command, stale
from ui import keyboards
from ui import settings as view


@command("settings")
async def cmd_settings(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    markup = view.keyboard(turn.t, practice=people.needs_practice_time(person))
    await turn.reply(view.overview(turn.t, person), markup)


@command("language")
async def cmd_language(turn: Turn) -> None:
    # Someone still joining is welcomed; a member only asked (issue 17: not "Willkommen" again).
    member = turn.audience not in (Audience.ONBOARDING, Audience.DECLINED)
    question = "language-question" if member else "welcome"
    await turn.reply(turn.t.both(question), keyboards.languages(turn.deps.catalogue.languages))


async def cb_settings(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    what = turn.button.arg()
    if what == "lang":
        markup, question = keyboards.languages(turn.deps.catalogue.languages), "language-question"
    elif what == "quiet":
        markup, question = keyboards.quiet_hours(turn.t), "quiet-hours-question"
    elif what == "practice" and people.needs_practice_time(person):
        choices = practice_settings.practice_time_choices(person)  # none inside quiet hours
        markup, question = keyboards.practice_time(turn.t, choices), "practice-time-question"
    else:
        await stale(turn)
        return
    await turn.answer()
    await turn.reply(turn.t.both(question), markup)
