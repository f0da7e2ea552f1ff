"""Alerts for coaches and staff: the "seen" button."""

from __future__ import annotations

from bot.services import alerts
from handlers.turn import Turn, stale


async def cb_alert_ack(turn: Turn) -> None:
    viewer = turn.person
    alert_id = turn.button.int_arg(0) if turn.button else None
    seen = await turn.call(alerts.acknowledge_by, viewer, alert_id, now=turn.now) if viewer else None
    if seen is None:
        await stale(turn)
        return
    name = seen.participant_name or turn.t("someone")
    await turn.answer(turn.t("alert-acknowledged-toast"))
    await turn.reply(turn.t("alert-acknowledged" if seen.first else "alert-acknowledged-before", name=name))
