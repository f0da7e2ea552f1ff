"""Appointments: who may make them, and the messages they plan into the outbox."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import (
    Kind,
    announcement_prefix,
    appointment_key,
    appointment_prefix,
    cancelled_key,
    cant_come_key,
    cant_come_reason_key,
    news_key,
    no_answer_key,
    plan,
    reminder_key,
    reminder_prefix,
)
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    RelayDirection,
    RelayMessage,
    Role,
)
from bot.services import audit, outbox
from bot.services.outbox import Planned
from bot.services.quiet import quiet_until
from bot.services.visibility import may_act_on

DEFAULT_REMINDERS = (timedelta(hours=24), timedelta(hours=2))
MAX_AHEAD = timedelta(days=366)
# Within this many hours of the appointment, news about it ignores quiet hours.
URGENT_WITHIN = timedelta(hours=12)
# Without an answer, her coach hears of it this long before the appointment
# (NO_ANSWER_MINUTES)...
DEFAULT_NO_ANSWER_BEFORE = timedelta(hours=1)
# ...but she has at least this long after the last reminder to answer (or half the time left
# before the start, if that is less).
NO_ANSWER_MIN_WAIT = timedelta(minutes=30)


NEWS_KINDS = (Kind.APPOINTMENT_NEW, Kind.APPOINTMENT_CHANGED)


class AppointmentProblem(enum.StrEnum):
    NOT_YOURS = "not-yours"
    NOT_PARTICIPANT = "not-participant"
    PAST = "past"
    TOO_FAR = "too-far"
    CLOSED = "closed"
    NOT_YET = "not-yet"


class AppointmentError(Exception):
    def __init__(self, problem: AppointmentProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def reminder_times(starts_at: datetime, zone: ZoneInfo, offsets: Sequence[timedelta]) -> list[datetime]:
    """When the reminders fire. Whole-day offsets keep the wall-clock time (a reminder for a
    09:00 appointment one day ahead is at 09:00 the day before, even across a summer-time
    change); shorter offsets are exact durations."""
    local = starts_at.astimezone(zone)
    times = []
    for offset in offsets:
        if offset % timedelta(days=1) == timedelta(0):
            wall = local.replace(tzinfo=None) - offset
            times.append(wall.replace(tzinfo=zone).astimezone(UTC))
        else:
            times.append(starts_at - offset)
    return times


def no_answer_time(starts_at: datetime, last_reminder: datetime, before: timedelta) -> datetime:
    """When the coach hears that she has not answered: `before` the start, but never sooner
    than NO_ANSWER_MIN_WAIT after the last reminder (half the time left, if that is less),
    so that she has time to answer; always before the start."""
    wait = min(NO_ANSWER_MIN_WAIT, (starts_at - last_reminder) / 2)
    return max(starts_at - before, last_reminder + wait)


def _check_time(starts_at: datetime, now: datetime) -> None:
    if starts_at <= now:
        raise AppointmentError(AppointmentProblem.PAST)
    if starts_at > now + MAX_AHEAD:
        raise AppointmentError(AppointmentProblem.TOO_FAR)


async def create(
    session: AsyncSession,
    *,
    actor: Person | None,
    participant: Person,
    kind: AppointmentKind,
    starts_at: datetime,
    place: str,
    note: str,
    now: datetime,
    reminders: Sequence[timedelta] = DEFAULT_REMINDERS,
    no_answer_before: timedelta = DEFAULT_NO_ANSWER_BEFORE,
) -> Appointment:
    """A new appointment; the participant hears of it at once and is reminded before it.
    `actor` None is the command line or an import run by an operator."""
    if participant.role is not Role.PARTICIPANT or participant.status is not PersonStatus.ACTIVE:
        raise AppointmentError(AppointmentProblem.NOT_PARTICIPANT)
    if actor is not None and not may_act_on(actor, participant):
        raise AppointmentError(AppointmentProblem.NOT_YOURS)
    _check_time(starts_at, now)
    appointment = Appointment(
        participant_id=participant.id,
        created_by_id=actor.id if actor else None,
        kind=kind,
        starts_at=starts_at,
        place=place.strip()[:200],
        note=note.strip()[:500],
        status=AppointmentStatus.SCHEDULED,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(appointment)
    await session.flush()
    audit.record(
        session,
        at=now,
        action="appointment.create",
        actor=actor,
        subject_id=participant.id,
        details={"appointment_id": appointment.id},
    )
    await _plan(session, appointment, participant, now, Kind.APPOINTMENT_NEW, reminders, no_answer_before)
    return appointment


async def _plan(
    session: AsyncSession,
    appointment: Appointment,
    participant: Person,
    now: datetime,
    news: Kind,
    reminders: Sequence[timedelta],
    no_answer_before: timedelta,
) -> None:
    for planned in planned_messages(
        appointment.id,
        appointment.version,
        appointment.starts_at,
        participant,
        now,
        news,
        reminders,
        no_answer_before,
    ):
        await outbox.enqueue(session, planned, now=now)


def planned_messages(
    appointment_id: int,
    version: int,
    starts_at: datetime,
    participant: Person,
    now: datetime,
    news: Kind,
    reminders: Sequence[timedelta],
    no_answer_before: timedelta,
) -> list[Planned]:
    """The outbox rows of one version of an appointment: the news, the reminders, and the
    coach's alert if there is no answer. Pure, so a bulk import can write many at once."""
    payload = {"appointment_id": appointment_id, "version": version}
    ids = (appointment_id, version)
    reminder_at = reminder_times(starts_at, ZoneInfo(participant.timezone), reminders)
    # The news waits for the end of quiet hours, unless the appointment is close or a
    # reminder would otherwise arrive before the news itself.
    quiet_end = quiet_until(participant, now)
    first_other = min([at for at in reminder_at if at > now] + [starts_at])
    urgent = starts_at - now <= URGENT_WITHIN or (quiet_end is not None and first_other <= quiet_end)
    rows = [plan(news, participant.id, now, payload, key=news_key(*ids, news), urgent=urgent)]
    planned = [(offset, at) for offset, at in zip(reminders, reminder_at, strict=True) if at > now]
    rows += [
        plan(Kind.APPOINTMENT_REMINDER, participant.id, at, payload, key=reminder_key(*ids, offset))
        for offset, at in planned
    ]
    due = [at for _, at in planned]
    if due and participant.coach_id is not None:
        # Still no answer a while after the last reminder: the coach hears of it (unless she
        # answered or wrote to the coach meanwhile, which the renderer checks).
        rows.append(
            plan(
                Kind.COACH_NO_ANSWER,
                participant.coach_id,
                no_answer_time(starts_at, max(due), no_answer_before),
                payload,
                key=no_answer_key(*ids),
            )
        )
    return rows


