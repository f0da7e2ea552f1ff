"""The "I need help" button (/sos), writing what happened, and text meant for the coach."""

from __future__ import annotations

from bot.models import Person
from bot.services import alerts, dialogue, relay
from bot.services.alerts import HelpRequest
from handlers.relay import RELAY_ANSWER
from handlers.turn import Turn, command, stale
from ui import help as view
from ui.checkin_text import help_numbers

HELP_TEXT = "help-text"


@command("sos")
async def cmd_sos(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    t = turn.t
    request = await turn.call(alerts.ask_for_help, person, now=turn.now)
    await turn.reply(t.both("help-sent" if request is HelpRequest.RAISED else "help-sent-already"))
    await turn.reply(help_numbers(t, turn.deps.checkins.help_lines), view.write_markup(t))


async def cb_help(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    if turn.button.arg() != "write":
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    dialogue.begin(person, HELP_TEXT)
    await turn.reply(turn.t.both("help-write-ask"))


async def on_text_to_coach(turn: Turn, text: str) -> bool:
    """The text a participant was asked for: what happened after "I need help", or their
    answer to a message from their coach. Both go to the coach the same way."""
    person = turn.person
    if person is None or not (dialogue.state(person, HELP_TEXT) or dialogue.state(person, RELAY_ANSWER)):
        return False
    dialogue.end(person)
    await _to_coach(turn, person, text)
    return True


async def _to_coach(turn: Turn, person: Person, text: str) -> None:
    """Translated into German first, with no transaction open (a model may take seconds),
    then recorded and checked for crisis in one."""
    text = text.strip()
    if not text:
        await turn.reply(turn.t.both("relay-answer-ask"))
        return
    translate = turn.deps.mt.translate(text, relay.language_of(person), relay.COACH_LANGUAGE)
    translation = await turn.outside_transaction(translate)
    await turn.call(relay.to_coach, turn.deps.flags, person, text, translation, now=turn.now)
    await turn.reply(turn.t.both("relay-answer-sent"))
