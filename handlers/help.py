"""The "I need help" button (/sos), writing what happened, and text meant for the coach."""

from __future__ import annotations

from bot.services import alerts, dialogue
from bot.services.alerts import HelpRequest
from bot.services.relay import Written
from handlers import talk
from handlers.relay import RELAY_ANSWER
from handlers.turn import Turn, command, stale
from ui import help as view
from ui import relay as relay_view
from ui.checkin_text import help_numbers

HELP_TEXT = "help-text"


@command("sos")
async def cmd_sos(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    t = turn.t
    request = await turn.call(alerts.ask_for_help, person, now=turn.now)
    # The numbers first and alone, then that the coach is told, with "write what happened".
    await turn.reply(help_numbers(t, turn.deps.checkins.help_lines))
    sent = t.both(_sent_id(request, has_coach=person.coach_id is not None))
    await turn.reply(sent, view.write_markup(t))


def _sent_id(request: HelpRequest, *, has_coach: bool) -> str:
    # Without a coach of her own the alert goes to the team: say who is told.
    if request is HelpRequest.RAISED:
        return "help-sent" if has_coach else "truth-help-sent-team"
    return "help-sent-already" if has_coach else "truth-help-sent-already-team"


async def cb_help(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    if turn.button.arg() != "write":
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    dialogue.begin(person, HELP_TEXT)
    await turn.reply(relay_view.with_note(turn.t, await talk.delivery(turn), "help-write-ask"))


async def on_text_to_coach(turn: Turn, text: str) -> bool:
    """The text a participant was asked for: what happened after "I need help", or their
    answer to a message from their coach. Both go to the coach the same way."""
    person = turn.person
    if person is None or not (dialogue.state(person, HELP_TEXT) or dialogue.state(person, RELAY_ANSWER)):
        return False
    if not text.strip():  # nothing written: asked again, the dialogue stays open
        ask = "help-write-ask" if dialogue.state(person, HELP_TEXT) else "relay-answer-ask"
        await turn.reply(relay_view.with_note(turn.t, await talk.delivery(turn), ask))
        return True
    dialogue.end(person)
    # Translated first with no transaction open; a crisis shows the numbers before "sent".
    message = turn.update.effective_message
    forwarded = message is not None and message.forward_origin is not None
    await talk.send(turn, [Written(text.strip(), forwarded=forwarded)])
    return True
