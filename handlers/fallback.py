"""/help, /cancel, and everything no other handler took: unknown commands, text, stickers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.services import dialogue
from handlers import appointments, checkins, coach, help, invites, practice, relay
from handlers.access import Audience
from handlers.start import help_id
from handlers.turn import Turn, anyone, command, refuse

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
}


@command("help")
async def cmd_help(turn: Turn) -> None:
    await turn.reply(turn.t(help_id(turn.person)))


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
    await turn.reply(turn.t(help_id(turn.person)))


@anyone
async def on_text(turn: Turn) -> None:
    if turn.audience is Audience.GUEST:
        await refuse(turn)
        return
    person = turn.person
    message = turn.update.effective_message
    assert person is not None and message is not None
    text = message.text or ""
    if person.dialogue:
        handler = TEXT_DIALOGUES.get(str(person.dialogue.get("name")))
        if handler is not None and await handler(turn, text):
            return
    if turn.audience in (Audience.ONBOARDING, Audience.DECLINED):
        await turn.reply(turn.t.both("help-onboarding"))
        return
    await turn.reply(turn.t.both("free-text"))
    await turn.reply(turn.t(help_id(person)))


@anyone
async def on_other_message(turn: Turn) -> None:
    """Stickers, photos, voice notes, locations...: say what the bot understands."""
    if turn.audience is Audience.GUEST:
        await refuse(turn)
        return
    await turn.reply(turn.t.both("not-text"))
