"""Which appointments someone sees: upcoming ones, past ones awaiting an outcome, and the
participants a coach or staff member may make one for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Appointment, AppointmentStatus, Person, Role
from bot.services.visibility import visible_to

_Query = TypeVar("_Query", bound=Select[Any])


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


def _visible(query: _Query, viewer: Person) -> _Query:
    """A participant's own appointments; for coaches and staff, those of the participants
    they may see (visibility.py)."""
    if viewer.role is Role.PARTICIPANT:
        return query.where(Appointment.participant_id == viewer.id)
    return query.where(Appointment.participant_id.in_(select(Person.id).where(visible_to(viewer))))


async def participants_of(session: AsyncSession, viewer: Person, limit: int = 40) -> list[Person]:
    query = select(Person).where(visible_to(viewer))
    return list(await session.scalars(query.order_by(Person.display_name, Person.id).limit(limit)))


@dataclass(frozen=True)
class Listed:
    appointment: Appointment
    name: str  # the participant's


@dataclass(frozen=True)
class Agenda:
    upcoming: list[Listed]
    awaiting_outcome: list[Listed]  # always empty for participants


def _named(ids: Any) -> Select[Appointment, str | None]:
    """The appointments of these ids, with their participants' names, soonest first."""
    return (
        select(Appointment, Person.display_name)
        .join(Person, Person.id == Appointment.participant_id)
        .where(Appointment.id.in_(ids))
        .order_by(Appointment.starts_at, Appointment.id)
    )


def _ahead(now: Any, limit: Any) -> Select[int]:
    """The soonest `limit` scheduled appointments after `now` (values or bind parameters)."""
    return (
        select(Appointment.id)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at > now)
        .order_by(Appointment.starts_at)
        .limit(limit)
    )


# A participant's own agenda, built once (a fifth of all updates are a participant's
# /appointments): the statement agenda() would build for her, with her id, the time and the
# limit as parameters.
_OWN_AGENDA = _named(
    _ahead(bindparam("now"), bindparam("upcoming"))
    .where(Appointment.participant_id == bindparam("viewer_id"))
    .subquery()
    .select()
)


async def agenda(
    session: AsyncSession, viewer: Person, *, now: datetime, upcoming: int = 20, past: int = 10
) -> Agenda:
    """What /appointments shows the viewer, with the participants' names, in one query: the
    soonest `upcoming` scheduled appointments ahead and (coaches and staff) the latest `past`
    ones whose outcome is still to be marked."""
    if viewer.role is Role.PARTICIPANT:
        found = await session.execute(_OWN_AGENDA, {"now": now, "viewer_id": viewer.id, "upcoming": upcoming})
        rows = [Listed(appointment, name or "?") for appointment, name in found.all()]
        return Agenda(upcoming=rows, awaiting_outcome=[])
    ahead = _ahead(now, upcoming)
    behind = (
        select(Appointment.id)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at <= now)
        .order_by(Appointment.starts_at.desc())
        .limit(past)
    )
    parts = [_visible(query, viewer).subquery().select() for query in (ahead, behind)]
    query = _named(union_all(*parts))
    rows = [Listed(appointment, name or "?") for appointment, name in (await session.execute(query)).all()]
    return Agenda(
        upcoming=[row for row in rows if row.appointment.starts_at > now],
        awaiting_outcome=[row for row in reversed(rows) if row.appointment.starts_at <= now],
    )


async def list_upcoming(
    session: AsyncSession, *, now: datetime, participant_id: int | None = None
) -> list[tuple[Appointment, Person]]:
    """Every scheduled appointment still ahead (or one participant's), with its participant,
    soonest first (the command line's list)."""
    query = (
        select(Appointment, Person)
        .join(Person, Person.id == Appointment.participant_id)
        .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at > now)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if participant_id is not None:
        query = query.where(Appointment.participant_id == participant_id)
    return [(appointment, person) for appointment, person in (await session.execute(query)).all()]
