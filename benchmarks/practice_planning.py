"""Benchmark: plan the daily practice prompts of many participants (practice.plan_prompts).

    .venv/bin/python benchmarks/practice_planning.py [--participants 50000] [--quick] [--profile]

A temporary SQLite database (a file, WAL, migrated to head) is filled in bulk with SQLAlchemy
Core: active participants with practice times spread over the day (most in Europe/Berlin, some
in two other zones); a practice profile for every second one (a tenth of those paused, a tenth
practised today already, some yesterday); and for about 8 % of them earlier practice prompts
that went out (sent outbox rows, one to nine in a row on the days before), so the back-off
and the weekly nudge are exercised.

Each timed run starts from a fresh copy of that database: plan_prompts(now=NOW, days=2)
("today and tomorrow") in one transaction, commit included, then the same again right after
(it must add nothing). `seconds` is the median of the runs. Memory is measured on one more
fresh copy, so tracemalloc's overhead stays out of the timings: `tracemalloc_peak_mib` is the
peak of Python allocations during that planning call; `peak_rss_mib` is the process's peak
resident size (getrusage) after the timed runs and before the traced one, and
`rss_before_planning_mib` the same after the setup, so the difference is the planner's.
`longest_stall_ms` is the longest time the event loop was held at once during the timed
first calls (a ticker task asks to wake every 2 ms and records how late it wakes; the bot's
updates wait that long), `second_call_longest_stall_ms` the same for the calls that add nothing. On a machine
shared with other work, time the process waits for a core counts as lateness too, so the
`..._cpu_ms` figures give the loop thread's CPU time between two ticks instead. The timed runs
plan as `python -m bot run` does, with the start-up heap frozen (bot.app.settle_heap); before
each, one run on its own fresh copy with every object tracked gives
`unsettled_longest_stall_cpu_ms`: the full garbage collections the planning sets off walk the
whole heap, and were the longest pieces.
`--profile` adds one more run under cProfile and prints where the time went.
"""

from __future__ import annotations

import os

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported: no deprecation warnings

import argparse
import asyncio
import cProfile
import gc
import io
import json
import logging
import pstats
import resource
import shutil
import statistics
import tempfile
import time as clock
import tracemalloc
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, text

from bot.app import build_deps, settle_heap
from bot.decks import LEVELS
from bot.deps import Deps
from bot.kinds import Kind, practice_key
from bot.migrate import upgrade_engine
from bot.models import (
    Base,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    PracticeProfile,
    Priority,
    Role,
)
from bot.services.practice import plan_prompts
from bot.settings import Settings

TOKEN = "424242:BENCH"
# A Tuesday, 12:00 in Berlin: roughly half of today's practice times are still ahead.
NOW = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
DAYS = 2  # today and tomorrow, as the bot's planner job does
TIMEZONES = ("Europe/Berlin",) * 8 + ("Europe/Kyiv", "Asia/Tokyo")
CHUNK = 5000  # rows per executemany while filling the database
HISTORY_EVERY = 25  # people with i % 25 in HISTORY_SLOTS have earlier sent prompts
HISTORY_SLOTS = (3, 6)  # 8 %; one odd and one even: with and without a profile
MAX_HISTORY = 9  # up to nine unanswered prompts in a row (back-off at 3, nudge at 7)
MAX_GAP = 8  # the last of them went out one to eight days ago
FIRST_USER_ID = 10_000_000


@dataclass
class Report:
    participants: int
    with_profile: int
    paused: int
    practised_today: int
    with_sent_history: int  # people with earlier sent practice.prompt rows
    sent_history_rows: int
    now: str
    method: str
    setup_seconds: float
    rows_planned: int  # by the first call on a fresh copy
    prompts_planned: int
    nudges_planned: int
    seconds: float  # median over the runs, the transaction's commit included
    rows_per_second: float
    second_call_rows: int  # must be 0: planning is idempotent
    second_call_seconds: float  # median
    tracemalloc_peak_mib: float
    rss_before_planning_mib: float
    peak_rss_mib: float
    longest_stall_ms: float  # the event loop's longest pause while planning, over the runs
    second_call_longest_stall_ms: float
    longest_stall_cpu_ms: float  # the same in the loop thread's CPU time (a busy machine adds none)
    unsettled_longest_stall_cpu_ms: float  # the same without settle_heap (every object tracked)
    second_call_longest_stall_cpu_ms: float
    runs_seconds: list[float] = field(default_factory=list)
    second_call_runs_seconds: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Population:
    with_profile: int
    paused: int
    practised_today: int
    with_sent_history: int
    sent_history_rows: int


