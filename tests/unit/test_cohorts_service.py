"""bot/services/cohorts.py and bot/services/reassign.py on a real, migrated database (SQLite and
PostgreSQL), and their command line."""

from __future__ import annotations

import itertools
from datetime import time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.kinds import Kind
from bot.models import Alert, AlertSource, AlertStatus, OutboxMessage, Person, Role, Severity
from bot.services import cohorts, reassign
from bot.services.cohorts import CohortError, CohortProblem
from bot.services.invites import NotAllowedError

from seed import make_member

_ids = itertools.count(40_000)


async def member(session: AsyncSession, clock: ManualClock, role: Role, **extra: object) -> Person:
    made = await make_member(session, role=role, now=clock.now(), telegram_user_id=next(_ids), **extra)  # type: ignore[arg-type]
    await session.flush()
    return made


async def test_names_are_tidied_unique_in_any_case_and_bounded(
    session: AsyncSession, clock: ManualClock
) -> None:
    made = await cohorts.create(session, "  Pflege \n 2027 ", actor=None, now=clock.now())
    assert made.name == "Pflege 2027"
    for name, problem in (("PFLEGE 2027", CohortProblem.NAME_TAKEN), ("  ", CohortProblem.NAME_EMPTY),
                          ("x" * 81, CohortProblem.NAME_TOO_LONG)):  # fmt: skip
        with pytest.raises(CohortError) as caught:
            await cohorts.create(session, name, actor=None, now=clock.now())
        assert caught.value.problem is problem
    other = await cohorts.create(session, "Kita", actor=None, now=clock.now())
    with pytest.raises(CohortError):
        await cohorts.rename(session, other.id, "pflege 2027", actor=None, now=clock.now())
    renamed = await cohorts.rename(session, made.id, "pflege 2027", actor=None, now=clock.now())
    assert renamed.name == "pflege 2027", "a group may change the case of its own name"


async def test_only_staff_and_the_command_line_manage(session: AsyncSession, clock: ManualClock) -> None:
    coach = await member(session, clock, Role.COACH)
    with pytest.raises(NotAllowedError):
        await cohorts.create(session, "Pflege", actor=coach, now=clock.now())
    staff = await member(session, clock, Role.STAFF)
    assert (await cohorts.create(session, "Pflege", actor=staff, now=clock.now())).name == "Pflege"


async def test_the_list_counts_active_participants_and_puts_archived_last(
    session: AsyncSession, clock: ManualClock
) -> None:
    b = await cohorts.create(session, "B", actor=None, now=clock.now())
    a = await cohorts.create(session, "A", actor=None, now=clock.now())
    z = await cohorts.create(session, "Z", actor=None, now=clock.now())
    await member(session, clock, Role.PARTICIPANT, cohort_id=b.id)
    await member(session, clock, Role.PARTICIPANT, cohort_id=b.id)
    await cohorts.archive(session, a.id, actor=None, now=clock.now())
    listed = await cohorts.list_cohorts(session)
    assert [(c.name, c.members, c.archived) for c in listed] == [
        ("B", 2, False),
        ("Z", 0, False),
        ("A", 0, True),
    ]
    assert [c.id for c in await cohorts.list_cohorts(session, include_archived=False)] == [b.id, z.id]


async def test_check_in_time_both_or_neither(session: AsyncSession, clock: ManualClock) -> None:
    made = await cohorts.create(session, "Pflege", actor=None, now=clock.now())
    await cohorts.set_checkin_time(session, made.id, 0, time(9), actor=None, now=clock.now())
    assert (made.checkin_weekday, made.checkin_time) == (0, time(9))
    for weekday, moment in ((1, None), (None, time(9)), (7, time(9))):
        with pytest.raises(ValueError):
            await cohorts.set_checkin_time(session, made.id, weekday, moment, actor=None, now=clock.now())


