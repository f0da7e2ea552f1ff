"""Benchmark: outbox dispatch throughput of one and of several `python -m bot run` processes
sharing one PostgreSQL, against the local Bot API server without Telegram's limit: the bot's
own ceiling.

    .venv/bin/python benchmarks/multiprocess.py [--rows 3000] [--processes 1,3]
        [--admin-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

For each process count: a new database on the server (migrated, dropped afterwards), `rows`
participants each with one reminder row due now (as in benchmarks/reminders.py), then that many
real bot processes with the rate limiter off (TELEGRAM_RATE_LIMIT=false) and no shared budget
(SEND_BUDGET_PER_SECOND=0). Messages per second come from the server's own timestamps: rows
delivered over the time from the first to the last delivery; "wall" counts from the processes'
start (imports, migrations check, warm-up) to the last delivery. Duplicates are messages beyond
the first per row (none expected: nobody is killed here).
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
import signal
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench_support import local_settings, scratch_database
from reminders import FIRST_USER_ID, TOKEN, _make_participants, _plan_reminders

from bot.app import build_deps
from bot.migrate import upgrade_engine
from devtools.localapi import LocalBotApi

ROOT = Path(__file__).resolve().parent.parent
TIME_LIMIT = 900.0  # seconds for one run before it is given up


@dataclass
class Report:
    processes: int
    rows: int
    delivered: int
    duplicates: int
    messages_per_second: float  # first to last delivery, from the server's timestamps
    seconds: float
    wall_seconds: float  # from starting the processes to the last delivery


async def run(processes: int, rows: int, admin_url: str, folder: str) -> Report:
    async with scratch_database(admin_url, "begleiter_bench") as scratch:
        url = scratch.render_as_string(hide_password=False)
        async with LocalBotApi(TOKEN) as api:
            settings = local_settings(TOKEN, api.base_url, folder, DATABASE_URL=url)
            deps = build_deps(settings)
            await upgrade_engine(deps.engine)
            ids = await _make_participants(deps, api, rows)
            await _plan_reminders(deps, ids, 1, grouped=False)
            await deps.engine.dispose()
            assert settings.data_key is not None
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
            env.update(
                TELEGRAM_BOT_TOKEN=TOKEN,
                TELEGRAM_API_BASE_URL=api.base_url,
                DATABASE_URL=url,
                BEGLEITER_DATA_KEY=settings.data_key.get_secret_value(),
                TELEGRAM_RATE_LIMIT="false",
                SEND_BUDGET_PER_SECOND="0",
                LOG_LEVEL="WARNING",
                PYTHONPATH=str(ROOT),
            )
            chats = set(range(FIRST_USER_ID, FIRST_USER_ID + rows))
            started = time.monotonic()
            bots = []
            logs = [Path(folder, f"bot-{processes}-{n}.log").open("ab") for n in range(processes)]  # noqa: ASYNC230, SIM115
            for log in logs:
                bots.append(
                    await asyncio.create_subprocess_exec(
                        *(sys.executable, "-m", "bot", "run", "--no-migrate"),
                        env=env,
                        cwd=folder,
                        stdout=log,
                        stderr=log,
                    )
                )
            try:
                while len({r.chat_id for r in api.delivered() if r.chat_id in chats}) < rows:
                    if time.monotonic() - started > TIME_LIMIT:
                        raise TimeoutError(f"{processes} processes: not done within {TIME_LIMIT:.0f} s")
                    await asyncio.sleep(0.2)
                wall = time.monotonic() - started
            finally:
                for bot in bots:
                    bot.send_signal(signal.SIGTERM)
                for bot in bots:
                    try:
                        await asyncio.wait_for(bot.wait(), timeout=30)
                    except TimeoutError:
                        bot.kill()
                        await bot.wait()
                for log in logs:
                    log.close()
            sends = [r for r in api.delivered() if r.chat_id in chats]
    times = sorted(r.at for r in sends)
    seconds = times[-1] - times[0] if len(times) > 1 else 0.0
    return Report(
        processes=processes,
        rows=rows,
        delivered=len({r.chat_id for r in sends}),
        duplicates=len(sends) - len({r.chat_id for r in sends}),
        messages_per_second=round(len(sends) / seconds, 1) if seconds else 0.0,
        seconds=round(seconds, 1),
        wall_seconds=round(wall, 1),
    )


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--processes", default="1,3", help="comma-separated process counts")
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"),
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for count in (int(part) for part in args.processes.split(",")):
            report = await run(count, args.rows, args.admin_url, folder)
            print(json.dumps(asdict(report)), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
