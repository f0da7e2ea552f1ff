"""Cohorts (the groups a programme runs): create, rename, archive, a check-in time, invitation
links, and moving participants between them. Staff's work (or the command line's: actor None);
every change is audited. A participant's coach stays when she changes cohort."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Cohort, Person, PersonStatus, Role
from bot.services import audit, invites
from bot.services.invites import CreatedInvite
from bot.services.visibility import visible_participant

MAX_NAME = 80
# How many people may join by one cohort's link: a group, not one person.
LINK_USES = 30


class CohortProblem(enum.StrEnum):
    NAME_EMPTY = "empty"
    NAME_TOO_LONG = "too-long"
    NAME_TAKEN = "taken"
    NOT_FOUND = "not-found"
    ARCHIVED = "archived"


class CohortError(Exception):
    def __init__(self, problem: CohortProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class CohortSummary:
    id: int
    name: str
    archived: bool
    members: int  # active participants
    checkin_weekday: int | None
    checkin_time: time | None
    # The card's language mix: (language, active participants), the most spoken first.
    languages: tuple[tuple[str, int], ...] = ()


def may_manage(actor: Person | None) -> bool:
    """Staff, or the command line (None)."""
    return actor is None or (actor.role is Role.STAFF and actor.status is PersonStatus.ACTIVE)


def _check(actor: Person | None) -> None:
    if not may_manage(actor):
        raise invites.NotAllowedError("cohorts")


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CohortError(CohortProblem.NAME_EMPTY)
    if len(name) > MAX_NAME:
        raise CohortError(CohortProblem.NAME_TOO_LONG)
    return name


async def _members(session: AsyncSession) -> dict[int, int]:
    rows = await session.execute(
        select(Person.cohort_id, func.count())
        .where(Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE)
        .group_by(Person.cohort_id)
    )
    return {int(cohort_id): int(count) for cohort_id, count in rows if cohort_id is not None}


def _summary(cohort: Cohort, members: dict[int, int]) -> CohortSummary:
    return CohortSummary(
        id=cohort.id,
        name=cohort.name,
        archived=cohort.archived_at is not None,
        members=members.get(cohort.id, 0),
        checkin_weekday=cohort.checkin_weekday,
        checkin_time=cohort.checkin_time,
    )


async def list_cohorts(session: AsyncSession, *, include_archived: bool = True) -> list[CohortSummary]:
    """Open cohorts first (by name), then the archived ones."""
    query = select(Cohort)
    if not include_archived:
        query = query.where(Cohort.archived_at.is_(None))
    cohorts = list(await session.scalars(query))
    cohorts.sort(key=lambda c: (c.archived_at is not None, c.name.casefold(), c.id))
    members = await _members(session)
    return [_summary(cohort, members) for cohort in cohorts]


async def summary(session: AsyncSession, cohort_id: int | None) -> CohortSummary | None:
    """One cohort for its card, with the languages its active participants read."""
    cohort = await session.get(Cohort, cohort_id) if cohort_id is not None else None
    if cohort is None:
        return None
    rows = await session.execute(
        select(Person.language, func.count())
        .where(
            Person.cohort_id == cohort.id,
            Person.role == Role.PARTICIPANT,
            Person.status == PersonStatus.ACTIVE,
            Person.language.is_not(None),
        )
        .group_by(Person.language)
    )
    mix = sorted(((str(language), int(count)) for language, count in rows), key=lambda lc: (-lc[1], lc[0]))
    return replace(_summary(cohort, await _members(session)), languages=tuple(mix))


async def _get(session: AsyncSession, cohort_id: int | None) -> Cohort:
    cohort = await session.get(Cohort, cohort_id) if cohort_id is not None else None
    if cohort is None:
        raise CohortError(CohortProblem.NOT_FOUND)
    return cohort


async def _name_free(session: AsyncSession, name: str, but: int | None = None) -> None:
    taken = await session.scalar(select(Cohort.id).where(func.lower(Cohort.name) == name.lower()))
    if taken is not None and taken != but:
        raise CohortError(CohortProblem.NAME_TAKEN)


async def create(session: AsyncSession, name: str, *, actor: Person | None, now: datetime) -> Cohort:
    _check(actor)
    name = clean_name(name)
    await _name_free(session, name)
    cohort = Cohort(name=name, created_at=now)
    session.add(cohort)
    await session.flush()
    audit.record(session, at=now, action="cohort.create", actor=actor, details={"cohort_id": cohort.id})
    return cohort


async def rename(
    session: AsyncSession, cohort_id: int | None, name: str, *, actor: Person | None, now: datetime
) -> Cohort:
    _check(actor)
    cohort = await _get(session, cohort_id)
    name = clean_name(name)
    await _name_free(session, name, but=cohort.id)
    cohort.name = name
    audit.record(session, at=now, action="cohort.rename", actor=actor, details={"cohort_id": cohort.id})
    return cohort


async def archive(
    session: AsyncSession,
    cohort_id: int | None,
    *,
    actor: Person | None,
    now: datetime,
    archived: bool = True,
) -> Cohort:
    """Archive (or bring back) a cohort: its people stay in it, it is no longer offered."""
    _check(actor)
    cohort = await _get(session, cohort_id)
    cohort.archived_at = now if archived else None
    action = "cohort.archive" if archived else "cohort.restore"
    audit.record(session, at=now, action=action, actor=actor, details={"cohort_id": cohort.id})
    return cohort


async def set_checkin_time(
    session: AsyncSession,
    cohort_id: int | None,
    weekday: int | None,
    moment: time | None,
    *,
    actor: Person | None,
    now: datetime,
) -> Cohort:
    """When the cohort's weekly check-in is offered (local time, Monday = 0); None for both:
    the default again."""
    _check(actor)
    if (weekday is None) != (moment is None) or (weekday is not None and not 0 <= weekday <= 6):
        raise ValueError("a weekday 0-6 and a time, or neither")
    cohort = await _get(session, cohort_id)
    cohort.checkin_weekday, cohort.checkin_time = weekday, moment
    details = {"cohort_id": cohort.id, "weekday": weekday, "time": moment.isoformat() if moment else None}
    audit.record(session, at=now, action="cohort.checkin_time", actor=actor, details=details)
    return cohort


async def invite_link(
    session: AsyncSession,
    cohort_id: int | None,
    *,
    actor: Person | None,
    now: datetime,
    ttl: timedelta,
    max_uses: int = LINK_USES,
    coach: Person | None = None,
) -> tuple[Cohort, CreatedInvite]:
    """A participants' invitation into this cohort, for several people (a course's first day)."""
    _check(actor)
    cohort = await _get(session, cohort_id)
    if cohort.archived_at is not None:
        raise CohortError(CohortProblem.ARCHIVED)
    created = await invites.create_invite(
        session,
        now=now,
        role=Role.PARTICIPANT,
        actor=actor,
        ttl=ttl,
        cohort=cohort,
        coach=coach,
        max_uses=max_uses,
    )
    return cohort, created


async def participants_of(session: AsyncSession, cohort_id: int | None, limit: int = 50) -> list[Person]:
    """The cohort's active participants by name (None: those in no cohort)."""
    where = Person.cohort_id.is_(None) if cohort_id is None else Person.cohort_id == cohort_id
    return list(
        await session.scalars(
            select(Person)
            .where(where, Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE)
            .order_by(Person.display_name, Person.id)
            .limit(limit)
        )
    )


async def move(
    session: AsyncSession,
    participant_id: int | None,
    cohort_id: int | None,
    *,
    actor: Person | None,
    now: datetime,
) -> tuple[Person, Cohort | None] | None:
    """Put a participant into another cohort (None: into none); her coach stays. None if the
    actor may not see her (or she is no active participant)."""
    _check(actor)
    if actor is None:
        found = await session.get(Person, participant_id) if participant_id is not None else None
        participant = (
            found
            if found is not None and found.role is Role.PARTICIPANT and found.status is PersonStatus.ACTIVE
            else None
        )
    else:
        participant = await visible_participant(session, actor, participant_id)
    if participant is None:
        return None
    cohort = None if cohort_id is None else await _get(session, cohort_id)
    if cohort is not None and cohort.archived_at is not None:
        raise CohortError(CohortProblem.ARCHIVED)
    before = participant.cohort_id
    participant.cohort_id = cohort.id if cohort else None
    audit.record(
        session,
        at=now,
        action="cohort.move",
        actor=actor,
        subject_id=participant.id,
        details={"from": before, "to": participant.cohort_id},
    )
    return participant, cohort
