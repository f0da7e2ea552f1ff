"""A participant answers an appointment from the chat: coming or not, then perhaps why not."""

from __future__ import annotations

import contextlib
import enum
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Appointment, Person
from bot.services import appointments, dialogue
from bot.services.appointments import AppointmentError

REASON = "appointment_reason"


class Reply(enum.Enum):
    STALE = "stale"  # not theirs, or the appointment changed since the question
    CLOSED = "closed"  # cancelled or already begun
    COMING = "coming"
    NOT_COMING = "not-coming"  # the reason dialogue begins


async def reply(
    session: AsyncSession,
    participant: Person,
    appointment_id: int | None,
    version: int | None,
    *,
    coming: bool,
    now: datetime,
) -> Reply:
    """The answer to the question about one version of an appointment."""
    appointment = await session.get(Appointment, appointment_id or 0)
    if appointment is None or appointment.participant_id != participant.id or appointment.version != version:
        return Reply.STALE
    try:
        await appointments.answer(session, appointment, participant, coming=coming, now=now)
    except AppointmentError:
        return Reply.CLOSED
    if coming:
        return Reply.COMING
    dialogue.begin(participant, REASON, appointment_id=appointment.id)
    return Reply.NOT_COMING


def skip_reason(participant: Person) -> bool:
    """No reason given; False if no reason was asked for."""
    if dialogue.state(participant, REASON) is None:
        return False
    dialogue.end(participant)
    return True


async def give_reason(session: AsyncSession, participant: Person, reason: str, *, now: datetime) -> bool:
    """The typed reason, passed on to the coach; False if no reason was asked for."""
    state = dialogue.state(participant, REASON)
    if state is None:
        return False
    dialogue.end(participant)
    appointment = await session.get(Appointment, state.get("appointment_id") or 0)
    if appointment is not None:
        # If it changed meanwhile, the coach already knows they cannot come.
        with contextlib.suppress(AppointmentError):
            await appointments.give_reason(session, appointment, participant, reason=reason, now=now)
    return True
