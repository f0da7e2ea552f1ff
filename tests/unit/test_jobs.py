"""The repeating jobs: the table registered on a built Application, intervals as before, each one runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from telegram.ext import Job

from bot.app import BegleiterApplication, build_application, build_deps, dispatcher_of
from bot.clock import ManualClock
from bot.deps import BotContext, Deps
from bot.models import Checkin, Role
from scheduler.jobs import JOBS

from harness import RecordingRequest, make_settings
from seed import add_person


def _application(deps: Deps, dispatch_interval: float | None) -> BegleiterApplication:
    return build_application(
        deps.settings,
        deps=deps,
        request=RecordingRequest(),
        get_updates_request=RecordingRequest(),
        dispatch_interval=dispatch_interval,
        rate_limit=False,
    )


@pytest.fixture
def offline_deps(sqlite_url: str) -> Iterator[Deps]:
    """Deps whose database is never touched: building an Application needs no schema."""
    yield build_deps(make_settings(sqlite_url))


def _jobs(application: BegleiterApplication) -> dict[str, Job[BotContext]]:
    assert application.job_queue is not None
    return {job.name or "": job for job in application.job_queue.jobs()}


@pytest.mark.parametrize(
    ("dispatch_interval", "expected"),
    [
        # name: (every, first run after) in seconds; a first run is never later than one tick
        # The doorbell's first run is "at once" (next_run_time), its trigger starts a tick later.
        (
            1.0,
            {
                "outbox-dispatcher": (1, 1),
                "outbox-doorbell": (1, 1),
                "practice-planner": (600, 1),
                "alert-watch": (30, 1),
                "broadcast-progress": (3, 1),
                "retention": (86400, 1),
            },
        ),
        (
            20.0,
            {
                "outbox-dispatcher": (20, 20),
                "outbox-doorbell": (20, 20),
                "practice-planner": (600, 5),
                "alert-watch": (30, 10),
                "broadcast-progress": (3, 3),
                "retention": (86400, 20),
            },
        ),
    ],
)
async def test_every_job_is_registered_with_its_interval(
    offline_deps: Deps, dispatch_interval: float, expected: dict[str, tuple[float, float]]
) -> None:
    before = datetime.now(UTC)
    application = _application(offline_deps, dispatch_interval)
    after = datetime.now(UTC)
    jobs = _jobs(application)
    assert sorted(jobs) == sorted(expected) == sorted(job.name for job in JOBS)
    for name, (every, first) in expected.items():
        trigger = jobs[name].job.trigger
        assert trigger.interval == timedelta(seconds=every), name
        start = trigger.start_date
        assert before + timedelta(seconds=first - 1) <= start <= after + timedelta(seconds=first + 1), name
    dispatcher = jobs["outbox-dispatcher"]
    assert dispatcher.data is dispatcher_of(application)
    assert (dispatcher.job.max_instances, dispatcher.job.coalesce) == (2, True)
    assert jobs["practice-planner"].data is jobs["alert-watch"].data is None
    doorbell = jobs["outbox-doorbell"]
    assert doorbell.data is dispatcher_of(application)
    assert before <= doorbell.job.next_run_time <= after and doorbell.job.misfire_grace_time is None
    await offline_deps.engine.dispose()


async def test_no_jobs_without_a_dispatch_interval(offline_deps: Deps) -> None:
    assert _jobs(_application(offline_deps, None)) == {}
    await offline_deps.engine.dispose()


async def test_every_job_runs_and_the_planner_plans_check_ins(deps: Deps, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    await add_person(deps, telegram_user_id=601, name="P601", role=Role.PARTICIPANT)
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=UTC))  # the weekly check-in is due at 10:00 local
    application = _application(deps, 1.0)
    for name, job in _jobs(application).items():
        await job.callback(BotContext.from_job(job, application))  # raises if the job fails
        if name == "practice-planner":
            async with deps.sessionmaker() as session:
                assert await session.scalar(select(func.count()).select_from(Checkin)) == 1
