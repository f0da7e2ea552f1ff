"""Benchmark: delivery of reminders with and without faults on the Bot API's side.

    .venv/bin/python benchmarks/faults.py [--count 2000] [--baseline 600] [--seed 15]

Everything but Telegram is real: a temporary, migrated SQLite database, participants and
their reminder rows due now (as in benchmarks/reminders.py), the real PTB Application with
the bot's rate limiter, and the outbox Dispatcher's `run_due` (what the job calls) over HTTP
against the in-process local Bot API server. The server injects faults (faults.py): 10% 5xx,
5% hangs longer than the bot's send timeout, 5% dropped connections (half of them after the
message was stored), 3% 429 with retry_after 1-2 s. First a fault-free run, then the faulty
one. Counted from the server's own record: rows delivered, lost (no message) and duplicated
(extra messages); `ambiguous` is the dispatcher's count of sends whose answer was lost after
the request was written. Messages per second come from the server's timestamps: distinct
messages over the time from the first to the last first delivery.
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
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from bench_support import local_settings, unsent
from reminders import TOKEN, _make_participants, _plan_reminders
from sqlalchemy import func, select

from bot.app import build_application, build_deps, dispatcher_of
from bot.migrate import upgrade_engine
from bot.models import OutboxMessage
from bot.ratelimit import BotApiRateLimiter
from devtools.localapi import LocalBotApi
from devtools.localapi.faults import FaultPolicy

TIME_LIMIT = 600.0  # seconds for one run before it is given up


@dataclass
class Report:
    faults: str
    planned: int
    delivered: int  # rows (participants) with at least one message
    lost: int  # rows with none
    duplicated: int  # messages beyond the first per row
    ambiguous: int  # counted by the dispatcher
    messages_per_second: float  # from the server's timestamps
    seconds: float  # first to last first delivery
    wall_seconds: float  # from the first run_due until nothing was left to send
    send_requests: int  # sending calls that reached the server, faulty ones included
    injected: dict[str, int] = field(default_factory=dict)
    global_pauses: int = 0  # the limiter paused all sends (429s from several chats)
    errors_logged: int = 0  # log records at ERROR or worse while sending
    outbox: dict[str, int] = field(default_factory=dict)


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _rate(deliveries: list[tuple[float, int]]) -> tuple[float, float]:
    """(messages per second, seconds) over the first delivery to each chat."""
    first: dict[int, float] = {}
    for when, chat in deliveries:
        first.setdefault(chat, when)
    times = sorted(first.values())
    if len(times) < 2:
        return 0.0, 0.0
    span = times[-1] - times[0]
    return (len(times) - 1) / span if span > 0 else 0.0, span


async def run(count: int, policy: FaultPolicy, name: str = "faults") -> Report:
    """Plan `count` reminders to as many participants and send them through faults."""
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    try:
        with tempfile.TemporaryDirectory(prefix="begleiter-faults-") as folder:
            async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot") as api:
                settings = local_settings(TOKEN, api.base_url, folder)
                deps = build_deps(settings)
                try:
                    await upgrade_engine(deps.engine)
                    participants = await _make_participants(deps, api, count)
                    planned = await _plan_reminders(deps, participants, 1, grouped=False)
                    assert planned == count, f"planned {planned} rows, expected {count}"
                    api.faults = policy
                    app = build_application(settings, deps=deps, dispatch_interval=None)
                    async with app:
                        dispatcher = dispatcher_of(app)
                        started = time.perf_counter()
                        while await unsent(deps):
                            if time.perf_counter() - started > TIME_LIMIT:
                                break
                            if not await dispatcher.run_due(budget=TIME_LIMIT):
                                await asyncio.sleep(0.1)  # retries due in a moment; the job would wait 1 s
                        wall = time.perf_counter() - started
                        limiter = app.bot.rate_limiter
                        pauses = limiter.global_pauses if isinstance(limiter, BotApiRateLimiter) else 0
                    api.faults = None
                    async with deps.sessionmaker() as session:
                        statuses = {
                            str(status): number
                            for status, number in await session.execute(
                                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
                            )
                        }
                finally:
                    await deps.engine.dispose()
                per_chat = Counter(
                    message.chat_id
                    for chat in api.state.chats.values()
                    for message in chat.messages.values()
                    if message.from_bot
                )
                rate, seconds = _rate(policy.deliveries)
                return Report(
                    faults=name,
                    planned=count,
                    delivered=len(per_chat),
                    lost=count - len(per_chat),
                    duplicated=sum(n - 1 for n in per_chat.values()),
                    ambiguous=dispatcher.ambiguous,
                    messages_per_second=round(rate, 2),
                    seconds=round(seconds, 2),
                    wall_seconds=round(wall, 2),
                    send_requests=policy.requests,
                    injected=dict(sorted(policy.injected.items())),
                    global_pauses=pauses,
                    errors_logged=errors.count,
                    outbox=dict(sorted(statuses.items())),
                )
    finally:
        logging.getLogger().removeHandler(errors)


async def compare(count: int, baseline: int, seed: int) -> tuple[Report, Report]:
    clean = await run(baseline, FaultPolicy(), "none")
    faulty = await run(count, FaultPolicy.issue_15(seed), "issue 15 mix")
    return clean, faulty


def render(reports: Sequence[Report]) -> str:
    names = [
        "planned",
        "delivered",
        "lost",
        "duplicated",
        "ambiguous",
        "messages_per_second",
        "seconds",
        "wall_seconds",
        "send_requests",
        "global_pauses",
        "errors_logged",
    ]
    lines = [f"{'faults':<20}" + "".join(f"{report.faults:>16}" for report in reports)]
    for name in names:
        lines.append(f"{name:<20}" + "".join(f"{getattr(report, name)!s:>16}" for report in reports))
    if len(reports) == 2 and reports[0].messages_per_second:
        ratio = reports[1].messages_per_second / reports[0].messages_per_second
        lines.append(f"{'rate ratio':<20}{ratio:>32.3f}")
    lines.extend(json.dumps(asdict(report), ensure_ascii=False) for report in reports)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000, help="reminders under faults (default 2000)")
    parser.add_argument("--baseline", type=int, default=600, help="reminders without faults (default 600)")
    parser.add_argument("--seed", type=int, default=15, help="the faults' random seed")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.ERROR)
    print(render(asyncio.run(compare(args.count, args.baseline, args.seed))))


if __name__ == "__main__":
    main()