async def test_a_link_for_a_group_never_for_an_archived_one(
    session: AsyncSession, clock: ManualClock
) -> None:
    made = await cohorts.create(session, "Pflege", actor=None, now=clock.now())
    _, created = await cohorts.invite_link(
        session, made.id, actor=None, now=clock.now(), ttl=timedelta(days=3)
    )
    assert created.invite.cohort_id == made.id and created.invite.max_uses == cohorts.LINK_USES
    assert created.invite.role is Role.PARTICIPANT
    await cohorts.archive(session, made.id, actor=None, now=clock.now())
    with pytest.raises(CohortError):
        await cohorts.invite_link(session, made.id, actor=None, now=clock.now(), ttl=timedelta(days=3))


async def test_moving_keeps_the_coach(session: AsyncSession, clock: ManualClock) -> None:
    coach = await member(session, clock, Role.COACH)
    staff = await member(session, clock, Role.STAFF)
    made = await cohorts.create(session, "Pflege", actor=None, now=clock.now())
    lina = await member(session, clock, Role.PARTICIPANT, coach_id=coach.id)
    moved = await cohorts.move(session, lina.id, made.id, actor=staff, now=clock.now())
    assert moved is not None and (lina.cohort_id, lina.coach_id) == (made.id, coach.id)
    assert [p.id for p in await cohorts.participants_of(session, made.id)] == [lina.id]
    assert await cohorts.move(session, coach.id, made.id, actor=staff, now=clock.now()) is None


async def alert(session: AsyncSession, clock: ManualClock, lina: Person, status: AlertStatus) -> Alert:
    made = Alert(
        participant_id=lina.id,
        coach_id=lina.coach_id,
        source=AlertSource.HELP_BUTTON,
        severity=int(Severity.URGENT),
        reasons=[],
        status=status,
        created_at=clock.now(),
    )
    session.add(made)
    await session.flush()
    return made


async def test_reassign_moves_open_alerts_and_tells_both(session: AsyncSession, clock: ManualClock) -> None:
    jonas = await member(session, clock, Role.COACH)
    petra = await member(session, clock, Role.COACH)
    staff = await member(session, clock, Role.STAFF)
    lina = await member(session, clock, Role.PARTICIPANT, coach_id=jonas.id)
    open_one = await alert(session, clock, lina, AlertStatus.OPEN)
    done_one = await alert(session, clock, lina, AlertStatus.ACKNOWLEDGED)
    found = await reassign.choices(session, staff, lina.id)
    assert found is not None and [c.id for c in found[1]] == [petra.id]

    done = await reassign.reassign(session, lina.id, petra.id, actor=staff, now=clock.now())
    assert done is not None and done.alerts_moved == 1 and not done.same
    await session.refresh(open_one)
    await session.refresh(done_one)
    assert (lina.coach_id, open_one.coach_id, done_one.coach_id) == (petra.id, petra.id, jonas.id)
    rows = list(
        await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == Kind.COACH_REASSIGNED.value))
    )
    assert sorted(row.recipient_id for row in rows) == sorted([jonas.id, petra.id])
    with pytest.raises(NotAllowedError):
        await reassign.reassign(session, lina.id, jonas.id, actor=petra, now=clock.now())
    assert await reassign.reassign(session, lina.id, staff.id, actor=staff, now=clock.now()) is None


def test_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    from harness import TEST_DATA_KEY

    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("BEGLEITER_DATA_KEY", TEST_DATA_KEY)
    assert main(["cohorts", "create", "Pflege 2027"]) == 0
    assert main(["cohorts", "checkin", "1", "--day", "we", "--time", "10:00"]) == 0
    assert main(["cohorts", "rename", "1", "Pflege Herbst"]) == 0
    capsys.readouterr()
    assert main(["cohorts", "list"]) == 0
    out = capsys.readouterr().out
    assert "Pflege Herbst" in out and "open" in out and "check-in we 10:00" in out
    assert main(["cohorts", "archive", "1"]) == 0
    assert main(["cohorts", "list"]) == 0
    assert "archived" in capsys.readouterr().out
    assert main(["cohorts", "create", "pflege herbst"]) == 1
    assert "cohort: taken" in capsys.readouterr().err
    assert main(["cohorts", "move", "99", "1"]) == 1
    assert main(["reassign", "99", "1"]) == 1
