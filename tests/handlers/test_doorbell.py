"""An alert or a crisis row wakes the outbox dispatcher as soon as it is committed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import text

from bot.app import build_application, build_deps
from bot.clock import ManualClock
from bot.db import Doorbell, create_engine, create_sessionmaker, mark_urgent
from scheduler.dispatcher import Dispatcher
from scheduler.jobs import _answer_doorbell

from db_templates import copy_sqlite
from harness import Harness, RecordingRequest, make_settings
from seed import alerts_to, make_cast


async def test_the_doorbell_rings_after_the_commit_only(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'bell.db'}")
    doorbell = Doorbell()
    sessionmaker = create_sessionmaker(engine, doorbell)
    try:
        async with sessionmaker() as session:
            await session.execute(text("SELECT 1"))
            mark_urgent(session)
            assert not doorbell.rung  # nothing the dispatcher could see yet
            await session.rollback()
        assert not doorbell.rung
        async with sessionmaker.begin() as session:
            await session.execute(text("SELECT 1"))
            mark_urgent(session)
        assert doorbell.rung
        await doorbell.wait()
        assert not doorbell.rung
        async with sessionmaker.begin() as session:  # an ordinary unit of work rings nothing
            await session.execute(text("SELECT 1"))
        assert not doorbell.rung
    finally:
        await engine.dispose()


@pytest.fixture
async def slow_ticking(tmp_path: Path, sqlite_template: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    """The real Application with its jobs running, the dispatcher ticking once a minute."""
    url = copy_sqlite(sqlite_template, tmp_path / "begleiter.db")
    deps = build_deps(make_settings(url), clock)
    request = RecordingRequest()
    app = build_application(
        deps.settings,
        deps=deps,
        request=request,
        get_updates_request=RecordingRequest(),
        rate_limit=False,
        dispatch_interval=60.0,
    )
    await app.initialize()
    await app.start()
    try:
        yield Harness(app=app, request=request, clock=clock)
    finally:
        await app.stop()
        await app.shutdown()
        await deps.engine.dispose()


async def test_an_alert_goes_out_before_the_dispatchers_next_tick(slow_ticking: Harness) -> None:
    harness = slow_ticking
    cast = await make_cast(harness)
    await asyncio.sleep(0.2)  # the doorbell job is waiting
    await harness.send(cast.participant, "/sos")
    for _ in range(100):  # the next tick would be a minute away
        if alerts_to(harness, cast.coach):
            break
        await asyncio.sleep(0.05)
    assert alerts_to(harness, cast.coach), harness.request.calls


async def test_the_doorbell_job_wakes_a_round_under_way(tmp_path: Path) -> None:
    """The bell both starts a round and rings the dispatcher: a round already under way, waiting
    after a short claim, claims the urgent row at once (tests/unit/test_dispatcher.py)."""
    doorbell = Doorbell()
    rung: list[str] = []
    started: list[str] = []

    class Round(Dispatcher):
        def __init__(self) -> None:  # nothing of a real dispatcher is needed here
            pass

        def ring(self) -> None:
            rung.append("ring")

        async def run_due(self, budget: float | None = None) -> int:
            return 0

    def create_task(coroutine: Coroutine[Any, Any, Any], name: str) -> None:
        coroutine.close()
        started.append(name)

    trigger = SimpleNamespace(interval=timedelta(seconds=1))
    context = SimpleNamespace(
        job=SimpleNamespace(data=Round(), job=SimpleNamespace(trigger=trigger)),
        deps=SimpleNamespace(doorbell=doorbell),
        application=SimpleNamespace(create_task=create_task),
    )
    doorbell.ring()
    await _answer_doorbell(context)  # type: ignore[arg-type]
    assert rung == ["ring"] and started == ["outbox-doorbell-round"]
