"""Mentors: volunteers (Berufspaten, Integrationslotsen) whom staff link to some participants.

A mentor sees the linked participants' names and upcoming appointments and writes to them
through the relay (with a machine translation); her answer goes to her coach as always. Every
look and every message is audited like a coach's. Check-in answers, alerts, notes and progress
stay closed: visibility.may_act_on never admits a mentor."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    MentorLink,
    Person,
    PersonStatus,
    RelayMessage,
    Role,
)
from bot.mt import MachineTranslation
from bot.services import audit, relay, visibility

UPCOMING = 3  # appointments shown per participant


class LinkError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class Problem(enum.Enum):
    NOT_ALLOWED = "not allowed"
    NO_MENTOR = "no such active mentor"
    NO_PARTICIPANT = "no such active participant"


def _may_link(actor: Person | None) -> bool:
    """Staff, or the command line (None)."""
    return actor is None or (actor.role is Role.STAFF and actor.status is PersonStatus.ACTIVE)


async def active_mentors(session: AsyncSession) -> list[Person]:
    query = select(Person).where(Person.role == Role.MENTOR, Person.status == PersonStatus.ACTIVE)
    return list(await session.scalars(query.order_by(Person.display_name, Person.id)))


async def active_mentor(session: AsyncSession, mentor_id: int) -> Person | None:
    found = await session.get(Person, mentor_id)
    return (
        found
        if found is not None and found.role is Role.MENTOR and found.status is PersonStatus.ACTIVE
        else None
    )


async def _pair(session: AsyncSession, mentor_id: int, participant_id: int) -> tuple[Person, Person]:
    mentor = await active_mentor(session, mentor_id)
    if mentor is None:
        raise LinkError(Problem.NO_MENTOR)
    participant = await session.get(Person, participant_id)
    if (
        participant is None
        or participant.role is not Role.PARTICIPANT
        or participant.status is not PersonStatus.ACTIVE
    ):
        raise LinkError(Problem.NO_PARTICIPANT)
    return mentor, participant


async def link(
    session: AsyncSession, mentor_id: int, participant_id: int, *, actor: Person | None, now: datetime
) -> bool:
    """Link a mentor to a participant; False if they were linked already."""
    if not _may_link(actor):
        raise LinkError(Problem.NOT_ALLOWED)
    mentor, participant = await _pair(session, mentor_id, participant_id)
    if await session.get(MentorLink, (mentor.id, participant.id)) is not None:
        return False
    session.add(
        MentorLink(
            mentor_id=mentor.id,
            participant_id=participant.id,
            created_at=now,
            created_by_id=actor.id if actor else None,
        )
    )
    audit.record(
        session,
        at=now,
        action="mentor.link",
        actor=actor,
        subject_id=participant.id,
        details={"mentor_id": mentor.id},
    )
    return True


async def unlink(
    session: AsyncSession, mentor_id: int, participant_id: int, *, actor: Person | None, now: datetime
) -> bool:
    """Take the link away; False if there was none. Works for anyone's state (a mentor who left)."""
    if not _may_link(actor):
        raise LinkError(Problem.NOT_ALLOWED)
    found = await session.get(MentorLink, (mentor_id, participant_id))
    if found is None:
        return False
    await session.execute(
        delete(MentorLink).where(
            MentorLink.mentor_id == mentor_id, MentorLink.participant_id == participant_id
        )
    )
    audit.record(
        session,
        at=now,
        action="mentor.unlink",
        actor=actor,
        subject_id=participant_id,
        details={"mentor_id": mentor_id},
    )
    return True


async def mentors_of(session: AsyncSession, participant_id: int) -> list[Person]:
    query = (
        select(Person)
        .join(MentorLink, MentorLink.mentor_id == Person.id)
        .where(MentorLink.participant_id == participant_id)
        .order_by(Person.display_name, Person.id)
    )
    return list(await session.scalars(query))


async def linked_ids(session: AsyncSession, mentor_id: int) -> list[int]:
    query = select(MentorLink.participant_id).where(MentorLink.mentor_id == mentor_id)
    return sorted(await session.scalars(query))


# -- what a mentor sees --------------------------------------------------------------------------


@dataclass(frozen=True)
class Upcoming:
    kind: str  # AppointmentKind value
    starts_at: datetime


@dataclass(frozen=True)
class Mentee:
    """A participant as her mentor sees her: nothing beyond these fields."""

    participant_id: int
    name: str | None
    language: str
    upcoming: list[Upcoming]


async def mentees(session: AsyncSession, mentor: Person, *, now: datetime) -> list[Mentee]:
    """The active participants linked to this mentor, each with her next appointments; audited."""
    people = list(
        await session.scalars(
            select(Person).where(visibility.mentored(mentor)).order_by(Person.display_name, Person.id)
        )
    )
    found = []
    for person in people:
        appointments = await session.scalars(
            select(Appointment)
            .where(
                Appointment.participant_id == person.id,
                Appointment.status == AppointmentStatus.SCHEDULED,
                Appointment.starts_at > now,
            )
            .order_by(Appointment.starts_at)
            .limit(UPCOMING)
        )
        upcoming = [Upcoming(_kind_for_mentor(a.kind), a.starts_at) for a in appointments]
        found.append(Mentee(person.id, person.display_name, relay.language_of(person), upcoming))
    if found:
        audit.record(
            session,
            at=now,
            action="mentor.view",
            actor=mentor,
            details={"participant_ids": [m.participant_id for m in found]},
        )
    return found


# -- a mentor writes -----------------------------------------------------------------------------


async def recipient(
    session: AsyncSession, mentor: Person, participant_id: int | None
) -> relay.Recipient | None:
    return await relay.recipient(session, mentor, participant_id, find=visibility.mentored_participant)


async def draft(
    session: AsyncSession, mentor: Person, participant_id: int | None, text: str
) -> relay.Draft | relay.Refused:
    return await relay.draft(session, mentor, participant_id, text, find=visibility.mentored_participant)


async def send_draft(
    session: AsyncSession,
    mentor: Person,
    draft: relay.Draft,
    translation: MachineTranslation | None,
    *,
    now: datetime,
) -> RelayMessage | None:
    """As a coach's message (audited as "relay.sent"); None if she went out of reach."""
    return await relay.send_draft(
        session, mentor, draft, translation, now=now, find=visibility.mentored_participant
    )


async def coach_name(session: AsyncSession, participant_id: int) -> str | None:
    """The name of the coach her answers go to (None: the team)."""
    participant = await session.get(Person, participant_id)
    return await relay.addressee(session, participant) if participant is not None else None


# Appointments whose kind alone says something sensitive (health; residence status at an
# authority) are shown to a mentor as a plain "Termin": she needs to know when, not why.
HIDDEN_FROM_MENTORS = frozenset({AppointmentKind.DOCTOR, AppointmentKind.AUTHORITY})


def _kind_for_mentor(kind: AppointmentKind) -> str:
    return (AppointmentKind.OTHER if kind in HIDDEN_FROM_MENTORS else kind).value
