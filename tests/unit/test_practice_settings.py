"""bot/services/practice_settings.py on a real, migrated database (SQLite and PostgreSQL): pause,
the level a participant sets or their coach sets for them (audited), and topics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import AuditEntry, Person, Role
from bot.services import practice, practice_settings
from bot.services.practice_settings import LevelOf

from seed import make_member


@dataclass
class Team:
    staff: Person
    coach: Person
    other_coach: Person
    amina: Person  # the coach's participant


@pytest.fixture
async def team(session: AsyncSession, deps: Deps) -> Team:
    coach = await make_member(session, role=Role.COACH, name="Petra", now=deps.clock.now())
    return Team(
        staff=await make_member(session, role=Role.STAFF, name="Sabine", now=deps.clock.now()),
        coach=coach,
        other_coach=await make_member(session, role=Role.COACH, name="Jonas", now=deps.clock.now()),
        amina=await make_member(
            session, role=Role.PARTICIPANT, name="Amina", now=deps.clock.now(), coach_id=coach.id
        ),
    )


async def audited(session: AsyncSession) -> list[tuple[str, int | None, int | None, object]]:
    return [
        (e.action, e.actor_id, e.subject_id, e.details)
        for e in await session.scalars(select(AuditEntry).where(AuditEntry.action == "practice.level"))
    ]


async def test_pause_and_resume(session: AsyncSession, team: Team) -> None:
    await practice_settings.set_paused(session, team.amina, True)
    assert (await practice.profile_of(session, team.amina)).paused
    await practice_settings.set_paused(session, team.amina, False)
    assert not (await practice.profile_of(session, team.amina)).paused


async def test_level_menu_offers_the_own_level_or_the_participants(session: AsyncSession, team: Team) -> None:
    own = await practice_settings.level_menu(session, team.amina)
    assert own.own and own.level is None and not own.participants
    (await practice.profile_of(session, team.amina)).level = "A2"
    assert (await practice_settings.level_menu(session, team.amina)).level == "A2"
    coach = await practice_settings.level_menu(session, team.coach)
    assert not coach.own and [p.id for p in coach.participants] == [team.amina.id]
    assert (await practice_settings.level_menu(session, team.other_coach)).participants == ()
    assert [p.id for p in (await practice_settings.level_menu(session, team.staff)).participants] == [
        team.amina.id
    ]


async def test_a_participant_sets_their_own_level_unaudited(
    session: AsyncSession, team: Team, clock: ManualClock
) -> None:
    prof = await practice.profile_of(session, team.amina)
    prof.level, prof.run = "A1", 5
    done = await practice_settings.set_level(session, team.amina, "A2", now=clock.now())
    assert done == LevelOf(team.amina.id, "Amina", "A2")
    assert (prof.level, prof.run) == ("A2", 0)  # a new level starts its run afresh
    assert await practice_settings.set_level(session, team.amina, "C2", now=clock.now()) is None
    assert await practice_settings.set_level(session, team.amina, None, now=clock.now()) is None
    # Not even their own id makes them someone who manages a participant.
    assert (
        await practice_settings.set_level(
            session, team.amina, "B1", participant_id=team.amina.id, now=clock.now()
        )
        is None
    )
    assert prof.level == "A2"
    assert await audited(session) == []


async def test_a_coach_sets_the_level_of_their_own_participant_only(
    session: AsyncSession, team: Team, clock: ManualClock
) -> None:
    now = clock.now()
    assert await practice_settings.level_of(session, team.coach, team.amina.id) == LevelOf(
        team.amina.id, "Amina", None
    )
    done = await practice_settings.set_level(session, team.coach, "B1", participant_id=team.amina.id, now=now)
    assert done == LevelOf(team.amina.id, "Amina", "B1")
    prof = await practice.profile_of(session, team.amina)
    assert (prof.level, prof.run) == ("B1", 0)
    assert await audited(session) == [("practice.level", team.coach.id, team.amina.id, {"level": "B1"})]
    # Another coach, a forged id, a coach's own level, a level that is none: refused, nothing changes.
    assert await practice_settings.level_of(session, team.other_coach, team.amina.id) is None
    assert await practice_settings.level_of(session, team.coach, None) is None
    assert await practice_settings.level_of(session, team.coach, team.other_coach.id) is None
    assert (
        await practice_settings.set_level(
            session, team.other_coach, "A1", participant_id=team.amina.id, now=now
        )
        is None
    )
    assert await practice_settings.set_level(session, team.coach, "A1", now=now) is None
    assert (
        await practice_settings.set_level(session, team.coach, "X", participant_id=team.amina.id, now=now)
        is None
    )
    assert prof.level == "B1" and len(await audited(session)) == 1
    # Staff may.
    assert await practice_settings.set_level(session, team.staff, "A1", participant_id=team.amina.id, now=now)
    assert prof.level == "A1"


async def test_topics_are_chosen_one_by_one_or_all(session: AsyncSession, team: Team, deps: Deps) -> None:
    assert await practice_settings.topics_of(session, team.amina) == []
    assert await practice_settings.choose_topic(session, team.amina, "doctor", deps.decks) == ["doctor"]
    assert await practice_settings.choose_topic(session, team.amina, "care", deps.decks) == ["care", "doctor"]
    assert await practice_settings.choose_topic(session, team.amina, "doctor", deps.decks) == ["care"]
    assert await practice_settings.choose_topic(session, team.amina, "astronomy", deps.decks) is None
    assert await practice_settings.topics_of(session, team.amina) == ["care"]
    assert await practice_settings.choose_topic(session, team.amina, "all", deps.decks) == []


@pytest.mark.parametrize(
    ("quiet", "moment", "inside"),
    [
        ((time(21), time(8)), time(8), False),  # the end is no longer quiet
        ((time(21), time(8)), time(7, 59), True),
        ((time(21), time(8)), time(21), True),
        ((time(21), time(8)), time(20, 59), False),
        ((time(13), time(15)), time(14), True),  # within one day
        ((time(13), time(15)), time(15), False),
        ((None, None), time(3), False),
        ((time(9), time(9)), time(9), False),  # an empty window
    ],
)
def test_in_quiet_hours_wraps_past_midnight(
    quiet: tuple[time | None, time | None], moment: time, inside: bool
) -> None:
    person = Person(role=Role.PARTICIPANT, quiet_start=quiet[0], quiet_end=quiet[1])
    assert practice_settings.in_quiet_hours(person, moment) is inside


def test_practice_times_inside_quiet_hours_are_not_offered() -> None:
    person = Person(role=Role.PARTICIPANT, quiet_start=time(20), quiet_end=time(9))
    assert list(practice_settings.practice_time_choices(person)) == ["1200", "1800"]
    person.practice_time = time(20)
    assert practice_settings.practice_time_in_quiet_hours(person)
    person.quiet_start = None
    assert list(practice_settings.practice_time_choices(person)) == ["0800", "1200", "1800", "2000"]
    assert not practice_settings.practice_time_in_quiet_hours(person)
