"""Outbox renderer for the check-in offer (and the offer again a day later)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.models import Checkin, CheckinStatus
from ui import buttons
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator


async def checkin_offer(context: RenderContext) -> Outgoing | None:
    checkin = await context.session.get(Checkin, context.row.payload.get("checkin_id"))
    if (
        checkin is None
        or checkin.status is not CheckinStatus.PLANNED
        or checkin.expires_at <= context.now
        or context.recipient.id != checkin.person_id
    ):
        return None  # started, done or expired meanwhile
    t = translator(context)
    again = bool(context.row.payload.get("again"))
    text = t.both(("ci-offer-again-" if again else "ci-offer-") + checkin.questionnaire)
    markup = InlineKeyboardMarkup(
        [
            [button(t.label("ci-start"), buttons.CHECKIN, "go", checkin.id, 0)],
            [button(t.label("ci-later-button"), buttons.CHECKIN, "later", checkin.id, 0)],
        ]
    )
    return Outgoing(text=text, markup=markup)
