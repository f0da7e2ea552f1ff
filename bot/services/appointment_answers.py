"""A participant answers an appointment from the chat: coming or not, then perhaps why not;
and changes the answer until the appointment starts.

"Can't come" asks why; the question lapses when she changes her answer, is asked another
question, or does not answer within the reason question's time (REASON_EXPIRES by default):
what she writes then goes to her coach as any message does, never swallowed by it.
Switching to "I will come" after the coach heard "can't come" tells the coach.

The coach's notice waits REASON_WAIT for the answer, so that the coach gets one message:
that she can't come and why, in her words and in German. Skipping the reason sends the
notice at once; not answering at all sends it when the wait is over.
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import Kind, appointment_key, cant_come_key, coming_after_all_key, plan
from bot.models import (
    Appointment,
    AppointmentStatus,
    Attendance,
    OutboxMessage,
    OutboxStatus,
    Person,
    RelayDirection,
    RelayMessage,
)
from bot.mt import MachineTranslation
from bot.services import appointments, dialogue, outbox, relay
from bot.services.appointments import AppointmentError
from bot.services.flags import FlagRules

REASON = "appointment_reason"
REASON_WAIT = timedelta(minutes=5)
REASON_EXPIRES = timedelta(minutes=30)  # the default of the setting REASON_QUESTION_MINUTES
REASON_MAX = 500


class Reply(enum.Enum):
    STALE = "stale"  # not theirs, or the appointment changed since the question
    CLOSED = "closed"  # cancelled or already begun
    STARTED = "started"  # "change answer" once the appointment has begun
    COMING = "coming"
    NOT_COMING = "not-coming"  # the reason dialogue begins
    REOPENED = "reopened"  # "change answer": the question again


@dataclass(frozen=True)
class Replied:
    reply: Reply
    appointment: Appointment | None = None


async def _theirs(
    session: AsyncSession, participant: Person, appointment_id: int | None, version: int | None
) -> Appointment | None:
    appointment = await session.get(Appointment, appointment_id or 0)
    if appointment is None or appointment.participant_id != participant.id or appointment.version != version:
        return None
    return appointment


def _cant_come_prefix(appointment: Appointment) -> str:
    return appointment_key(appointment.id, appointment.version, "cant-come:")


def _reason_prefix(appointment: Appointment) -> str:
    return appointment_key(appointment.id, appointment.version, "reason:")


async def reply(
    session: AsyncSession,
    participant: Person,
    appointment_id: int | None,
    version: int | None,
    *,
    coming: bool,
    now: datetime,
) -> Replied:
    """The answer to the question about one version of an appointment (a first answer or a
    changed one)."""
    appointment = await _theirs(session, participant, appointment_id, version)
    if appointment is None:
        return Replied(Reply.STALE)
    was_not_coming = appointment.answer is Attendance.NOT_COMING
    try:
        await appointments.answer(session, appointment, participant, coming=coming, now=now)
    except AppointmentError:
        return Replied(Reply.CLOSED, appointment)
    state = dialogue.state(participant, REASON)
    if state is not None and state.get("appointment_id") == appointment.id:
        dialogue.end(participant)  # a reason asked for an answer she has changed
    if coming:
        # Changed to "I will come" before the coach heard "I can't": the coach need not hear it;
        # after, the coach hears that she comes after all.
        told = was_not_coming and (
            await outbox.was_sent(session, _cant_come_prefix(appointment))
            or await outbox.was_sent(session, _reason_prefix(appointment))
        )
        await outbox.cancel_pending(session, key_prefix=_cant_come_prefix(appointment))
        if told and participant.coach_id is not None:
            key = coming_after_all_key(appointment.id, appointment.version, now)
            payload = {"appointment_id": appointment.id, "version": appointment.version}
            planned = plan(Kind.COACH_COMING_AFTER_ALL, participant.coach_id, now, payload, key=key)
            await outbox.enqueue(session, planned, now=now)
        return Replied(Reply.COMING, appointment)
    await _due(session, cant_come_key(appointment.id, appointment.version, now), now + REASON_WAIT)
    dialogue.begin(participant, REASON, appointment_id=appointment.id, asked_at=now.isoformat())
    return Replied(Reply.NOT_COMING, appointment)


async def reopen(
    session: AsyncSession,
    participant: Person,
    appointment_id: int | None,
    version: int | None,
    *,
    now: datetime,
) -> Replied:
    """ "Change answer": the question again, until the appointment starts."""
    appointment = await _theirs(session, participant, appointment_id, version)
    if appointment is None:
        return Replied(Reply.STALE)
    if appointment.status is not AppointmentStatus.SCHEDULED:
        return Replied(Reply.CLOSED, appointment)
    if appointment.starts_at <= now:
        return Replied(Reply.STARTED, appointment)
    return Replied(Reply.REOPENED, appointment)


async def _due(session: AsyncSession, key: str, at: datetime, *, prefix: bool = False) -> None:
    """Move a pending outbox row (or every one under a key prefix) to `at`."""
    match = (
        OutboxMessage.dedupe_key.startswith(key, autoescape=True)
        if prefix
        else OutboxMessage.dedupe_key == key
    )
    await session.execute(
        update(OutboxMessage).where(match, OutboxMessage.status == OutboxStatus.PENDING).values(due_at=at)
    )


def awaits_reason(participant: Person, *, now: datetime, expires: timedelta = REASON_EXPIRES) -> bool:
    """Whether what she types now answers "why can't you come?". A question left open
    longer than `expires` is over (ended here): what she writes later is a message of its own."""
    state = dialogue.state(participant, REASON)
    if state is None:
        return False
    asked = state.get("asked_at")
    if isinstance(asked, str) and datetime.fromisoformat(asked) + expires <= now:
        dialogue.end(participant)
        return False
    return True


async def skip_reason(session: AsyncSession, participant: Person, *, now: datetime) -> bool:
    """No reason given: the coach hears now. False if no reason was asked for."""
    state = dialogue.state(participant, REASON)
    if state is None:
        return False
    dialogue.end(participant)
    appointment = await session.get(Appointment, state.get("appointment_id") or 0)
    if appointment is not None:
        await _due(session, _cant_come_prefix(appointment), now, prefix=True)
    return True


@dataclass(frozen=True)
class Given:
    """A reason passed on. `alert_id`: the crisis alert its words raised (scanned like every
    text she writes); the caller shows her the 24/7 numbers first."""

    alert_id: int | None = None


async def give_reason(
    session: AsyncSession,
    flags: FlagRules,
    participant: Person,
    reason: str,
    translation: MachineTranslation | None,
    *,
    now: datetime,
) -> Given | None:
    """The typed reason (translated to German before, outside the transaction), passed on to
    the coach in one message with the notice; kept, encrypted, as a message to the coach so
    that it is in her history, and checked for urgent and crisis words like every message
    to the coach. None if no reason was asked for."""
    reason = reason.strip()[:REASON_MAX]
    if not reason:
        return Given() if await skip_reason(session, participant, now=now) else None
    state = dialogue.state(participant, REASON)
    if state is None:
        return None
    dialogue.end(participant)
    profile = relay.language_of(participant)
    source = relay.source_of(participant, reason)  # as the caller chose it for the translation
    reasons = relay.keyword_reasons(flags, reason, source, translation, also=profile)
    appointment = await session.get(Appointment, state.get("appointment_id") or 0)
    if appointment is None or appointment.answer is not Attendance.NOT_COMING:
        # It changed meanwhile (moved, cancelled): no reason to attach it to, but she wrote it
        # for her coach, so it goes to her coach as a message of hers (scanned like every one)
        # instead of being dropped.
        sent = await relay.to_coach(
            session, flags, participant, reason, translation, now=now, numbers_shown=True, source=source
        )
        return Given(sent.alert_id)
    message = RelayMessage(
        participant_id=participant.id,
        coach_id=participant.coach_id,
        direction=RelayDirection.TO_COACH,
        text=reason,
        source_language=source,
        target_language=relay.COACH_LANGUAGE,
        translation=translation.text[: REASON_MAX * 2] if translation else None,
        translated_by=translation.model if translation else None,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    # The notice held back for the reason goes as part of the reason's message instead.
    await outbox.cancel_pending(session, key_prefix=_cant_come_prefix(appointment))
    with contextlib.suppress(AppointmentError):
        await appointments.give_reason(
            session, appointment, participant, reason=reason, now=now, relay_message_id=message.id
        )
    alert_id = await relay.raise_crisis(
        session, participant, reasons, message_id=message.id, now=now, numbers_shown=True
    )
    return Given(alert_id)