async def reschedule(
    session: AsyncSession,
    appointment: Appointment,
    *,
    actor: Person | None,
    starts_at: datetime,
    now: datetime,
    place: str | None = None,
    reminders: Sequence[timedelta] = DEFAULT_REMINDERS,
    no_answer_before: timedelta = DEFAULT_NO_ANSWER_BEFORE,
) -> Appointment:
    participant = await _participant_for_change(session, appointment, actor)
    _check_time(starts_at, now)
    announced = await _announced(session, appointment)
    await outbox.cancel_pending(session, key_prefix=appointment_key(appointment.id, appointment.version))
    appointment.version += 1
    appointment.starts_at = starts_at
    if place is not None:
        appointment.place = place.strip()[:200]
    appointment.answer = None
    appointment.answer_reason = None
    appointment.answered_at = None
    appointment.updated_at = now
    audit.record(
        session,
        at=now,
        action="appointment.reschedule",
        actor=actor,
        subject_id=participant.id,
        details={"appointment_id": appointment.id, "version": appointment.version},
    )
    # Someone who never heard of the appointment gets it as new, not as changed.
    news = Kind.APPOINTMENT_CHANGED if announced else Kind.APPOINTMENT_NEW
    await _plan(session, appointment, participant, now, news, reminders, no_answer_before)
    return appointment


