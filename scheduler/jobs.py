"""Every repeating job in one table, and the one place that registers them on the job queue.

APScheduler only ticks: each job reads the database and writes outbox rows or sends due ones,
so a restart loses nothing (see DESIGN.md, Architecture).

Several processes on one PostgreSQL (bot/leader.py): every process dispatches the outbox (rows
are claimed with FOR UPDATE SKIP LOCKED, so no two take the same row); the other jobs are
`elected`, run by the leader only. The planners' outbox rows are idempotent by dedupe key, but
the check-in planner checks and then inserts (a second process's whole run fails on the unique
constraint), the alert watch triages and escalates without a lock (an alert escalated twice,
audited twice), the broadcast progress sends its final report straight to Telegram (twice), and
retention audits what it deleted (twice): none of them gains from running twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram.ext import Application

from bot import metrics
from bot.deps import BotContext
from bot.leader import leadership_of
from scheduler.broadcasts import report_progress
from scheduler.dispatcher import Dispatcher
from scheduler.planners import plan_checkins, plan_practice, prune_old_data, watch_alerts


async def _dispatch(context: BotContext) -> None:
    dispatcher = context.job.data if context.job else None
    if isinstance(dispatcher, Dispatcher):
        metrics.dispatcher_ran()  # /readyz: this process's dispatcher is alive
        # A round that its budget ended while rows were still being claimed is followed by the
        # next one at once, not at the next tick: at the full rate, the wait for that tick lost
        # up to a second of the rate limiter's slots every round (benchmarks/reply_latency.py).
        while await dispatcher.run_due() and dispatcher.cut_short:
            pass


async def _answer_doorbell(context: BotContext) -> None:
    """A crisis or an alert committed (deps.doorbell, rung by the sessionmaker) starts the
    dispatcher's round at once, not at its next tick. Each run waits for the bell a little
    less than one interval, so that stopping the job queue never waits longer than that; a
    round already under way takes the new row itself (run_due returns at once then): at once
    if it is waiting after a short claim, at its next refill if its sends fill it."""
    job = context.job
    dispatcher = job.data if job else None
    if job is None or not isinstance(dispatcher, Dispatcher):
        return
    interval = job.job.trigger.interval.total_seconds()
    try:
        await asyncio.wait_for(context.deps.doorbell.wait(), timeout=interval * 0.9)
    except TimeoutError:
        return
    dispatcher.ring()  # a round under way, waiting after a short claim, claims at once
    # A task of its own: the round may take a while, and this job waits again meanwhile.
    context.application.create_task(dispatcher.run_due(), name="outbox-doorbell-round")


async def _plan(context: BotContext) -> None:
    """Today's and tomorrow's practice prompts, and the check-ins of the coming day."""
    await plan_practice(context.deps)
    await plan_checkins(context.deps)


async def _watch_alerts(context: BotContext) -> None:
    await watch_alerts(context.deps)


async def _broadcast_progress(context: BotContext) -> None:
    await report_progress(context.deps, context.bot)


async def _retention(context: BotContext) -> None:
    await prune_old_data(context.deps)


@dataclass(frozen=True)
class RepeatingJob:
    name: str
    callback: Callable[[BotContext], Coroutine[Any, Any, None]]
    every: float | None  # seconds between runs; None: the dispatch interval
    # Seconds after start of the first run, never later than one dispatch interval (so tests
    # with a short interval see every job soon); None: one dispatch interval.
    first: float | None
    with_dispatcher: bool = False  # the job's data is the Dispatcher
    elected: bool = True  # with several processes, only the leader runs it (see above)
    job_kwargs: Mapping[str, Any] = field(default_factory=dict)  # for APScheduler's add_job


JOBS = (
    RepeatingJob(
        "outbox-dispatcher",
        _dispatch,
        every=None,
        first=None,
        with_dispatcher=True,
        elected=False,  # every process sends
        # Two may overlap: a tick that finds the previous one still sending returns at
        # once, instead of APScheduler logging a warning every second.
        job_kwargs={"max_instances": 2, "coalesce": True},
    ),
    RepeatingJob(
        "outbox-doorbell",
        _answer_doorbell,
        every=None,
        first=0.0,  # at once when the job queue starts, however long after registering
        with_dispatcher=True,
        # A run that started late may still be waiting when the next is due: both wait (one
        # bell starts one round; the other's returns at once), no "skipped" warning.
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 2},
    ),
    RepeatingJob("practice-planner", _plan, every=600, first=5.0),
    RepeatingJob("alert-watch", _watch_alerts, every=30, first=10.0),
    RepeatingJob("broadcast-progress", _broadcast_progress, every=3, first=3.0),
    RepeatingJob("retention", _retention, every=24 * 3600, first=60.0),
)


RUNNING_KEY = "begleiter.running-jobs"


def _tracked(
    callback: Callable[[BotContext], Coroutine[Any, Any, None]],
) -> Callable[[BotContext], Coroutine[Any, Any, None]]:
    """The job's task is known while it runs, so that stopping can wait for it (settle_jobs)."""

    async def tracked(context: BotContext) -> None:
        running: set[asyncio.Task[Any]] = context.application.bot_data.setdefault(RUNNING_KEY, set())
        task = asyncio.current_task()
        if task is not None:
            running.add(task)
        try:
            await callback(context)
        finally:
            running.discard(task)

    tracked.__name__ = callback.__name__
    return tracked


async def settle_jobs(bot_data: Mapping[str, Any], grace: float = 10.0) -> None:
    """After the job queue stopped: APScheduler cancels the jobs still running and returns at
    once, so a job cut short may still be rolling back its transaction. Wait for that, so the
    database's connections are back in the pool before the engine is disposed (else one is
    dropped unclosed: a ResourceWarning in tests, a connection left to the server's timeout)."""
    running = [task for task in bot_data.get(RUNNING_KEY, ()) if not task.done()]
    if running:
        await asyncio.wait(running, timeout=grace)


def register_jobs(
    application: Application[Any, BotContext, Any, Any, Any, Any],
    dispatcher: Dispatcher,
    dispatch_interval: float,
) -> None:
    """Every job of JOBS on the application's job queue (none when it has no job queue)."""
    queue = application.job_queue
    if queue is None:
        return
    for job in JOBS:
        first = dispatch_interval if job.first is None else min(job.first, dispatch_interval)
        kwargs = dict(job.job_kwargs)
        if first == 0:
            # PTB's `first=0` would be skipped (APScheduler finds it past when it starts): the
            # first run is set instead, and runs late rather than never (no misfire grace).
            kwargs.setdefault("next_run_time", datetime.now(UTC))
            kwargs.setdefault("misfire_grace_time", None)
        queue.run_repeating(
            _tracked(_on_leader(job.callback) if job.elected else job.callback),
            interval=dispatch_interval if job.every is None else job.every,
            first=first or None,
            data=dispatcher if job.with_dispatcher else None,
            name=job.name,
            job_kwargs=kwargs or None,
        )


def _on_leader(
    callback: Callable[[BotContext], Coroutine[Any, Any, None]],
) -> Callable[[BotContext], Coroutine[Any, Any, None]]:
    """The job runs only where the process leads (or is alone: SQLite, no election started)."""

    async def elected(context: BotContext) -> None:
        leadership = leadership_of(context.application.bot_data)
        if leadership is None or leadership.may_run_elected:
            await callback(context)

    elected.__name__ = callback.__name__
    return elected
