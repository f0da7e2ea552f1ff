"""Reassigning a participant to another coach (staff, or the command line): her open alerts go
to the new coach, both coaches are told through the outbox, and the former coach loses access
at once (bot/services/visibility.py asks who her coach is now)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import Kind, plan, reassigned_key
from bot.models import Alert, AlertStatus, Person, PersonStatus, Role
from bot.services import audit, outbox, people
from bot.services.cohorts import may_manage
from bot.services.invites import NotAllowedError
from bot.services.visibility import visible_participant


@dataclass(frozen=True)
class Reassigned:
    participant_id: int
    name: str
    coach_name: str
    alerts_moved: int
    same: bool = False  # she was the chosen coach's already: nothing changed


async def _participant(
    session: AsyncSession, actor: Person | None, participant_id: int | None
) -> Person | None:
    if not may_manage(actor):
        raise NotAllowedError("reassign")
    if actor is not None:
        return await visible_participant(session, actor, participant_id)
    found = await session.get(Person, participant_id) if participant_id is not None else None
    if found is None or found.role is not Role.PARTICIPANT or found.status is not PersonStatus.ACTIVE:
        return None
    return found


async def choices(
    session: AsyncSession, actor: Person | None, participant_id: int | None
) -> tuple[Person, list[Person]] | None:
    """The participant and the active coaches she could go to (not her present one)."""
    participant = await _participant(session, actor, participant_id)
    if participant is None:
        return None
    coaches = [c for c in await people.people_of_role(session, Role.COACH) if c.id != participant.coach_id]
    return participant, coaches


async def reassign(
    session: AsyncSession,
    participant_id: int | None,
    coach_id: int | None,
    *,
    actor: Person | None,
    now: datetime,
) -> Reassigned | None:
    """None if the participant or the coach is not (or no longer) one to choose."""
    participant = await _participant(session, actor, participant_id)
    coach = await session.get(Person, coach_id) if coach_id is not None else None
    if participant is None or coach is None:
        return None
    if coach.role is not Role.COACH or coach.status is not PersonStatus.ACTIVE:
        return None
    name, coach_name = participant.display_name or "?", coach.display_name or "?"
    if participant.coach_id == coach.id:
        return Reassigned(participant.id, name, coach_name, 0, same=True)
    former_id = participant.coach_id
    participant.coach_id = coach.id
    moved = await session.execute(
        update(Alert)
        .where(Alert.participant_id == participant.id, Alert.status == AlertStatus.OPEN)
        .values(coach_id=coach.id)
    )
    alerts_moved = int(getattr(moved, "rowcount", 0))
    payload = {"participant_id": participant.id, "new_coach_id": coach.id, "former_coach_id": former_id}
    for recipient_id in (coach.id, former_id):
        if recipient_id is not None:
            key = reassigned_key(participant.id, recipient_id, now)
            await outbox.enqueue(
                session, plan(Kind.COACH_REASSIGNED, recipient_id, now, payload, key=key), now=now
            )
    audit.record(
        session,
        at=now,
        action="participant.reassign",
        actor=actor,
        subject_id=participant.id,
        details={"from": former_id, "to": coach.id, "alerts": alerts_moved},
    )
    return Reassigned(participant.id, name, coach_name, alerts_moved)
