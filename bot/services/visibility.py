"""Who may see or act on a participant: the one rule, as a check and as a SQL filter.

Staff see every active participant; a coach only the active participants who are theirs
now (after a move to another coach, the new one, not the former). Nobody else sees anyone."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Person, PersonStatus, Role


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
