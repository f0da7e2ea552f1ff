"""Long planners share the event loop: planning many participants pauses every few hundred
of them, so updates are not held up until the whole run is done (issue 13)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from bot.deps import Deps
from bot.models import Base, Person, PersonStatus, Role
from bot.services import checkins, pace, practice

PEOPLE = 3 * pace.BATCH + 100


async def _add_participants(deps: Deps, count: int) -> None:
    created = deps.clock.now() - timedelta(days=30)
    rows = [
        {
            "telegram_user_id": 5_000_000 + number,
            "chat_id": 5_000_000 + number,
            "role": Role.PARTICIPANT,
            "status": PersonStatus.ACTIVE,
            "display_name": f"T{number}",
            "language": "de",
            "timezone": "Europe/Berlin",
            "practice_time": time(18, 0),
            "created_at": created,
        }
        for number in range(count)
    ]
    async with deps.engine.begin() as connection:
        await connection.execute(insert(Base.metadata.tables[Person.__tablename__]), rows)


def _longest_run(monkeypatch: pytest.MonkeyPatch, module: Any) -> Callable[[], int]:
    """Counts the module's ZoneInfo() calls (one per participant in the planning loops) between
    two turns of a ticker task; returns a function giving the longest such run."""
    state = {"ticks": 0, "seen_at": -1, "run": 0, "longest": 0}

    def counting_zone(name: str) -> ZoneInfo:
        if state["seen_at"] == state["ticks"]:
            state["run"] += 1
        else:
            state["seen_at"], state["run"] = state["ticks"], 1
        state["longest"] = max(state["longest"], state["run"])
        return ZoneInfo(name)

    monkeypatch.setattr(module, "ZoneInfo", counting_zone)

    async def ticker() -> None:
        while True:
            state["ticks"] += 1
            await asyncio.sleep(0)

    task = asyncio.get_running_loop().create_task(ticker())

    def longest() -> int:
        task.cancel()
        return state["longest"]

    return longest


async def test_practice_planning_pauses_between_batches(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    await _add_participants(deps, PEOPLE)
    longest = _longest_run(monkeypatch, practice)
    await asyncio.sleep(0)
    async with deps.sessionmaker.begin() as session:
        added = await practice.plan_prompts(session, now=deps.clock.now())
    assert added >= PEOPLE  # everybody planned ...
    assert longest() <= pace.BATCH  # ... never more than one batch without a pause


async def test_checkin_planning_pauses_between_batches(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    await _add_participants(deps, PEOPLE)
    longest = _longest_run(monkeypatch, checkins)
    await asyncio.sleep(0)
    async with deps.sessionmaker.begin() as session:
        # Thursday's check-ins on a Monday: nobody is due, the loop only looks at everybody.
        made = await checkins.plan(session, now=deps.clock.now(), default_weekday=3, default_time=time(10, 0))
    assert made == 0
    assert longest() <= pace.BATCH


async def test_all_rows_reads_every_row_and_lets_others_run(deps: Deps) -> None:
    await _add_participants(deps, PEOPLE)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.get_running_loop().create_task(ticker())
    await asyncio.sleep(0)
    async with deps.sessionmaker() as session:
        before = ticks
        rows = await pace.all_rows(session, select(Person.telegram_user_id).order_by(Person.id), size=100)
        during = ticks - before
    task.cancel()
    assert [row[0] for row in rows] == list(range(5_000_000, 5_000_000 + PEOPLE))
    assert during >= PEOPLE // 100
