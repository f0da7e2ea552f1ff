"""Who may see or act on a participant: the one rule, as a check and as a SQL filter.

Staff see every active participant; a coach only the active participants who are theirs
now (after a move to another coach, the new one, not the former). A mentor sees only the
few things of the participants she is linked to (below). Nobody else sees anyone."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import MentorLink, Person, PersonStatus, Role


def oversees_others(viewer: Person) -> bool:
    """An active coach or staff member: the only people who see anyone else's data."""
    return viewer.status is PersonStatus.ACTIVE and viewer.role in (Role.COACH, Role.STAFF)


def may_act_on(viewer: Person, participant: Person) -> bool:
    """May `viewer` see this participant's data, or act for them (appointments, alerts,
    replies, practice level)?"""
    if not oversees_others(viewer):
        return False
    if participant.role is not Role.PARTICIPANT or participant.status is not PersonStatus.ACTIVE:
        return False
    return viewer.role is Role.STAFF or participant.coach_id == viewer.id


def visible_to(viewer: Person) -> ColumnElement[bool]:
    """The same rule as a WHERE clause on Person: the participants `viewer` may see."""
    if not oversees_others(viewer):
        return false()
    clause = and_(Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE)
    if viewer.role is Role.COACH:
        clause = and_(clause, Person.coach_id == viewer.id)
    return clause


async def visible_participant(
    session: AsyncSession, viewer: Person, participant_id: int | None
) -> Person | None:
    """The participant, if `viewer` may see them; None for anyone else (or no such person).

    The one check behind every coach and staff button that names a participant."""
    if participant_id is None or not oversees_others(viewer):
        return None
    participant = await session.get(Person, participant_id)
    if participant is None or not may_act_on(viewer, participant):
        return None
    return participant


# -- mentors ------------------------------------------------------------------------------------
# A mentor sees only what bot/services/mentors.py shows (names, upcoming appointments) of the
# active participants staff linked her to, and writes to them; none of the rules above admit
# her, so check-in answers, alerts, notes and progress stay closed to her.


def mentored(viewer: Person) -> ColumnElement[bool]:
    """A WHERE clause on Person: the participants this mentor is linked to and may see now."""
    if viewer.role is not Role.MENTOR or viewer.status is not PersonStatus.ACTIVE:
        return false()
    linked = select(MentorLink.participant_id).where(MentorLink.mentor_id == viewer.id)
    return and_(Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE, Person.id.in_(linked))


async def mentored_participant(
    session: AsyncSession, viewer: Person, participant_id: int | None
) -> Person | None:
    """The participant, if `viewer` is an active mentor linked to her while she is active."""
    if participant_id is None:
        return None
    found: Person | None = await session.scalar(
        select(Person).where(Person.id == participant_id, mentored(viewer))
    )
    return found
