"""Relayed messages: a coach writes to a participant, a participant answers their coach."""

from __future__ import annotations

from bot.services import dialogue, relay
from bot.services.relay import Refused
from handlers import talk
from handlers.turn import Turn, stale
from ui import relay as view

RELAY = "relay"  # a coach writes to a participant
RELAY_ANSWER = "relay-answer"  # a participant answers their coach (handled in handlers/help.py)


async def cb_relay_start(turn: Turn) -> None:
    viewer = turn.person
    participant_id = turn.button.int_arg(0) if turn.button else None
    found = await turn.call(relay.recipient, viewer, participant_id) if viewer else None
    if found is None or viewer is None:
        await stale(turn)
        return
    await turn.answer()
    dialogue.begin(viewer, RELAY, participant=found.participant_id)
    translated = await turn.deps.mt.available(relay.COACH_LANGUAGE, found.language)
    await turn.reply(view.coach_ask(turn.t, found, translated))


async def on_relay_text(turn: Turn, text: str) -> bool:
    viewer = turn.person
    state = dialogue.state(viewer, RELAY) if viewer else None
    if viewer is None or state is None:
        return False
    draft = await turn.call(relay.draft, viewer, state.get("participant"), text)
    if draft is Refused.TOO_LONG:  # the dialogue stays open for a shorter message
        await turn.reply(turn.t("relay-too-long", limit=relay.MAX_CHARS))
        return True
    dialogue.end(viewer)
    if draft is Refused.GONE:
        await turn.reply(turn.t("relay-gone"))
        return True
    # Translated with no transaction open (a model may take seconds), then recorded.
    turn.typing()
    translate = turn.deps.mt.translate(draft.text, draft.source_language, draft.target_language)
    translation = await turn.outside_transaction(translate)
    sent = await turn.call(relay.send_draft, viewer, draft, translation, now=turn.now)
    if sent is None:
        await turn.reply(turn.t("relay-gone"))
        return True
    # No translation although a model is installed: it failed, and the coach is told that.
    installed = translation is None and await turn.deps.mt.available(
        draft.source_language, draft.target_language
    )
    await turn.reply(view.sent_text(turn.t, draft, translation, installed))
    return True


async def cb_relay_answer(turn: Turn) -> None:
    person = turn.person
    message_id = turn.button.int_arg(0) if turn.button else None
    if person is None or not await turn.call(relay.may_answer, person, message_id):
        await stale(turn)
        return
    await turn.answer()
    dialogue.begin(person, RELAY_ANSWER)
    await turn.reply(view.with_note(turn.t, await talk.delivery(turn), "relay-answer-ask"))
