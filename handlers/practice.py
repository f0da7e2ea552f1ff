"""German practice in the chat: a dose of items, feedback, and the practice settings."""

from __future__ import annotations

import html
import logging
from functools import partial

from bot import charts
from bot.decks import TYPED, Kind
from bot.services import dose, practice, practice_settings, relay
from bot.services.dose import Answered, CardAnswer, Choice, Given, OnScreen, Refusal, Typed
from handlers import talk
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
    if turn.button.arg() == "go":
        await turn.clear_buttons()
        await start_dose(turn)
    elif turn.button.arg() == "later":
        assert turn.person is not None
        days = await turn.call(practice.days_to_next_prompt, turn.person, now=turn.now)
        turn.edit(turn.t.both(view.later_message(days)))  # the invitation becomes its answer
    else:
        await stale(turn)


async def start_dose(turn: Turn) -> None:
    assert turn.person is not None
    started = await turn.call(dose.start_dose, turn.person, turn.deps.decks, now=turn.now)
    if started is None:
        days = await turn.call(practice.days_to_next_review, turn.person, turn.deps.decks, now=turn.now)
        await turn.reply(turn.t.both("truth-practice-nothing", days=days))
        return
    if started.first is not None:
        # The placement quiz says what it is above its first question: one message, not two.
        intro = turn.t.both("practice-placement-intro") if started.placement else None
        await _send_item(turn, started.first, intro=intro)
    elif started.placement:
        await turn.reply(turn.t.both("practice-placement-intro"))


async def _send_item(turn: Turn, shown: OnScreen, *, intro: str | None = None) -> None:
    """The item as a new message. An item answered by typing has its message's id kept with
    the dose once it is sent, so that the verdict edits that message. A card or a choice is
    answered by a button, whose press names its message itself: nothing more is written for
    it (a unit of work fewer per item, as check-ins keep only a typed question's message)."""
    assert turn.person is not None
    text, markup = view.item_view(turn.t, shown)
    if intro:
        text = f"{html.escape(intro)}\n\n{text}"
    if shown.item.kind in TYPED:
        turn.reply_kept(text, markup, dose.remember_message, turn.person.id, shown.position, html=True)
    else:
        await turn.reply(text, markup, html=True)


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
    await _render(turn, answered, pressed=True)


async def cb_gloss(turn: Turn) -> None:
    """The meaning in her language, shown in the item's own message."""
    assert turn.person is not None and turn.button is not None
    shown = dose.show_gloss(turn.person, turn.deps.decks, turn.button.int_arg(0))
    if shown is None:
        await stale(turn)
        return
    await turn.answer()
    turn.edit(*view.item_view(turn.t, shown), html=True)


async def cb_hint(turn: Turn) -> None:
    """The hint, shown in the item's own message."""
    assert turn.person is not None and turn.button is not None
    shown = dose.hint(turn.person, turn.deps.decks, turn.button.int_arg(0))
    if shown is None:
        await stale(turn)
        return
    await turn.answer()
    turn.edit(*view.item_view(turn.t, shown), html=True)


async def cb_skip(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    answered = await turn.call(dose.skip, turn.person, turn.deps.decks, turn.button.int_arg(0), now=turn.now)
    if answered is None:
        await stale(turn)
        return
    await turn.answer()
    await _render(turn, answered, pressed=True)


async def cb_to_coach(turn: Turn) -> None:
    """What she typed during the dose that answered nothing (with anything else held for her
    answer), sent to her coach; the dose goes on."""
    person = turn.person
    assert person is not None
    written = relay.take_held(person)
    if not written:
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()  # the reminder stays, its button goes: nothing is sent twice
    await talk.send(turn, written)


async def on_text(turn: Turn, text: str) -> bool:
    """A typed answer; for button items a gentle reminder to tap."""
    if turn.person is None:
        return False
    answered = await turn.call(dose.answer, turn.person, turn.deps.decks, Typed(text), now=turn.now)
    if answered is Refusal.TAP:
        coach = await turn.call(relay.addressee, turn.person)
        await turn.reply(*view.not_an_answer_view(turn.t, coach))
        return True
    if isinstance(answered, Refusal):
        return False
    await _render(turn, answered, pressed=False)
    return True


async def _render(turn: Turn, answered: Answered, *, pressed: bool) -> None:
    """The verdict goes into the item's own message; then the next item as a new message.
    A pressed button's message also takes the end of the dose (one message fewer); after a
    typed answer the end is new, below what she wrote, where she looks."""
    verdict = view.answered_text(turn.t, answered)
    end, end_markup = view.finished_view(turn.t, answered.finished) if answered.finished else (None, None)
    with_end = _ended(verdict, end)
    query = turn.update.callback_query
    if pressed and query is not None and query.message is not None:
        # The verdict may not be lost (resend). It goes beside the next item: the message she
        # just pressed is there to be edited, and the next item comes one round trip sooner.
        turn.edit(with_end, end_markup, html=True, resend=True, beside=True)
    elif answered.item.message_id is not None:
        turn.edit(verdict, html=True, message_id=answered.item.message_id, resend=True)
        if end is not None:
            await turn.reply(end, end_markup, html=True)
    else:  # an item whose message is not known (sent before this was kept): one reply
        if answered.item.item.kind is Kind.CHOICE:
            # A choice typed instead of tapped (its id is not kept): the verdict alone, below
            # what she typed; the item is right above, and again it would say "tap".
            with_end = _ended(view.verdict_text(turn.t, answered.feedback), end)
        await turn.reply(with_end, end_markup, html=True)
    if answered.next is not None:
        await _send_item(turn, answered.next)


def _ended(verdict: str, end: str | None) -> str:
    """The verdict, with the end of the dose below it when it ended."""
    return f"{verdict}\n\n{end}" if end else verdict


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
    # "Every day again" only where a practice time makes the prompts come.
    resumed = (
        "practice-resumed" if turn.person.practice_time is not None else "truth-practice-resumed-no-time"
    )
    await turn.reply(turn.t.both(resumed))


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
        turn.edit(*view.levels_of(turn.t, shown.participant_id, shown.name, shown.level))
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
    # The question becomes its answer: the level chosen stays visible, nothing new is sent.
    if coach:
        turn.edit(turn.t("practice-level-of-set", name=done.name, level=done.level))
    else:
        turn.edit(turn.t.both("practice-level-set", level=done.level))


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
        turn.edit(turn.t.both("practice-topics-set"))
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
