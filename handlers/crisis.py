"""The 24/7 numbers in the participant's own chat, the moment a crisis shows in what she
wrote or answered: first and alone, before any "sent" or "thank you"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.services import alerts
from handlers.turn import Turn
from ui.checkin_text import crisis_message, crisis_told


async def show_numbers(turn: Turn, alert_ids: Sequence[int], *, seen: bool = False) -> None:
    """Say the numbers now; the outbox's copy of each alert's numbers (held back as the
    fallback) is marked sent once they went out, so they never come twice.

    `seen`: the chat showed her the numbers already, when she wrote the words and had not yet
    said whether her texts go to her coach; now that they went, one short line says who is
    being told and points to those numbers, instead of the whole list a second time."""
    has_coach = turn.person is not None and turn.person.coach_id is not None
    if seen:
        await turn.reply(crisis_told(turn.t, has_coach=has_coach))
    else:
        await turn.reply(crisis_message(turn.t, turn.deps.checkins.help_lines, has_coach=has_coach))
    for alert_id in alert_ids:
        turn.after_sent(alerts.help_numbers_shown, alert_id, now=turn.now)
