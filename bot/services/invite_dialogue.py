"""Making an invitation in the chat: staff choose the role and, for a participant, a group and
a coach; a coach invites their own participants and only chooses the group.

Between updates the dialogue lives in Person.dialogue (name "invite"), in the shape it has
always had.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Cohort, Person, PersonStatus, Role
from bot.services import dialogue, invites, people
from bot.services.invites import CreatedInvite

DIALOGUE = "invite"
COACHES_SHOWN = 20
COHORT_NAME_MAX = 80  # the column's length, as invites.get_or_create_cohort checks it


class Step(enum.StrEnum):
    ROLE = "role"
    COHORT = "cohort"  # a button, or a new group's name typed
    COACH = "coach"


@dataclass(frozen=True)
class Ask:
    """The question the dialogue has reached, with its choices."""

    step: Step
    cohorts: list[Cohort] = field(default_factory=list)
    coaches: list[Person] = field(default_factory=list)


@dataclass(frozen=True)
class Made:
    created: CreatedInvite
    role: Role
    cohort_name: str | None


@dataclass(frozen=True)
class NewGroup:
    """A typed name no group has yet: create it? (yes / no)"""

    name: str


class BadName(enum.Enum):
    """A typed group name that is empty or too long."""

    BAD_NAME = "bad-name"


async def begin(session: AsyncSession, actor: Person) -> Ask:
    if actor.role is Role.COACH:
        return await _ask_cohort(session, actor, Role.PARTICIPANT)
    dialogue.begin(actor, DIALOGUE, step=Step.ROLE.value)
    return Ask(Step.ROLE)


async def choose_role(
    session: AsyncSession, actor: Person, role: str | None, *, now: datetime, ttl: timedelta
) -> Ask | Made | None:
    """None if no role is asked for, or the actor may not invite this one."""
    if dialogue.state(actor, DIALOGUE, Step.ROLE) is None or role not in {r.value for r in Role}:
        return None
    chosen = Role(role)
    if not invites.may_invite(actor, chosen):
        return None
    if chosen is Role.PARTICIPANT:
        return await _ask_cohort(session, actor, chosen)
    return await _create(session, actor, chosen, cohort=None, coach=None, now=now, ttl=ttl)


async def _ask_cohort(session: AsyncSession, actor: Person, role: Role) -> Ask:
    dialogue.begin(actor, DIALOGUE, step=Step.COHORT.value, role=role.value)
    return Ask(Step.COHORT, cohorts=await invites.recent_cohorts(session))


async def choose_cohort(
    session: AsyncSession, actor: Person, cohort_id: int | None, *, now: datetime, ttl: timedelta
) -> Ask | Made | None:
    """A group by its button (0: none); None if no group is asked for or it does not exist."""
    cohort = await session.get(Cohort, cohort_id) if cohort_id else None
    if (
        dialogue.state(actor, DIALOGUE, Step.COHORT) is None
        or cohort_id is None
        or (cohort_id and cohort is None)
    ):
        return None
    return await _after_cohort(session, actor, cohort, now=now, ttl=ttl)


async def name_cohort(
    session: AsyncSession, actor: Person, name: str, *, now: datetime, ttl: timedelta
) -> Ask | Made | NewGroup | BadName | None:
    """A group's name, typed; None if no group is asked for. An existing group is taken as it
    is; a new one is only named here and made once confirmed (confirm_new_cohort): a typo
    should not become a group."""
    state = dialogue.state(actor, DIALOGUE, Step.COHORT)
    if state is None:
        return None
    name = " ".join(name.split())
    if not name or len(name) > COHORT_NAME_MAX:
        return BadName.BAD_NAME
    existing = await session.scalar(select(Cohort).where(Cohort.name == name))
    if existing is not None:
        return await _after_cohort(session, actor, existing, now=now, ttl=ttl)
    actor.dialogue = {**state, "new_cohort": name}  # assigned whole: a JSON column
    return NewGroup(name)


async def confirm_new_cohort(
    session: AsyncSession, actor: Person, create: bool, *, now: datetime, ttl: timedelta
) -> Ask | Made | None:
    """Yes: make the group named before and go on; no: ask for the group again. None if no new
    group's name waits for an answer (an old or forged button)."""
    state = dialogue.state(actor, DIALOGUE, Step.COHORT)
    name = state.get("new_cohort") if state else None
    if state is None or not isinstance(name, str):
        return None
    if not create:
        actor.dialogue = {key: value for key, value in state.items() if key != "new_cohort"}
        return Ask(Step.COHORT, cohorts=await invites.recent_cohorts(session))
    cohort = await invites.get_or_create_cohort(session, name, now=now)
    return await _after_cohort(session, actor, cohort, now=now, ttl=ttl)


async def _after_cohort(
    session: AsyncSession, actor: Person, cohort: Cohort | None, *, now: datetime, ttl: timedelta
) -> Ask | Made:
    if actor.role is Role.COACH:
        return await _create(session, actor, Role.PARTICIPANT, cohort=cohort, coach=actor, now=now, ttl=ttl)
    dialogue.begin(
        actor,
        DIALOGUE,
        step=Step.COACH.value,
        role=Role.PARTICIPANT.value,
        cohort_id=cohort.id if cohort else None,
    )
    coaches = await people.people_of_role(session, Role.COACH)
    return Ask(Step.COACH, coaches=coaches[:COACHES_SHOWN])


async def choose_coach(
    session: AsyncSession, actor: Person, coach_id: int | None, *, now: datetime, ttl: timedelta
) -> Made | None:
    """The participant's coach by button (0: none); None if no coach is asked for or not one."""
    state = dialogue.state(actor, DIALOGUE, Step.COACH)
    coach = await session.get(Person, coach_id) if coach_id else None
    valid_coach = coach_id == 0 or (
        coach is not None and coach.role is Role.COACH and coach.status is PersonStatus.ACTIVE
    )
    if state is None or coach_id is None or not valid_coach:
        return None
    cohort_id = state.get("cohort_id")
    cohort = await session.get(Cohort, cohort_id) if isinstance(cohort_id, int) else None
    return await _create(session, actor, Role.PARTICIPANT, cohort=cohort, coach=coach, now=now, ttl=ttl)


async def _create(
    session: AsyncSession,
    actor: Person,
    role: Role,
    *,
    cohort: Cohort | None,
    coach: Person | None,
    now: datetime,
    ttl: timedelta,
) -> Made:
    dialogue.end(actor)
    created = await invites.create_invite(
        session, now=now, role=role, actor=actor, ttl=ttl, cohort=cohort, coach=coach
    )
    return Made(created=created, role=role, cohort_name=cohort.name if cohort else None)
