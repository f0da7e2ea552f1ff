"""Benchmark: how long a person waits for the bot's reply while a 3,000-recipient bulk send is
going out at the full rate.

    .venv/bin/python benchmarks/reply_latency.py [--recipients 3000] [--replies 40] [--every 0.5]
                                                 [--only priorities|fifo]

Everything but Telegram is real: a temporary, migrated SQLite database; `--recipients`
participants with a reminder each, due now (benchmarks/reminders.py); the real PTB Application
polling the in-process local Bot API server, which answers 429 like Telegram above 30 messages
a second (enforce_limits), with the production dispatcher job (a tick every second) and rate
limiter. Once the bulk send is flowing, a few other participants send /help, one every
`--every` seconds, and wait for the answer, as simulated Telegram users.

Reply latency = from the person's message reaching the server to the bot's answer stored
there (so: polling, handling and the wait for a slot of the rate limiter). `overtaken` is how
many bulk messages the server stored between the person's message and the answer (from the
server's record). Total rate = bulk messages over the time from the first to the last (server
timestamps). Two runs: `priorities` (the limiter as the bot uses it: replies get the next
slot) and `fifo` (the same limiter, every request first come first served, as PTB's
AIORateLimiter hands out its slots), side by side.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported: no deprecation warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# devtools/ (the local Bot API server) is not installed: it is imported from the checkout.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import asyncio
import json
import logging
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from bench_support import local_settings, percentile, settled_heap, unsent
from reminders import TOKEN, _make_participants, _plan_reminders

from bot.app import build_application, build_deps, startup
from bot.deps import Deps
from bot.kinds import Kind
from bot.migrate import upgrade_engine
from bot.models import Role
from bot.ratelimit import REPLY, BotApiRateLimiter, PriorityGate
from bot.services import people
from devtools.localapi import LocalBotApi, SimUser

ASKERS = 5  # people who send /help in turn (not among the bulk recipients)
FIRST_ASKER_ID = 30_000_000
TIME_LIMIT = 900.0  # seconds for one run


class FifoGate(PriorityGate):
    """The same even slots, every request in the order it came: what the bot had before."""

    async def acquire(self, priority: int) -> None:
        await super().acquire(0)


@dataclass
class Report:
    mode: str
    recipients: int
    bulk_delivered: int
    replies: int
    reply_p50_ms: float
    reply_p95_ms: float
    reply_max_ms: float
    overtaken_p50: float  # bulk messages stored between a person's message and the answer
    overtaken_max: int
    queued_at_reply_p50: float  # bulk requests waiting for a slot when a reply asked for one
    slots_before_reply_max: int  # slots granted to others while a reply waited for its own
    bulk_per_second: float  # from the server's timestamps
    all_per_second: float  # every delivered message, replies included
    http_429: int
    wall_seconds: float
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    overtaken: list[int] = field(default_factory=list, repr=False)


async def _askers(deps: Deps, api: LocalBotApi) -> list[SimUser]:
    users = []
    async with deps.sessionmaker.begin() as session:
        for number in range(ASKERS):
            user = api.add_user(SimUser(id=FIRST_ASKER_ID + number, first_name=f"Q{number}"))
            await people.create_member(
                session,
                role=Role.PARTICIPANT,
                telegram_user_id=user.id,
                name=f"Fragende {number}",
                language="de",
                timezone=deps.settings.bot_timezone,
                now=deps.clock.now(),
                notice_version=deps.notice_version,
            )
            users.append(user)
    return users


async def _until_sent(deps: Deps, started: float) -> None:
    """Poll the database until the bulk send is done (or the run has taken too long)."""
    done = False
    while not done:
        await asyncio.sleep(0.5)
        done = not await unsent(deps, Kind.APPOINTMENT_REMINDER) or time.perf_counter() - started > TIME_LIMIT


async def _ask(api: LocalBotApi, user: SimUser, bulk_chats: set[int]) -> tuple[float, int]:
    """Send /help as `user`; (milliseconds until the answer was stored, bulk messages stored
    between the question and the answer)."""
    log = api.state.log
    mark = len(log)
    after = max((m["message_id"] for m in api.messages(user.id)), default=0)
    started = time.time()
    await api.send_text(user, "/help")
    await api.wait_for_bot_message(user.id, after=after, timeout=60)
    answer = next(i for i in range(mark, len(log)) if log[i].delivered and _chat(log[i].chat_id) == user.id)
    overtaken = sum(1 for r in log[mark:answer] if r.delivered and _chat(r.chat_id) in bulk_chats)
    return (log[answer].at - started) * 1000, overtaken


def _watch_replies(gate: PriorityGate) -> list[tuple[int, int]]:
    """For each request at reply priority: (requests waiting for a slot when it asked, slots
    granted to others before its own)."""
    waits: list[tuple[int, int]] = []
    acquire = gate.acquire

    async def watched(priority: int) -> None:
        if priority != REPLY:
            return await acquire(priority)
        queued, granted = gate.waiting, gate.granted
        await acquire(priority)
        waits.append((queued, gate.granted - granted - 1))

    gate.acquire = watched  # type: ignore[method-assign]
    return waits


def _chat(chat_id: object) -> int | None:
    if isinstance(chat_id, int):
        return chat_id
    return int(chat_id) if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit() else None


def _per_second(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0


async def run(recipients: int, replies: int, every: float, mode: str = "priorities") -> Report:
    """One bulk send to `recipients` with `replies` questions meanwhile; mode: priorities|fifo."""
    with tempfile.TemporaryDirectory(prefix="begleiter-replies-") as folder:
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder)
            deps = build_deps(settings)
            try:
                await upgrade_engine(deps.engine)
                participant_ids = await _make_participants(deps, api, recipients)
                askers = await _askers(deps, api)
                bulk_chats = set(api.state.users) - {user.id for user in askers}
                assert await _plan_reminders(deps, participant_ids, 1, grouped=False) == recipients
                app = build_application(settings, deps=deps, dispatch_interval=1.0)
                limiter = app.bot.rate_limiter
                assert isinstance(limiter, BotApiRateLimiter)
                if mode == "fifo":
                    limiter.gate = FifoGate(1 / limiter.gate.interval, ready=limiter._retry_after_event)
                waits = _watch_replies(limiter.gate)
                latencies: list[float] = []
                overtaken: list[int] = []
                async with app:
                    await startup(app)
                    await app.start()
                    assert app.updater is not None
                    await app.updater.start_polling(poll_interval=0.0, timeout=1)
                    with settled_heap():  # as `python -m bot run` once it has warmed up
                        started = time.perf_counter()
                        await asyncio.sleep(3.0)  # the bulk send is flowing at the full rate
                        for number in range(replies):
                            latency, passed = await _ask(api, askers[number % ASKERS], bulk_chats)
                            latencies.append(latency)
                            overtaken.append(passed)
                            await asyncio.sleep(every)
                        await _until_sent(deps, started)
                        wall = time.perf_counter() - started
                    await app.updater.stop()
                    await app.stop()
            finally:
                await deps.engine.dispose()
            bulk = [r.at for r in api.state.log if r.delivered and _chat(r.chat_id) in bulk_chats]
            everything = [r.at for r in api.state.log if r.delivered]
            return Report(
                mode=mode,
                recipients=recipients,
                bulk_delivered=len({_chat(r.chat_id) for r in api.state.log if r.delivered} & bulk_chats),
                replies=len(latencies),
                reply_p50_ms=round(statistics.median(latencies), 1),
                reply_p95_ms=round(percentile(latencies, 0.95), 1),
                reply_max_ms=round(max(latencies), 1),
                overtaken_p50=statistics.median(overtaken),
                overtaken_max=max(overtaken),
                queued_at_reply_p50=statistics.median(queued for queued, _ in waits) if waits else 0,
                slots_before_reply_max=max((slots for _, slots in waits), default=0),
                bulk_per_second=round(_per_second(bulk), 2),
                all_per_second=round(_per_second(everything), 2),
                http_429=sum(1 for _, code, _ in api.errors if code == 429),
                wall_seconds=round(wall, 1),
                latencies_ms=[round(x, 1) for x in latencies],
                overtaken=overtaken,
            )


# A run's figures: all but its mode and the lists of each reply's.
FIGURES = [name for name in Report.__dataclass_fields__ if name not in ("mode", "latencies_ms", "overtaken")]


def render(reports: Sequence[Report]) -> str:
    lines = [f"{'mode':<18}" + "".join(f"{report.mode:>14}" for report in reports)]
    for name in FIGURES:
        lines.append(f"{name:<18}" + "".join(f"{getattr(report, name)!s:>14}" for report in reports))
    lines.extend(json.dumps(asdict(report)) for report in reports)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--recipients", type=int, default=3000, help="bulk recipients (default 3000)")
    parser.add_argument("--replies", type=int, default=40, help="questions during the send (default 40)")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between questions (default 0.5)")
    parser.add_argument("--only", choices=("priorities", "fifo"), help="one run instead of both")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    modes = [args.only] if args.only else ["priorities", "fifo"]
    reports = []
    for mode in modes:
        reports.append(asyncio.run(run(args.recipients, args.replies, args.every, mode)))
        print(render(reports[-1:]), flush=True)  # each run as soon as it is done
    print(render(reports))
    print(json.dumps(summary(reports)))


def summary(reports: Sequence[Report]) -> dict[str, dict[str, object]]:
    """Each run's figures under its mode, in one JSON line for `./dev.sh bench` (which reads
    the last one): the table showed only the last run's, the FIFO baseline's (a reply p95 of
    963 ms), not the bot's own priorities (35 ms)."""
    return {report.mode: {name: getattr(report, name) for name in FIGURES} for report in reports}


if __name__ == "__main__":
    main()
