"""Messages between a coach and a participant, relayed with a machine translation.

The coach writes in German; the participant gets the German and a translation into their
language, marked as machine-made (or, with no model for that language, the German only and
a sentence saying so). The participant answers in any language; the coach gets the
original and a German translation. Texts are encrypted at rest; outbox rows carry ids only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import Kind, plan, relay_key
from bot.models import Person, RelayDirection, RelayMessage
from bot.mt import MachineTranslation
from bot.services import alerts, audit, outbox

MAX_CHARS = 3000  # leaves room for the translation and the frame within Telegram's 4,096


async def send(
    session: AsyncSession,
    *,
    participant: Person,
    coach: Person | None,
    direction: RelayDirection,
    text: str,
    source_language: str,
    target_language: str,
    translation: MachineTranslation | None,
    now: datetime,
) -> RelayMessage:
    message = RelayMessage(
        participant_id=participant.id,
        coach_id=coach.id if coach else None,
        direction=direction,
        text=text,
        source_language=source_language,
        target_language=target_language,
        translation=translation.text if translation else None,
        translated_by=translation.model if translation else None,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    if direction is RelayDirection.TO_PARTICIPANT:
        recipients = [participant]
        assert coach is not None
        audit.record(
            session,
            at=now,
            action="relay.sent",
            actor=coach,
            subject_id=participant.id,
            details={"relay_message_id": message.id},
        )
    else:
        recipients = [coach] if coach is not None and coach.unreachable_at is None else []
        recipients = recipients or await alerts.staff_on_duty(session)
    kind = Kind.RELAY_TO_PARTICIPANT if direction is RelayDirection.TO_PARTICIPANT else Kind.RELAY_TO_COACH
    for recipient in recipients:
        payload = {"relay_message_id": message.id}
        key = relay_key(message.id, recipient.id)
        await outbox.enqueue(session, plan(kind, recipient.id, now, payload, key=key), now=now)
    return message
