"""Check-ins in the chat: /checkin, one question after another by button or typed text."""

from __future__ import annotations

import logging

from bot.checkin_content import QuestionKind
from bot.deps import Deps
from bot.logs import describe_exception
from bot.models import Person
from bot.services import checkins, dialogue, triage
from bot.services.checkins import Finished, OpenQuestion, Step, TextRefused, Value
from handlers import crisis
from handlers.turn import Turn, command, stale
from ui import checkins as view

log = logging.getLogger(__name__)

DIALOGUE = "checkin"


@command("checkin")
async def cmd_checkin(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    step = await turn.call(checkins.begin, turn.deps.checkins, person, now=turn.now)
    await show(turn, person, step, first=True)


async def show(turn: Turn, person: Person, step: Step, *, first: bool = False) -> None:
    """Ask the next unanswered question, or thank for a finished check-in."""
    if isinstance(step, Finished):
        await _finished(turn, person, step)
        return
    dialogue.begin(person, DIALOGUE, id=step.checkin.id, q=step.index, sel=[])
    markup = view.question_markup(turn.t, step.checkin.id, step.index, step.question, [])
    text = view.question_text(turn.t, step, first=first)
    if step.question.kind is not QuestionKind.TEXT:
        await turn.reply(text, markup, html=True)
        return
    # Answered by typing, its "skip" is taken away then.
    turn.reply_kept(text, markup, dialogue.remember_question, person.id, html=True)


async def cb_checkin(turn: Turn) -> None:
    person, data = turn.person, turn.button
    action = data.arg(0) if data else None
    checkin_id, index = (data.int_arg(1), data.int_arg(2)) if data else (None, None)
    found = None
    if person is not None and checkin_id is not None and index is not None:
        # "Start" and "later" under an offer take the check-in at whatever question is open.
        at = None if action in ("go", "later") else index
        found = await turn.call(
            checkins.open_question, turn.deps.checkins, person, checkin_id, now=turn.now, at=at
        )
    if person is None or data is None or found is None:
        await stale(turn)
        return
    question = found.question
    if action in ("go", "later"):
        await turn.answer()
        turn.edit(view.offer_taken(turn.t, found.questionnaire.id, later=action == "later"))
        if action == "go":
            step = await turn.call(checkins.resume, turn.deps.checkins, found.checkin, now=turn.now)
            await show(turn, person, step, first=True)
    elif action == "skip":
        await _answer(turn, person, found, None)
    elif action == "a" and question.kind is QuestionKind.SEVERAL:
        await _toggle(turn, person, found, data.arg(3))
    elif action == "a":
        value = Value.parse(question, data.arg(3) or "")
        if value is None:
            await stale(turn)
            return
        await _answer(turn, person, found, value)
    elif action == "done" and question.kind is QuestionKind.SEVERAL:
        await _answer(turn, person, found, Value.chosen(question, _selection(person, found)))
    else:
        await stale(turn)


async def _answer(turn: Turn, person: Person, found: OpenQuestion, value: Value | None) -> None:
    await turn.answer()
    turn.edit(view.answered_text(turn.t, found, value), html=True)  # the question stays, with its answer
    step = await turn.call(checkins.answer, turn.deps.checkins, found, value, now=turn.now)
    await show(turn, person, step)


async def _toggle(turn: Turn, person: Person, found: OpenQuestion, option: str | None) -> None:
    selected = checkins.toggle(found.question, _selection(person, found), option)
    if selected is None:
        await stale(turn)
        return
    dialogue.begin(person, DIALOGUE, id=found.checkin.id, q=found.index, sel=selected)
    await turn.answer()
    turn.edit_buttons(view.question_markup(turn.t, found.checkin.id, found.index, found.question, selected))


def _selection(person: Person, found: OpenQuestion) -> list[str]:
    """The options ticked so far at this question; a selection kept for another check-in or
    question (or none, after /cancel) counts as nothing ticked."""
    state = dialogue.state(person, DIALOGUE) or {}
    if state.get("id") != found.checkin.id or state.get("q") != found.index:
        return []
    return [str(option) for option in state.get("sel", [])]


async def on_checkin_text(turn: Turn, text: str) -> bool:
    """Typed (or forwarded) text during a check-in: the answer to a free-text question."""
    person = turn.person
    state = dialogue.state(person, DIALOGUE) if person else None
    if person is None or state is None:
        return False
    question = dialogue.question_message(person)
    step = await turn.call(
        checkins.answer_text, turn.deps.checkins, person, state.get("id"), text, now=turn.now
    )
    if step is TextRefused.CLOSED:  # expired, done, or not theirs: the text is not an answer
        dialogue.end(person)
        return False
    if step is TextRefused.NOT_TEXT:
        await turn.reply(turn.t.both("ci-tap"))
    elif step is TextRefused.EMPTY:
        await turn.reply(turn.t.both("ci-text-how"))
    else:
        if question is not None:
            turn.drop_buttons(question)
        await show(turn, person, step)
    return True


async def _finished(turn: Turn, person: Person, finished: Finished) -> None:
    """The answers are committed and triaged before anything is said: a crisis is answered
    with the 24/7 numbers first and alone, not after a "thank you"."""
    dialogue.end(person)
    if finished.has_foreign_text:
        turn.typing()  # the free text is translated before the rules read it
    triaged = await turn.outside_transaction(
        _triage(turn.deps, finished.checkin_id, finished.has_foreign_text)
    )
    if triaged is not None and triaged.crisis:
        await crisis.show_numbers(turn, [triaged.alert_id])
        return
    await turn.reply(turn.t.both("ci-thanks-contact" if finished.wants_contact else "ci-thanks"))


async def _triage(deps: Deps, checkin_id: int, foreign: bool) -> triage.Triaged | None:
    try:
        return await triage.triage_checkin(deps, checkin_id, in_chat=True, translate=foreign)
    except Exception as exc:  # the answers are saved; the triage job tries again within a minute
        log.error("triage of check-in %s failed\n%s", checkin_id, describe_exception(exc))
        return None
