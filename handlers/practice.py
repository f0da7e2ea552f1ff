"""German practice in the chat: a dose of items, feedback, and the practice settings."""

from __future__ import annotations

import logging
from functools import partial

from bot import charts
from bot.services import dose, practice, practice_settings
from bot.services.dose import Answered, CardAnswer, Choice, Given, Refusal, Typed
from handlers.pictures import send_picture
from handlers.turn import Turn, command, stale
from ui import practice as view

log = logging.getLogger(__name__)

DIALOGUE = dose.DIALOGUE


# -- starting a dose ---------------------------------------------------------------------


@command("practice")
async def cmd_practice(turn: Turn) -> None:
    await start_dose(turn)


async def cb_prompt(turn: Turn) -> None:
    assert turn.button is not None
    await turn.answer()
    await turn.clear_buttons()
    if turn.button.arg() == "go":
        await start_dose(turn)
    elif turn.button.arg() == "later":
        await turn.reply(turn.t.both("practice-later-ok"))
    else:
        await stale(turn)


async def start_dose(turn: Turn) -> None:
    assert turn.person is not None
    started = await turn.call(dose.start_dose, turn.person, turn.deps.decks, now=turn.now)
    if started is None:
        await turn.reply(turn.t.both("practice-nothing"))
        return
    if started.placement:
        await turn.reply(turn.t.both("practice-placement-intro"))
    if started.first is not None:
        await turn.reply(*view.item_view(turn.t, started.first))


# -- one item ------------------------------------------------------------------------------


async def cb_choice(turn: Turn) -> None:
    assert turn.button is not None
    position, option = turn.button.int_arg(0), turn.button.int_arg(1)
    await _pressed(turn, None if position is None or option is None else Choice(position, option))


async def cb_card(turn: Turn) -> None:
    assert turn.button is not None
    position, known = turn.button.int_arg(0), turn.button.arg(1)
    await _pressed(
        turn, CardAnswer(position, known == "1") if position is not None and known in ("0", "1") else None
    )


async def _pressed(turn: Turn, given: Given | None) -> None:
    assert turn.person is not None
    answered = (
        await turn.call(dose.answer, turn.person, turn.deps.decks, given, now=turn.now)
        if given is not None
        else Refusal.STALE
    )
    if isinstance(answered, Refusal):
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    await _render(turn, answered)


async def cb_gloss(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    item = dose.show_gloss(turn.person, turn.deps.decks, turn.button.int_arg(0))
    if item is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.reply(view.gloss_text(turn.t, item))


async def cb_hint(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    hint = dose.hint(turn.person, turn.deps.decks, turn.button.int_arg(0))
    if hint is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.reply(hint)


async def cb_skip(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    answered = await turn.call(dose.skip, turn.person, turn.deps.decks, turn.button.int_arg(0), now=turn.now)
    if answered is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    await _render(turn, answered)


async def on_text(turn: Turn, text: str) -> bool:
    """A typed answer; for button items a gentle reminder to tap."""
    if turn.person is None:
        return False
    answered = await turn.call(dose.answer, turn.person, turn.deps.decks, Typed(text), now=turn.now)
    if answered is Refusal.TAP:
        await turn.reply(turn.t.both("practice-choice"))
        return True
    if isinstance(answered, Refusal):
        return False
    await _render(turn, answered)
    return True


async def _render(turn: Turn, answered: Answered) -> None:
    await turn.reply(view.feedback_text(turn.t, answered.feedback))
    if answered.next is not None:
        await turn.reply(*view.item_view(turn.t, answered.next))
    if answered.finished is not None:
        await turn.reply(view.finished_text(turn.t, answered.finished))


# -- settings and progress ---------------------------------------------------------------------


@command("pause")
async def cmd_pause(turn: Turn) -> None:
    assert turn.person is not None
    await turn.call(practice_settings.set_paused, turn.person, True)
    await turn.reply(turn.t.both("practice-paused"))


@command("resume")
async def cmd_resume(turn: Turn) -> None:
    assert turn.person is not None
    await turn.call(practice_settings.set_paused, turn.person, False)
    await turn.reply(turn.t.both("practice-resumed"))


@command("level")
async def cmd_level(turn: Turn) -> None:
    assert turn.person is not None
    menu = await turn.call(practice_settings.level_menu, turn.person)
    if menu.own:
        await turn.reply(*view.own_levels(turn.t, menu.level))
    elif not menu.participants:
        await turn.reply(turn.t("apt-no-participants"))
    else:
        # Coaches and staff set the level of one of their participants.
        await turn.reply(turn.t("practice-level-whom"), view.whose_level(menu.participants))


async def cb_level(turn: Turn) -> None:
    """prl:<level> sets one's own; prl:p:<participant> shows a participant's levels to a coach,
    prl:s:<participant>:<level> sets one."""
    person = turn.person
    assert person is not None and turn.button is not None
    action, participant_id = turn.button.arg(0), turn.button.int_arg(1)
    if action == "p":
        shown = await turn.call(practice_settings.level_of, person, participant_id)
        if shown is None:
            await stale(turn)
            return
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(*view.levels_of(turn.t, shown.participant_id, shown.name, shown.level))
        return
    coach = action == "s"
    if coach:
        level, whose = turn.button.arg(2), participant_id
    else:
        level, whose = action, None
    done = await turn.call(practice_settings.set_level, person, level, participant_id=whose, now=turn.now)
    if done is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    if coach:
        await turn.reply(turn.t("practice-level-of-set", name=done.name, level=done.level))
    else:
        await turn.reply(turn.t.both("practice-level-set", level=done.level))


@command("topics")
async def cmd_topics(turn: Turn) -> None:
    assert turn.person is not None
    chosen = await turn.call(practice_settings.topics_of, turn.person)
    await turn.reply(
        turn.t.both("practice-topics-ask"), view.topics_keyboard(turn.t, turn.deps.decks, chosen)
    )


async def cb_topic(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    choice = turn.button.arg()
    if choice == "done":
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(turn.t.both("practice-topics-set"))
        return
    chosen = await turn.call(practice_settings.choose_topic, turn.person, choice, turn.deps.decks)
    if chosen is None:
        await stale(turn)
        return
    await turn.answer()
    turn.edit_buttons(view.topics_keyboard(turn.t, turn.deps.decks, chosen))


@command("progress")
async def cmd_progress(turn: Turn) -> None:
    assert turn.person is not None
    p = await turn.call(practice.progress, turn.person, now=turn.now)
    text = view.progress_text(turn.t, p)
    if not any(right + wrong for right, wrong in p.days):  # the numbers say so; no empty chart
        await turn.reply(text)
        return
    today = practice.local_day(turn.now, turn.person)
    draw = partial(charts.progress_chart, p.days, last_day=today, level=p.level, streak=p.streak)
    await send_picture(turn, draw, text, what="a progress chart")
