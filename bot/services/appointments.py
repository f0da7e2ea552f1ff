"""Appointments: who may make them, and the messages they plan into the outbox."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    Person,
    PersonStatus,
    Priority,
    Role,
)
from bot.services import audit, outbox
from bot.services.outbox import Planned
from bot.services.quiet import quiet_until

DEFAULT_REMINDERS = (timedelta(hours=24), timedelta(hours=2))
MAX_AHEAD = timedelta(days=366)
# Within this many hours of the appointment, news about it ignores quiet hours.
URGENT_WITHIN = timedelta(hours=12)


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


def may_manage(actor: Person, participant: Person) -> bool:
    """Staff manage everyone's appointments, a coach only those of their own participants."""
    if actor.status is not PersonStatus.ACTIVE:
        return False
    if actor.role is Role.STAFF:
        return True
    return actor.role is Role.COACH and participant.coach_id == actor.id


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


def _check_time(starts_at: datetime, now: datetime) -> None:
    if starts_at <= now:
        raise AppointmentError(AppointmentProblem.PAST)
    if starts_at > now + MAX_AHEAD:
        raise AppointmentError(AppointmentProblem.TOO_FAR)


def _key(appointment: Appointment, suffix: str) -> str:
    return f"apt:{appointment.id}:v{appointment.version}:{suffix}"


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
) -> Appointment:
    """A new appointment; the participant hears of it at once and is reminded before it.
    `actor` None is the command line or an import run by an operator."""
    if participant.role is not Role.PARTICIPANT or participant.status is not PersonStatus.ACTIVE:
        raise AppointmentError(AppointmentProblem.NOT_PARTICIPANT)
    if actor is not None and not may_manage(actor, participant):
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
    await _plan(session, appointment, participant, now, "new", reminders)
    return appointment


async def _plan(
    session: AsyncSession,
    appointment: Appointment,
    participant: Person,
    now: datetime,
    news: str,
    reminders: Sequence[timedelta],
) -> None:
    payload = {"appointment_id": appointment.id, "version": appointment.version}
    reminder_at = reminder_times(appointment.starts_at, ZoneInfo(participant.timezone), reminders)
    # The news waits for the end of quiet hours, unless the appointment is close or a
    # reminder would otherwise arrive before the news itself.
    quiet_end = quiet_until(participant, now)
    first_other = min([at for at in reminder_at if at > now] + [appointment.starts_at])
    urgent = appointment.starts_at - now <= URGENT_WITHIN or (
        quiet_end is not None and first_other <= quiet_end
    )
    await outbox.enqueue(
        session,
        Planned(
            recipient_id=participant.id,
            kind=f"appointment.{news}",
            due_at=now,
            priority=Priority.INTERACTIVE,
            dedupe_key=_key(appointment, news),
            payload=payload,
            respect_quiet_hours=not urgent,
        ),
        now=now,
    )
    planned = [
        (offset, at)
        for offset, at in zip(
            reminders,
            reminder_times(appointment.starts_at, ZoneInfo(participant.timezone), reminders),
            strict=True,
        )
        if at > now
    ]
    due = [at for _, at in planned]
    for offset, at in planned:
        await outbox.enqueue(
            session,
            Planned(
                recipient_id=participant.id,
                kind="appointment.reminder",
                due_at=at,
                priority=Priority.REMINDER,
                dedupe_key=_key(appointment, f"reminder:{int(offset.total_seconds() // 60)}"),
                payload=payload,
                respect_quiet_hours=False,
            ),
            now=now,
        )
    if due and participant.coach_id is not None:
        # If there is no answer by the last reminder, the coach hears of it then.
        await outbox.enqueue(
            session,
            Planned(
                recipient_id=participant.coach_id,
                kind="coach.no_answer",
                due_at=max(due) + timedelta(minutes=1),
                priority=Priority.INTERACTIVE,
                dedupe_key=_key(appointment, "no-answer"),
                payload=payload,
                respect_quiet_hours=False,
            ),
            now=now,
        )


async def reschedule(
    session: AsyncSession,
    appointment: Appointment,
    *,
    actor: Person | None,
    starts_at: datetime,
    now: datetime,
    place: str | None = None,
    reminders: Sequence[timedelta] = DEFAULT_REMINDERS,
) -> Appointment:
    participant = await _participant_for_change(session, appointment, actor)
    _check_time(starts_at, now)
    announced = await _announced(session, appointment)
    await outbox.cancel_pending(session, key_prefix=f"apt:{appointment.id}:v{appointment.version}:")
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
    await _plan(session, appointment, participant, now, "changed" if announced else "new", reminders)
    return appointment


async def cancel(
    session: AsyncSession, appointment: Appointment, *, actor: Person | None, now: datetime
) -> None:
    participant = await _participant_for_change(session, appointment, actor)
    announced = await _announced(session, appointment)
    await outbox.cancel_pending(session, key_prefix=f"apt:{appointment.id}:")
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
    if announced and appointment.starts_at > now:
        await outbox.enqueue(
            session,
            Planned(
                recipient_id=participant.id,
                kind="appointment.cancelled",
                due_at=now,
                priority=Priority.INTERACTIVE,
                dedupe_key=f"apt:{appointment.id}:cancelled",
                payload={"appointment_id": appointment.id, "version": appointment.version},
                respect_quiet_hours=appointment.starts_at - now > URGENT_WITHIN,
            ),
            now=now,
        )