def _zone(number: int) -> str:
    return TIMEZONES[number % len(TIMEZONES)]


def _practice_time(number: int) -> time:
    minute = (number * 7919) % (24 * 60)  # 7919 is prime: every minute of the day, evenly
    return time(minute // 60, minute % 60)


def _today(number: int) -> date:
    return NOW.astimezone(ZoneInfo(_zone(number))).date()


def _person_rows(count: int) -> Iterator[dict[str, Any]]:
    created = NOW - timedelta(days=30)
    for number in range(count):
        yield {
            "id": number + 1,
            "telegram_user_id": FIRST_USER_ID + number,
            "chat_id": FIRST_USER_ID + number,
            "role": Role.PARTICIPANT,
            "status": PersonStatus.ACTIVE,
            "display_name": f"Teilnehmerin {number}",
            "language": "de",
            "timezone": _zone(number),
            "practice_time": _practice_time(number),
            "created_at": created,
            "last_seen_at": created,
        }


def _profile_kind(number: int) -> str | None:
    """None without a profile (odd numbers); else paused, today, yesterday or never."""
    if number % 2:
        return None
    slot = (number // 2) % 10
    return {0: "paused", 1: "today", 2: "yesterday", 3: "yesterday", 4: "yesterday"}.get(slot, "never")


def _profile_rows(count: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        kind = _profile_kind(number)
        if kind is None:
            continue
        today = _today(number)
        last = {"today": today, "yesterday": today - timedelta(days=1)}.get(kind)
        yield {
            "person_id": number + 1,
            "level": LEVELS[number % len(LEVELS)],
            "topics": [],
            "dose_size": 3,
            "paused": kind == "paused",
            "streak": 1 if last else 0,
            "best_streak": 1 if last else 0,
            "last_practised_on": last,
            "run": 0,
        }


def _has_history(number: int) -> bool:
    return number % HISTORY_EVERY in HISTORY_SLOTS


def _history_rows(count: int) -> Iterator[dict[str, Any]]:
    """Prompts that went out on the days before, one to nine in a row, the last one one to
    eight days ago: with three or more unanswered the planner backs off to every third day,
    with seven or more to a weekly nudge."""
    for number in range(count):
        if not _has_history(number):
            continue
        step = number // HISTORY_EVERY
        sent = 1 + step % MAX_HISTORY
        gap = 1 + (step * 3) % MAX_GAP  # 9 and 8 share no factor: every pairing occurs
        zone = ZoneInfo(_zone(number))
        for back in range(sent):
            day = _today(number) - timedelta(days=gap + back)
            due = datetime.combine(day, _practice_time(number), tzinfo=zone).astimezone(UTC)
            yield {
                "recipient_id": number + 1,
                "kind": Kind.PRACTICE_PROMPT.value,
                "payload": {"day": day.isoformat()},
                "due_at": due,
                "priority": int(Priority.PROMPT),
                "dedupe_key": practice_key(number + 1, day),
                "respect_quiet_hours": True,
                "status": OutboxStatus.SENT,
                "attempts": 1,
                "telegram_message_id": 1000 + number,
                "claimed_at": due,
                "sent_at": due,
                "created_at": due - timedelta(days=1),
            }


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _settings(path: Path) -> Settings:
    values: dict[str, Any] = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": f"sqlite+aiosqlite:///{path}"}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]  # never the developer's .env


async def _fill(path: Path, count: int) -> Population:
    """Migrate and fill the database at `path`, then fold the WAL into it so it can be copied."""
    deps = build_deps(_settings(path))
    try:
        await upgrade_engine(deps.engine)
        async with deps.engine.begin() as connection:
            for table, rows in (
                (Base.metadata.tables[Person.__tablename__], _person_rows(count)),
                (Base.metadata.tables[PracticeProfile.__tablename__], _profile_rows(count)),
                (Base.metadata.tables[OutboxMessage.__tablename__], _history_rows(count)),
            ):
                for chunk in _chunks(rows):
                    await connection.execute(insert(table), chunk)
        async with deps.engine.connect() as connection:
            await connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        await deps.engine.dispose()
    kinds = [_profile_kind(number) for number in range(count)]
    return Population(
        with_profile=sum(kind is not None for kind in kinds),
        paused=kinds.count("paused"),
        practised_today=kinds.count("today"),
        with_sent_history=sum(_has_history(number) for number in range(count)),
        sent_history_rows=sum(1 for _ in _history_rows(count)),
    )


class StallMeter:
    """A ticker task that asks to wake every `interval` seconds and keeps the longest delay
    past that: how long the event loop was held by something else at once."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.longest = 0.0
        self.longest_cpu = 0.0  # the loop thread's CPU time between two ticks: load-proof
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            before, before_cpu = clock.perf_counter(), clock.thread_time()
            await asyncio.sleep(self.interval)
            self.longest = max(self.longest, clock.perf_counter() - before - self.interval)
            self.longest_cpu = max(self.longest_cpu, clock.thread_time() - before_cpu)

    async def __aenter__(self) -> StallMeter:
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0)  # the ticker is waiting before the measured work begins
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._task is not None
        await asyncio.sleep(0)  # a tick the last stall delayed records it
        self._task.cancel()


async def _plan(
    deps: Deps, stalls: list[float] | None = None, cpu_stalls: list[float] | None = None
) -> tuple[int, float]:
    """One planning transaction, as the bot's job runs it: rows added and seconds taken; the
    longest event-loop stall during it is appended to `stalls`."""
    gc.collect()
    async with StallMeter() as meter:
        started = clock.perf_counter()
        async with deps.sessionmaker.begin() as session:
            added = await plan_prompts(session, now=NOW, days=DAYS)
        took = clock.perf_counter() - started
        await asyncio.sleep(meter.interval * 2)
    if stalls is not None:
        stalls.append(meter.longest)
    if cpu_stalls is not None:
        cpu_stalls.append(meter.longest_cpu)
    return added, took


async def _open(template: Path, copy: Path) -> Deps:
    shutil.copyfile(template, copy)
    deps = build_deps(_settings(copy))
    async with deps.engine.connect():  # connect (and set the pragmas) outside the timings
        pass
    return deps


async def _check(deps: Deps, participants: int, planned: int) -> tuple[int, int]:
    """The pending rows by kind; none for paused people, none today for who practised today."""
    async with deps.sessionmaker() as session:
        rows = list(
            await session.execute(
                select(OutboxMessage.recipient_id, OutboxMessage.kind, OutboxMessage.payload).where(
                    OutboxMessage.status == OutboxStatus.PENDING
                )
            )
        )
        total = await session.scalar(select(func.count()).select_from(OutboxMessage))
    assert len(rows) == planned, f"{len(rows)} pending rows, plan_prompts said it added {planned}"
    for recipient_id, _, payload in rows:
        kind = _profile_kind(recipient_id - 1)
        assert kind != "paused", f"a prompt for paused person {recipient_id}"
        if kind == "today":
            assert payload["day"] != _today(recipient_id - 1).isoformat(), "a prompt after practice"
    assert total == planned + sum(1 for _ in _history_rows(participants)), "rows changed or vanished"
    prompts = sum(1 for _, kind, _ in rows if kind == Kind.PRACTICE_PROMPT)
    return prompts, len(rows) - prompts


def _remove(database: Path) -> None:
    for path in database.parent.glob(database.name + "*"):  # with its -wal and -shm
        path.unlink()


def _mib(size: float) -> float:
    return round(size / 2**20, 1)


def _rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


async def run(participants: int, *, repeats: int = 3, profile: Path | None = None) -> Report:
    """Fill a database, then time `repeats` planning runs on fresh copies of it."""
    if participants < 1 or repeats < 1:
        raise ValueError("participants and repeats must be positive")
    with tempfile.TemporaryDirectory(prefix="begleiter-bench-") as name:
        folder = Path(name)
        template = folder / "template.db"
        started = clock.perf_counter()
        population = await _fill(template, participants)
        setup = clock.perf_counter() - started
        rss_before = _rss_mib()

        firsts: list[float] = []
        seconds: list[float] = []
        counts: set[int] = set()
        agains: list[int] = []
        kinds = (0, 0)
        stalls: list[float] = []
        stalls_again: list[float] = []
        cpu_stalls: list[float] = []
        cpu_stalls_again: list[float] = []
        unsettled_cpu_stalls: list[float] = []
        for number in range(repeats):
            # Side by side: first with every object tracked by the garbage collector, then as
            # `python -m bot run` plans, with what existed after start-up frozen (settle_heap).
            deps = await _open(template, folder / f"unsettled{number}.db")
            try:
                await _plan(deps, cpu_stalls=unsettled_cpu_stalls)
            finally:
                await deps.engine.dispose()
            _remove(folder / f"unsettled{number}.db")
            deps = await _open(template, folder / f"run{number}.db")
            settle_heap()
            try:
                added, took = await _plan(deps, stalls, cpu_stalls)
                again, took_again = await _plan(deps, stalls_again, cpu_stalls_again)
                counts.add(added)
                agains.append(again)
                firsts.append(took)
                seconds.append(took_again)
                if number == 0:
                    kinds = await _check(deps, participants, added + again)
            finally:
                gc.unfreeze()
                await deps.engine.dispose()
            _remove(folder / f"run{number}.db")
        assert len(counts) == 1, f"runs planned different numbers of rows: {counts}"

        rss_peak = _rss_mib()  # before tracemalloc, whose own bookkeeping would count too

        deps = await _open(template, folder / "traced.db")
        try:
            tracemalloc.start()
            tracemalloc.reset_peak()
            traced, _ = await _plan(deps)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert traced in counts
        finally:
            await deps.engine.dispose()

        if profile is not None:
            deps = await _open(template, folder / "profiled.db")
            profiler = cProfile.Profile()
            try:
                profiler.enable()
                await _plan(deps)
                profiler.disable()
            finally:
                await deps.engine.dispose()
            profiler.dump_stats(profile)

    planned = counts.pop()
    median = statistics.median(firsts)
    return Report(
        participants=participants,
        with_profile=population.with_profile,
        paused=population.paused,
        practised_today=population.practised_today,
        with_sent_history=population.with_sent_history,
        sent_history_rows=population.sent_history_rows,
        now=NOW.isoformat(),
        method=f"median of {repeats} run(s), each on a fresh copy of the filled database",
        setup_seconds=round(setup, 2),
        rows_planned=planned,
        prompts_planned=kinds[0],
        nudges_planned=kinds[1],
        seconds=round(median, 3),
        rows_per_second=round(planned / median, 1) if median > 0 else 0.0,
        second_call_rows=max(agains),
        second_call_seconds=round(statistics.median(seconds), 3),
        tracemalloc_peak_mib=_mib(peak),
        rss_before_planning_mib=rss_before,
        peak_rss_mib=rss_peak,
        longest_stall_ms=round(max(stalls) * 1000, 1),
        second_call_longest_stall_ms=round(max(stalls_again) * 1000, 1),
        longest_stall_cpu_ms=round(max(cpu_stalls) * 1000, 1),
        unsettled_longest_stall_cpu_ms=round(max(unsettled_cpu_stalls) * 1000, 1),
        second_call_longest_stall_cpu_ms=round(max(cpu_stalls_again) * 1000, 1),
        runs_seconds=[round(value, 3) for value in firsts],
        second_call_runs_seconds=[round(value, 3) for value in seconds],
    )


def render(report: Report) -> str:
    values = asdict(report)
    width = max(len(name) for name in values) + 1
    text = "\n".join(f"{name + ':':<{width}} {value}" for name, value in values.items())
    return text + "\n" + json.dumps(values, ensure_ascii=False)


def top_functions(path: Path, limit: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--participants", type=int, default=50_000, help="active participants (default 50000)"
    )
    parser.add_argument("--quick", action="store_true", help="5000 participants")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs, fresh copies (default 3)")
    parser.add_argument(
        "--profile",
        type=Path,
        nargs="?",
        const=Path("practice_planning.prof"),
        help="also run once under cProfile, write the stats there and print the top functions",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    participants = 5000 if args.quick else args.participants
    report = asyncio.run(run(participants, repeats=args.repeats, profile=args.profile))
    print(render(report))
    if args.profile is not None:
        print(top_functions(args.profile))
    return asdict(report)


if __name__ == "__main__":
    main()