async def cancel(
    session: AsyncSession, appointment: Appointment, *, actor: Person | None, now: datetime
) -> bool:
    """Cancel it; True when the participant is told (she had heard of it and it is ahead),
    False when she never heard of it (its news still held back) or it has begun."""
    participant = await _participant_for_change(session, appointment, actor)
    announced = await _announced(session, appointment)
    await outbox.cancel_pending(session, key_prefix=appointment_prefix(appointment.id))
    appointment.status = AppointmentStatus.CANCELLED
    appointment.updated_at = now
    audit.record(
        session,
        at=now,
        action="appointment.cancel",
        actor=actor,
        subject_id=participant.id,
        details={"appointment_id": appointment.id},
    )
    told = announced and appointment.starts_at > now
    if told:
        await outbox.enqueue(
            session,
            plan(
                Kind.APPOINTMENT_CANCELLED,
                participant.id,
                now,
                {"appointment_id": appointment.id, "version": appointment.version},
                key=cancelled_key(appointment.id),
                urgent=appointment.starts_at - now <= URGENT_WITHIN,
            ),
            now=now,
        )
    return told


async def _announced(session: AsyncSession, appointment: Appointment) -> bool:
    """Whether the participant has heard of this appointment: some news about it went out,
    or none is still waiting (e.g. held back by quiet hours)."""
    if await outbox.was_sent(session, announcement_prefix(appointment.id)):
        return True
    ids = (appointment.id, appointment.version)
    new, changed = news_key(*ids, Kind.APPOINTMENT_NEW), news_key(*ids, Kind.APPOINTMENT_CHANGED)
    waiting = await outbox.is_pending(session, new) or await outbox.is_pending(session, changed)
    return not waiting


def check_open(appointment: Appointment) -> None:
    if appointment.status is not AppointmentStatus.SCHEDULED:
        raise AppointmentError(AppointmentProblem.CLOSED)


async def _participant_for_change(
    session: AsyncSession, appointment: Appointment, actor: Person | None
) -> Person:
    participant = await session.get(Person, appointment.participant_id)
    if participant is None:
        raise AppointmentError(AppointmentProblem.NOT_PARTICIPANT)
    if actor is not None and not may_act_on(actor, participant):
        raise AppointmentError(AppointmentProblem.NOT_YOURS)
    if appointment.status is not AppointmentStatus.SCHEDULED:
        raise AppointmentError(AppointmentProblem.CLOSED)
    return participant


async def answer(
    session: AsyncSession,
    appointment: Appointment,
    participant: Person,
    *,
    coming: bool,
    now: datetime,
) -> None:
    """The participant says they will come or not; "not" tells the coach at once."""
    if appointment.participant_id != participant.id:
        raise AppointmentError(AppointmentProblem.NOT_YOURS)
    if appointment.status is not AppointmentStatus.SCHEDULED or appointment.starts_at <= now:
        raise AppointmentError(AppointmentProblem.CLOSED)
    told_before = appointment.answer is Attendance.NOT_COMING  # this version's "can't come"
    appointment.answer = Attendance.COMING if coming else Attendance.NOT_COMING
    appointment.answered_at = now
    appointment.answer_reason = None
    # Any answer means the coach need not hear "no answer".
    await outbox.cancel_pending(session, key_prefix=no_answer_key(appointment.id, appointment.version))
    if not coming and not told_before:  # pressed again, it is no news for the coach
        key = cant_come_key(appointment.id, appointment.version, now)
        await _alert_coach(session, appointment, participant, Kind.COACH_CANT_COME, key, now)


