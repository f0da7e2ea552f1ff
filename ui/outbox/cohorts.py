"""Outbox renderers for cohorts and coaches: a participant reassigned to another coach."""

from __future__ import annotations

from bot.models import Person
from ui.outbox.base import Outgoing, RenderContext, translator


async def coach_reassigned(context: RenderContext) -> Outgoing | None:
    """For the new coach (she is yours now, her open alerts with her) and the former one (she
    is no longer yours). Names are read at send time; nothing is said once she is gone."""
    payload = context.row.payload
    participant = await context.session.get(Person, payload.get("participant_id"))
    if participant is None or participant.display_name is None or participant.deleted_at is not None:
        return None
    t = translator(context)
    new_id, former_id = payload.get("new_coach_id"), payload.get("former_coach_id")
    if participant.coach_id != new_id:
        return None  # reassigned once more since: the later notice says what holds
    if context.recipient.id == new_id:
        former = await context.session.get(Person, former_id) if former_id is not None else None
        other = (former.display_name if former else None) or t("someone")
        return Outgoing(text=t("reassign-to-new-coach", name=participant.display_name, coach=other))
    new = await context.session.get(Person, new_id)
    other = (new.display_name if new else None) or t("someone")
    return Outgoing(text=t("reassign-to-old-coach", name=participant.display_name, coach=other))
