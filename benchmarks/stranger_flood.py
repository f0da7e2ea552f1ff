"""Benchmark: how long a participant waits for her /help while strangers flood the bot.

    .venv/bin/python benchmarks/stranger_flood.py [--strangers 500] [--each 10] [--seconds 6.5]

Everything but Telegram is real: a temporary, migrated SQLite database; the real PTB
Application with the production rate limiter, polling the in-process local Bot API server
(which answers 429 like Telegram above its limits). `--strangers` people nobody invited send
`--each` messages `/start <random token>` each, spread over `--seconds`; meanwhile a
participant who agreed sends /help every half second, and a little after.

Latency = from her /help reaching the server until the bot's answer is stored there. Printed:
median, 95th percentile and maximum, and how many replies the strangers got.
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
import secrets
import statistics
import tempfile
import time
from collections.abc import Sequence
from typing import Any

from bench_support import local_settings, percentile

from bot.app import build_application, build_deps, startup
from bot.migrate import upgrade_engine
from bot.models import Role
from bot.services import people
from devtools.localapi import LocalBotApi, SimUser

TOKEN = "424242:BENCH"
MEMBER_ID = 30_000_000
FIRST_STRANGER_ID = 31_000_000


async def _help_latency(api: LocalBotApi, member: SimUser, give_up: float) -> float:
    before = len(api.bot_messages(member.id))
    sent = time.perf_counter()
    await api.send_text(member, "/help")
    while len(api.bot_messages(member.id)) <= before:
        if time.perf_counter() - sent > give_up:
            return give_up
        await asyncio.sleep(0.01)
    return time.perf_counter() - sent


async def run(strangers: int, each: int, seconds: float, give_up: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="begleiter-flood-") as folder:
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder)
            deps = build_deps(settings)
            try:
                await upgrade_engine(deps.engine)
                member = api.add_user(SimUser(id=MEMBER_ID, first_name="Amina"))
                async with deps.sessionmaker.begin() as session:
                    await people.create_member(
                        session,
                        role=Role.PARTICIPANT,
                        telegram_user_id=member.id,
                        name="Amina",
                        language="de",
                        timezone=deps.settings.bot_timezone,
                        now=deps.clock.now(),
                        notice_version=deps.notice_version,
                    )
                crowd = [
                    api.add_user(SimUser(id=FIRST_STRANGER_ID + n, first_name=f"S{n}"))
                    for n in range(strangers)
                ]
                app = build_application(settings, deps=deps, dispatch_interval=1.0)
                async with app:
                    await startup(app)
                    await app.start()
                    assert app.updater is not None
                    await app.updater.start_polling(poll_interval=0.0, timeout=1)
                    await asyncio.sleep(1.0)
                    baseline = await _help_latency(api, member, give_up)

                    async def flood() -> None:
                        total = strangers * each
                        for number in range(total):
                            await api.send_text(
                                crowd[number % strangers], f"/start {secrets.token_urlsafe(12)}"
                            )
                            if number % 50 == 49:
                                await asyncio.sleep(seconds * 50 / total)

                    started = time.perf_counter()
                    flooding = asyncio.create_task(flood())
                    waits: list[asyncio.Task[float]] = []
                    while time.perf_counter() - started < seconds + 2.0:
                        waits.append(asyncio.create_task(_help_latency(api, member, give_up)))
                        await asyncio.sleep(0.5)
                    await flooding
                    latencies = list(await asyncio.gather(*waits))
                    await app.updater.stop()
                    await app.stop()
                answered = sum(len(api.bot_messages(user.id)) for user in crowd)
                return {
                    "stranger_messages": strangers * each,
                    "strangers": strangers,
                    "stranger_replies": answered,
                    "help_sent_during_flood": len(latencies),
                    "help_latency_quiet_s": round(baseline, 3),
                    "help_latency_median_s": round(statistics.median(latencies), 3),
                    "help_latency_p95_s": round(percentile(latencies, 0.95), 3),
                    "help_latency_max_s": round(max(latencies), 3),
                    "help_timed_out": sum(1 for value in latencies if value >= give_up),
                    "http_429": sum(1 for _, code, _ in api.errors if code == 429),
                }
            finally:
                await deps.engine.dispose()


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--strangers", type=int, default=500, help="strangers (default 500)")
    parser.add_argument("--each", type=int, default=10, help="/start messages each (default 10)")
    parser.add_argument("--seconds", type=float, default=6.5, help="the flood lasts (default 6.5)")
    parser.add_argument("--timeout", type=float, default=300.0, help="give up on a /help after (default 300)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.ERROR)
    report = asyncio.run(run(args.strangers, args.each, args.seconds, args.timeout))
    width = max(len(name) for name in report) + 1
    print("\n".join(f"{name + ':':<{width}} {value}" for name, value in report.items()))
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