async def give_reason(
    session: AsyncSession,
    appointment: Appointment,
    participant: Person,
    *,
    reason: str,
    now: datetime,
    relay_message_id: int | None = None,
) -> None:
    """The optional reason after "I can't come", passed on to the coach (with the relayed
    message that keeps it and its translation, when there is one)."""
    if appointment.participant_id != participant.id or appointment.answer is not Attendance.NOT_COMING:
        raise AppointmentError(AppointmentProblem.CLOSED)
    appointment.answer_reason = reason.strip()[:500]
    key = cant_come_reason_key(appointment.id, appointment.version, now)
    extra = {"relay_message_id": relay_message_id} if relay_message_id is not None else {}
    await _alert_coach(session, appointment, participant, Kind.COACH_CANT_COME_REASON, key, now, extra)


async def _alert_coach(
    session: AsyncSession,
    appointment: Appointment,
    participant: Person,
    kind: Kind,
    key: str,
    now: datetime,
    extra: dict[str, int] | None = None,
) -> None:
    """An alert for the participant's coach, at once and regardless of quiet hours."""
    if participant.coach_id is None:
        return
    payload = {"appointment_id": appointment.id, "version": appointment.version, **(extra or {})}
    await outbox.enqueue(session, plan(kind, participant.coach_id, now, payload, key=key), now=now)


async def mark_outcome(
    session: AsyncSession, appointment: Appointment, *, actor: Person, attended: bool, now: datetime
) -> None:
    participant = await session.get(Person, appointment.participant_id)
    if participant is None or not may_act_on(actor, participant):
        raise AppointmentError(AppointmentProblem.NOT_YOURS)
    if appointment.status is AppointmentStatus.CANCELLED:
        raise AppointmentError(AppointmentProblem.CLOSED)
    if appointment.starts_at > now:
        raise AppointmentError(AppointmentProblem.NOT_YET)
    appointment.status = AppointmentStatus.ATTENDED if attended else AppointmentStatus.MISSED
    appointment.updated_at = now
    audit.record(
        session,
        at=now,
        action="appointment.outcome",
        actor=actor,
        subject_id=participant.id,
        details={"appointment_id": appointment.id, "attended": attended},
    )


async def unanswered_after_reminder(session: AsyncSession, appointment: Appointment) -> bool:
    """Whether a reminder of this version reached her and she has given no sign since: no
    answer to it, and no message to her coach (which may well be about it) since the first
    reminder went out. Only then is "she has not answered" true."""
    if appointment.answer is not None:
        return False
    reminded_at = await outbox.first_sent_at(session, reminder_prefix(appointment.id, appointment.version))
    if reminded_at is None:  # not after a downtime, or once she blocked the bot
        return False
    written = await session.scalar(
        select(RelayMessage.id)
        .where(
            RelayMessage.participant_id == appointment.participant_id,
            RelayMessage.direction == RelayDirection.TO_COACH,
            RelayMessage.created_at >= reminded_at,
        )
        .limit(1)
    )
    return written is None


async def news_held_until(
    session: AsyncSession, appointment: Appointment, participant: Person, now: datetime
) -> datetime | None:
    """When the news about this version reaches her if her quiet hours hold it back now;
    None if it goes out at once."""
    row = await session.scalar(
        select(OutboxMessage).where(
            OutboxMessage.dedupe_key.in_(
                [news_key(appointment.id, appointment.version, news) for news in NEWS_KINDS]
            ),
            OutboxMessage.status == OutboxStatus.PENDING,
        )
    )
    if row is None or not row.respect_quiet_hours:
        return None
    return quiet_until(participant, now)


async def reminder_due_times(session: AsyncSession, appointment: Appointment) -> list[datetime]:
    """When the appointment's reminders still to be sent are due, soonest first."""
    return await outbox.pending_due_times(
        session, key_prefix=appointment_prefix(appointment.id), kind=Kind.APPOINTMENT_REMINDER
    )
