"""The one visibility rule: the check and the SQL filter agree, for every kind of viewer."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.deps import Deps
from bot.models import Person, PersonStatus, Role
from bot.services.visibility import may_act_on, oversees_others, visible_to

from seed import make_member


async def _person(
    session: AsyncSession, deps: Deps, uid: int, role: Role, coach_id: int | None = None
) -> Person:
    return await make_member(
        session,
        role=role,
        telegram_user_id=uid,
        name=f"P{uid}",
        language="de",
        timezone="Europe/Berlin",
        now=deps.clock.now(),
        coach_id=coach_id,
    )


@pytest.fixture
async def world(session: AsyncSession, deps: Deps) -> dict[str, Person]:
    staff = await _person(session, deps, 1, Role.STAFF)
    coach = await _person(session, deps, 2, Role.COACH)
    other_coach = await _person(session, deps, 3, Role.COACH)
    mine = await _person(session, deps, 4, Role.PARTICIPANT, coach.id)
    theirs = await _person(session, deps, 5, Role.PARTICIPANT, other_coach.id)
    paused_coach = await _person(session, deps, 6, Role.COACH)
    paused_coach.status = PersonStatus.DELETED
    left = await _person(session, deps, 7, Role.PARTICIPANT, coach.id)
    left.status = PersonStatus.DELETED
    await session.flush()
    return {
        "staff": staff,
        "coach": coach,
        "other_coach": other_coach,
        "mine": mine,
        "theirs": theirs,
        "paused_coach": paused_coach,
        "left": left,
    }


EXPECTED = {
    "staff": {"mine", "theirs"},
    "coach": {"mine"},
    "other_coach": {"theirs"},
    "mine": set(),
    "theirs": set(),
    "paused_coach": set(),
    "left": set(),
}


@pytest.mark.parametrize("viewer", sorted(EXPECTED))
async def test_check_and_filter_agree(session: AsyncSession, world: dict[str, Person], viewer: str) -> None:
    who = world[viewer]
    by_check = {name for name, person in world.items() if may_act_on(who, person)}
    ids = set(await session.scalars(select(Person.id).where(visible_to(who))))
    by_filter = {name for name, person in world.items() if person.id in ids}
    assert by_check == EXPECTED[viewer]
    assert by_filter == EXPECTED[viewer]


async def test_a_moved_participant_is_seen_by_the_new_coach_only(
    session: AsyncSession, world: dict[str, Person]
) -> None:
    world["mine"].coach_id = world["other_coach"].id
    assert not may_act_on(world["coach"], world["mine"])
    assert may_act_on(world["other_coach"], world["mine"])


def test_only_active_coaches_and_staff_oversee_others(world: dict[str, Person]) -> None:
    assert {name for name, p in world.items() if oversees_others(p)} == {"staff", "coach", "other_coach"}
