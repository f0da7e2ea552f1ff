"""bot/services/invite_dialogue.py on a real, migrated database (SQLite and PostgreSQL): making an
invitation in the chat, step by step, in the stored dialogue it has always had."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.models import Cohort, Invite, Person, PersonStatus, Role
from bot.services import invite_dialogue, invites
from bot.services.invite_dialogue import Ask, BadName, Made, NewGroup, Step

from seed import make_member

TTL = timedelta(days=7)


@dataclass
class Team:
    staff: Person
    coach: Person
    gone_coach: Person  # left the programme


@pytest.fixture
async def team(session: AsyncSession, clock: ManualClock) -> Team:
    gone = await make_member(session, role=Role.COACH, name="Jonas", now=clock.now())
    gone.status = PersonStatus.DELETED
    return Team(
        await make_member(session, role=Role.STAFF, name="Sabine", now=clock.now()),
        await make_member(session, role=Role.COACH, name="Petra", now=clock.now()),
        gone,
    )


async def test_staff_choose_role_group_and_coach(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, staff = clock.now(), team.staff
    kassel = await invites.get_or_create_cohort(session, "Kassel 2026", now=now)
    assert await invite_dialogue.begin(session, staff) == Ask(Step.ROLE)
    assert staff.dialogue == {"name": "invite", "step": "role"}
    assert await invite_dialogue.choose_role(session, staff, "king", now=now, ttl=TTL) is None
    asked = await invite_dialogue.choose_role(session, staff, "participant", now=now, ttl=TTL)
    assert asked == Ask(Step.COHORT, cohorts=[kassel])
    assert staff.dialogue == {"name": "invite", "step": "cohort", "role": "participant"}
    assert await invite_dialogue.choose_cohort(session, staff, kassel.id + 99, now=now, ttl=TTL) is None
    asked = await invite_dialogue.choose_cohort(session, staff, kassel.id, now=now, ttl=TTL)
    assert isinstance(asked, Ask) and asked.step is Step.COACH and asked.coaches == [team.coach]
    assert staff.dialogue == {
        "name": "invite",
        "step": "coach",
        "role": "participant",
        "cohort_id": kassel.id,
    }
    assert await invite_dialogue.choose_coach(session, staff, team.gone_coach.id, now=now, ttl=TTL) is None
    assert await invite_dialogue.choose_coach(session, staff, staff.id, now=now, ttl=TTL) is None
    made = await invite_dialogue.choose_coach(session, staff, team.coach.id, now=now, ttl=TTL)
    assert made is not None and (made.role, made.cohort_name) == (Role.PARTICIPANT, "Kassel 2026")
    invite = made.created.invite
    assert (invite.coach_id, invite.cohort_id, invite.expires_at) == (team.coach.id, kassel.id, now + TTL)
    assert staff.dialogue is None
    # The dialogue is over: its buttons are stale now.
    assert await invite_dialogue.choose_coach(session, staff, 0, now=now, ttl=TTL) is None


async def test_staff_invite_a_coach_at_once(session: AsyncSession, clock: ManualClock, team: Team) -> None:
    await invite_dialogue.begin(session, team.staff)
    made = await invite_dialogue.choose_role(session, team.staff, "coach", now=clock.now(), ttl=TTL)
    assert isinstance(made, Made) and made.role is Role.COACH and made.cohort_name is None
    assert team.staff.dialogue is None


async def test_a_coach_names_a_new_group_and_invites_their_own_participant(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, coach = clock.now(), team.coach
    assert await invite_dialogue.name_cohort(session, coach, "Kassel", now=now, ttl=TTL) is None  # none begun
    assert await invite_dialogue.begin(session, coach) == Ask(Step.COHORT, cohorts=[])
    assert coach.dialogue == {"name": "invite", "step": "cohort", "role": "participant"}
    # A coach is never asked for a role, even with a forged button.
    assert await invite_dialogue.choose_role(session, coach, "staff", now=now, ttl=TTL) is None
    assert await invite_dialogue.name_cohort(session, coach, "   ", now=now, ttl=TTL) is BadName.BAD_NAME
    assert await invite_dialogue.name_cohort(session, coach, "x" * 81, now=now, ttl=TTL) is BadName.BAD_NAME
    # A new name is asked about first; nothing is made yet.
    asked = await invite_dialogue.name_cohort(session, coach, " Kassel   Nord ", now=now, ttl=TTL)
    assert asked == NewGroup("Kassel Nord")
    assert coach.dialogue is not None and coach.dialogue["new_cohort"] == "Kassel Nord"
    assert list(await session.scalars(select(Cohort))) == []
    made = await invite_dialogue.confirm_new_cohort(session, coach, True, now=now, ttl=TTL)
    assert isinstance(made, Made) and made.cohort_name == "Kassel Nord"
    assert made.created.invite.coach_id == coach.id and coach.dialogue is None
    assert [c.name for c in await session.scalars(select(Cohort))] == ["Kassel Nord"]
    # Nothing waits for an answer now: an old "yes" does nothing.
    assert await invite_dialogue.confirm_new_cohort(session, coach, True, now=now, ttl=TTL) is None


async def test_no_to_a_new_group_asks_for_the_group_again(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, coach = clock.now(), team.coach
    await invite_dialogue.begin(session, coach)
    assert await invite_dialogue.name_cohort(session, coach, "Kasel", now=now, ttl=TTL) == NewGroup("Kasel")
    assert await invite_dialogue.confirm_new_cohort(session, coach, False, now=now, ttl=TTL) == Ask(
        Step.COHORT, cohorts=[]
    )
    assert coach.dialogue == {"name": "invite", "step": "cohort", "role": "participant"}
    assert list(await session.scalars(select(Cohort))) == []


async def test_no_group_and_no_coach(session: AsyncSession, clock: ManualClock, team: Team) -> None:
    now, staff = clock.now(), team.staff
    await invite_dialogue.begin(session, staff)
    await invite_dialogue.choose_role(session, staff, "participant", now=now, ttl=TTL)
    assert await invite_dialogue.choose_cohort(session, staff, None, now=now, ttl=TTL) is None
    asked = await invite_dialogue.choose_cohort(session, staff, 0, now=now, ttl=TTL)
    assert isinstance(asked, Ask) and staff.dialogue is not None and staff.dialogue["cohort_id"] is None
    made = await invite_dialogue.choose_coach(session, staff, 0, now=now, ttl=TTL)
    assert made is not None and made.cohort_name is None
    (invite,) = await session.scalars(select(Invite))
    assert (invite.coach_id, invite.cohort_id) == (None, None)
