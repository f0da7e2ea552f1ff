"""/help, /cancel, and everything no other handler took: unknown commands, text, stickers."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable

from bot.models import Person, Severity
from bot.services import dialogue
from bot.services import relay as relay_service
from bot.services.relay import HOLD, Written
from handlers import (
    appointments,
    broadcasts,
    checkins,
    coach,
    cohorts,
    help,
    invites,
    mentors,
    practice,
    relay,
    talk,
)
from handlers.access import Audience
from handlers.start import help_text, send_help
from handlers.turn import Turn, anyone, command, refuse
from ui.checkin_text import help_numbers

# Dialogues that take typed text, by the name stored in Person.dialogue.
TEXT_DIALOGUES: dict[str, Callable[[Turn, str], Awaitable[bool]]] = {
    invites.DIALOGUE: invites.on_dialogue_text,
    appointments.NEW: appointments.on_new_text,
    appointments.MOVE: appointments.on_move_text,
    appointments.REASON: appointments.on_reason_text,
    practice.DIALOGUE: practice.on_text,
    coach.NOTE: coach.on_note_text,
    checkins.DIALOGUE: checkins.on_checkin_text,
    help.HELP_TEXT: help.on_text_to_coach,
    relay.RELAY: relay.on_relay_text,
    relay.RELAY_ANSWER: help.on_text_to_coach,
    talk.WRITE: talk.on_write_text,
    broadcasts.DIALOGUE: broadcasts.on_dialogue_text,
    cohorts.NAMING: cohorts.on_name_text,
    mentors.WRITE: mentors.on_write_text,
}

# A participant's dialogues whose typed text is read by the rules on its way to her coach (who
# is told at once). Text typed anywhere else (a practice item, or kept until she says whether
# it goes to her coach) is read here first for words of a crisis or an urgent problem.
TRIAGED_DIALOGUES = {
    checkins.DIALOGUE,
    appointments.REASON,
    help.HELP_TEXT,
    relay.RELAY_ANSWER,
    talk.WRITE,
}

# Dialogues that take a photo or a file; True when they did.
MEDIA_DIALOGUES: dict[str, Callable[[Turn], Awaitable[bool]]] = {
    broadcasts.DIALOGUE: broadcasts.on_dialogue_media,
}

# Dialogues that ask for a message to the coach: a picture or voice message answers them too.
TO_COACH_DIALOGUES = {help.HELP_TEXT, relay.RELAY_ANSWER, talk.WRITE}


@command("help")
async def cmd_help(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    await send_help(turn, person)


@command("cancel")
async def cmd_cancel(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if dialogue.end(person):
        await turn.reply(turn.t.both("cancelled"))
    else:
        await turn.reply(turn.t.both("nothing-to-cancel"))


@anyone
async def on_unknown_command(turn: Turn) -> None:
    if turn.audience is Audience.GUEST:
        await refuse(turn)
        return
    await turn.reply(turn.t.both("unknown-command"))
    await turn.reply(help_text(turn.t, turn.person))


@anyone
async def on_text(turn: Turn) -> None:
    if turn.audience is Audience.GUEST:
        await refuse(turn)
        return
    person = turn.person
    message = turn.update.effective_message
    assert person is not None and message is not None
    text = message.text or ""
    written = Written(text.strip(), forwarded=message.forward_origin is not None)
    current = str(person.dialogue.get("name")) if person.dialogue else None
    if turn.audience is Audience.PARTICIPANT and current not in TRIAGED_DIALOGUES:
        severity = _flagged(turn, person)
        if severity is not None and severity >= Severity.URGENT:
            await _flagged_text(turn, person, written, current, severity)
            return
    if person.dialogue:
        handler = TEXT_DIALOGUES.get(str(person.dialogue.get("name")))
        if handler is not None and await handler(turn, text):
            return
    if turn.audience is Audience.DECLINED:  # no questions left to answer (issue 17)
        await turn.reply(turn.t.both("declined-text"))
        return
    if turn.audience is Audience.ONBOARDING:
        await turn.reply(turn.t.both("help-onboarding"))
        return
    if turn.audience is Audience.PARTICIPANT and text.strip():
        # Nothing a participant writes is lost: it goes to her coach (asked once).
        await talk.on_free_text(turn, written)
        return
    # Coaches, staff and mentors have no coach to forward to: they learn what they can do here.
    team = turn.audience in Audience.COACH | Audience.STAFF | Audience.MENTOR
    await turn.reply(turn.t.both("free-text-team" if team else "free-text"))
    await turn.reply(help_text(turn.t, person))


def _flagged(turn: Turn, person: Person) -> Severity | None:
    """The highest severity of the rules' words in her text (a crisis, an urgent life problem),
    read with the lists of the language it is in and of her profile's; in memory: no
    translation, nothing stored."""
    message = turn.update.effective_message
    text = (message.text or message.caption or "").strip() if message is not None else ""
    if not text:
        return None
    source = relay_service.source_of(person, text)
    also = relay_service.language_of(person)
    reasons = relay_service.keyword_reasons(turn.deps.flags, text, source, None, also=also)
    return max((reason.severity for reason in reasons), default=None)


async def _flagged_text(
    turn: Turn, person: Person, written: Written, current: str | None, severity: Severity
) -> None:
    """Words of a crisis or an urgent problem (a letter to leave Germany, losing the flat) are
    never taken as an answer to a practice item, nor kept unread: the dialogue steps aside
    (what she kept for her coach stays kept), and her text goes the way of everything she
    writes to her coach. If it goes at once, the rules there alert the coach (and show the
    numbers for a crisis); if she is asked first, a crisis shows the 24/7 numbers at once,
    without saying that anyone was told."""
    if current not in (None, HOLD):
        dialogue.end(person)
    if severity is Severity.CRISIS and not person.send_text_to_coach:
        await turn.reply(help_numbers(turn.t, turn.deps.checkins.help_lines, lead="guest-crisis"))
        written = dataclasses.replace(written, numbers_shown=True)
    await talk.on_free_text(turn, written)


@anyone
async def on_other_message(turn: Turn) -> None:
    """A participant's picture, voice message or file goes to her coach like her text; for
    stickers, locations and the like (and from coaches and staff), say what the bot understands."""
    if turn.audience is Audience.GUEST:
        await refuse(turn)
        return
    person = turn.person
    if person is not None and person.dialogue:  # a dialogue that takes a file (a broadcast's flyer)
        handler = MEDIA_DIALOGUES.get(str(person.dialogue.get("name")))
        if handler is not None and await handler(turn):
            return
    message = turn.update.effective_message
    written = talk.written_of(message) if message is not None else None
    if turn.audience is Audience.PARTICIPANT and person is not None and written is not None:
        current = str(person.dialogue.get("name")) if person.dialogue else None
        if current in TO_COACH_DIALOGUES:
            dialogue.end(person)
            await talk.send(turn, [written])
            return
        # A caption's words are heard too, in a check-in as well: a picture is not its answer,
        # so the check-in's triage would never read them.
        severity = _flagged(turn, person)
        if severity is not None and severity >= Severity.URGENT:
            await _flagged_text(turn, person, written, current, severity)
            return
        # Inside another dialogue (a practice dose, a check-in) it is held with that dialogue,
        # which goes on (bot/services/dialogue.py), and she is asked as for a text: before,
        # it was answered "only text here" and lost.
        await talk.on_free_text(turn, written)
        return
    if turn.audience is Audience.PARTICIPANT and person is not None and not person.dialogue:
        # A sticker or a location: she learns what does reach her coach.
        await turn.reply(turn.t.both("talk-not-forwardable"))
        return
    await turn.reply(turn.t.both("not-text"))