async def _announced(session: AsyncSession, appointment: Appointment) -> bool:
    """Whether the participant has heard of this appointment: some news about it went out,
    or none is still waiting (e.g. held back by quiet hours)."""
    if await outbox.was_sent(session, f"apt:{appointment.id}:v"):
        return True
    waiting = await outbox.is_pending(session, _key(appointment, "new")) or await outbox.is_pending(
        session, _key(appointment, "changed")
    )
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
    if actor is not None and not may_manage(actor, participant):
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
    appointment.answer = Attendance.COMING if coming else Attendance.NOT_COMING
    appointment.answered_at = now
    appointment.answer_reason = None
    # Any answer means the coach need not hear "no answer".
    await outbox.cancel_pending(session, key_prefix=_key(appointment, "no-answer"))
    if not coming:
        await _alert_coach(session, appointment, participant, "coach.cant_come", "cant-come", now)


async def give_reason(
    session: AsyncSession, appointment: Appointment, participant: Person, *, reason: str, now: datetime
) -> None:
    """The optional reason after "I can't come", passed on to the coach."""
    if appointment.participant_id != participant.id or appointment.answer is not Attendance.NOT_COMING:
        raise AppointmentError(AppointmentProblem.CLOSED)
    appointment.answer_reason = reason.strip()[:500]
    await _alert_coach(session, appointment, participant, "coach.cant_come_reason", "reason", now)


async def _alert_coach(
    session: AsyncSession, appointment: Appointment, participant: Person, kind: str, key: str, now: datetime
) -> None:
    """An alert for the participant's coach, at once and regardless of quiet hours."""
    if participant.coach_id is None:
        return
    await outbox.enqueue(
        session,
        Planned(
            recipient_id=participant.coach_id,
            kind=kind,
            due_at=now,
            priority=Priority.ALERT,
            dedupe_key=_key(appointment, f"{key}:{int(now.timestamp())}"),
            payload={"appointment_id": appointment.id, "version": appointment.version},
            respect_quiet_hours=False,
        ),
        now=now,
    )


async def mark_outcome(
    session: AsyncSession, appointment: Appointment, *, actor: Person, attended: bool, now: datetime
) -> None:
    participant = await session.get(Person, appointment.participant_id)
    if participant is None or not may_manage(actor, participant):
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


async def upcoming_for(
    session: AsyncSession, viewer: Person, *, now: datetime, limit: int = 20
) -> list[Appointment]:
    """Scheduled appointments the viewer may see: their own, their participants', or all (staff)."""
    query = (
        select(Appointment)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at > now)
        .order_by(Appointment.starts_at)
        .limit(limit)
    )
    return list(await session.scalars(_visible(query, viewer)))


async def list_upcoming(
    session: AsyncSession, *, now: datetime, participant_id: int | None = None
) -> list[tuple[Appointment, Person]]:
    """Every scheduled appointment still ahead (or one participant's), with its participant, soonest first."""
    query = (
        select(Appointment, Person)
        .join(Person, Person.id == Appointment.participant_id)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at > now)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if participant_id is not None:
        query = query.where(Appointment.participant_id == participant_id)
    return [(appointment, person) for appointment, person in (await session.execute(query)).all()]


async def reminder_due_times(session: AsyncSession, appointment: Appointment) -> list[datetime]:
    """When the appointment's reminders still to be sent are due, soonest first."""
    return await outbox.pending_due_times(
        session, key_prefix=f"apt:{appointment.id}:", kind="appointment.reminder"
    )


async def awaiting_outcome(
    session: AsyncSession, viewer: Person, *, now: datetime, limit: int = 10
) -> list[Appointment]:
    """Past appointments whose coach has not yet marked attended or missed."""
    if viewer.role is Role.PARTICIPANT:
        return []
    query = (
        select(Appointment)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at <= now)
        .order_by(Appointment.starts_at.desc())
        .limit(limit)
    )
    return list(await session.scalars(_visible(query, viewer)))


def _visible(query, viewer: Person):  # type: ignore[no-untyped-def]
    if viewer.role is Role.STAFF:
        return query
    if viewer.role is Role.COACH:
        mine = select(Person.id).where(Person.coach_id == viewer.id)
        return query.where(Appointment.participant_id.in_(mine))
    return query.where(Appointment.participant_id == viewer.id)


async def participants_of(session: AsyncSession, viewer: Person, limit: int = 40) -> list[Person]:
    query = select(Person).where(Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE)
    if viewer.role is Role.COACH:
        query = query.where(Person.coach_id == viewer.id)
    elif viewer.role is not Role.STAFF:
        return []
    return list(await session.scalars(query.order_by(Person.display_name, Person.id).limit(limit)))
