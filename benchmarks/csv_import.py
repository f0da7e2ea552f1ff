"""Benchmark: a CSV import of appointments while the bot answers a member, before and after.

    .venv/bin/python benchmarks/csv_import.py [--rows 10000] [--engines sqlite,postgres]
        [--before /work/main] [--after .] [--timeout 600]

Each run is its own process, importing the code under test from the checkout given (--before:
an older checkout, e.g. the main branch, run as it is; --after: this one), on a fresh migrated
database: a SQLite file, or a PostgreSQL database made for it on 127.0.0.1:5432 and dropped
after. 200 participants; --rows appointments spread over them (times in the coming months).

The import runs as `python -m bot import appointments` would, in a thread with its own event
loop and engine. Meanwhile one participant sends /appointments to the real Application (every
handler, a recording Bot API that answers at once) every 0.2 s. Printed per run: rows/s of
the import (the time from the call to its return, checking included), and the latency of the
member's updates (median, max) and how many failed (an error handler saw an exception, e.g.
"database is locked"). A run that passes --timeout is reported as such; its process is ended.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram.request import BaseRequest, RequestData

HERE = Path(__file__).resolve().parents[1]
PARTICIPANTS = 200
UPDATE_EVERY = 0.2
POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432"
TOKEN = "999000:BENCH"
DATA_KEY = "dGVzdC1rZXktZm9yLWJlZ2xlaXRlci10ZXN0cy0wMDA="
BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Begleiter", "username": "begleiter_bench_bot"}


def csv_text(participant_ids: list[int], rows: int, zone_name: str) -> str:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    first = (datetime.now(zone) + timedelta(days=2)).replace(hour=8, minute=0, second=0, microsecond=0)
    lines = ["participant_id;date;time;kind;place;note"]
    for number in range(rows):
        person = participant_ids[number % len(participant_ids)]
        slot = number // len(participant_ids)  # the how-manieth appointment of this person
        at = first + timedelta(days=slot // 4, hours=2 * (slot % 4))
        lines.append(f"{person};{at:%d.%m.%Y};{at:%H:%M};Kurs;Volkshochschule Raum {number % 30};")
    return "\n".join(lines) + "\n"


# -- one run, in its own process -------------------------------------------------------------


def worker(code: str, engine: str, rows: int) -> dict[str, Any]:
    sys.path.insert(0, code)  # before the installed checkout: the code under test
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    with tempfile.TemporaryDirectory(prefix="begleiter-csv-bench-") as folder:
        if engine == "sqlite":
            return asyncio.run(_run(f"sqlite+aiosqlite:///{folder}/bench.db", rows))
        name = f"bench_csv_{os.getpid()}"
        asyncio.run(_postgres(f"CREATE DATABASE {name}"))
        try:
            return asyncio.run(_run(f"{POSTGRES}/{name}", rows))
        finally:
            asyncio.run(_postgres(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


async def _postgres(statement: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(f"{POSTGRES}/postgres", isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def _run(url: str, rows: int) -> dict[str, Any]:
    from telegram import Update

    import bot
    from bot.app import build_application, build_deps
    from bot.migrate import upgrade_engine
    from bot.models import Role
    from bot.services import appointment_import, people
    from bot.settings import Settings

    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "DATABASE_URL": url,
        "BEGLEITER_DATA_KEY": DATA_KEY,
    }
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]  # not .env
    deps = build_deps(settings)
    await upgrade_engine(deps.engine)
    now = deps.clock.now()
    ids = []
    async with deps.sessionmaker.begin() as session:
        for number in range(PARTICIPANTS):
            person = await people.create_member(
                session,
                role=Role.PARTICIPANT,
                telegram_user_id=30_000_000 + number,
                name=f"Teilnehmerin {number}",
                language="de",
                timezone=settings.bot_timezone,
                now=now,
                notice_version=deps.notice_version,
            )
            ids.append(person.id)
    text = csv_text(ids, rows, settings.bot_timezone)

    failures: list[str] = []

    async def record_error(update: object, context: Any) -> None:
        failures.append(type(getattr(context, "error", None)).__name__)

    app = build_application(
        settings,
        deps=deps,
        request=_Answering(),
        get_updates_request=_Answering(),
        dispatch_interval=None,
        rate_limit=False,
    )
    app.add_error_handler(record_error)
    await app.initialize()

    done = threading.Event()
    outcome: dict[str, Any] = {}

    def import_like_the_command_line() -> None:
        async def main() -> None:
            own = build_deps(settings)
            started = time.perf_counter()
            run: Any = appointment_import.import_appointments  # the code before has another signature
            try:
                first = next(iter(inspect.signature(run).parameters))
                if first == "session":  # the code before: one transaction for everything
                    async with own.sessionmaker.begin() as session:
                        report = await run(session, text, now=own.clock.now(), fallback_zone=settings.zone)
                else:
                    report = await run(
                        own.sessionmaker, text, now=own.clock.now(), fallback_zone=settings.zone
                    )
                outcome["imported"] = report.imported
                outcome["errors"] = [str(problem) for problem in report.errors[:3]]
            except Exception as exc:  # reported, not raised: the run goes on to print it
                outcome["failed"] = f"{type(exc).__name__}: {str(exc)[:120]}"
            finally:
                outcome["seconds"] = time.perf_counter() - started
                await own.engine.dispose()

        asyncio.run(main())
        done.set()

    importer = threading.Thread(target=import_like_the_command_line, daemon=True)
    importer.start()
    latencies = []
    user = {"id": 30_000_000, "is_bot": False, "first_name": "Amina", "language_code": "de"}
    number = 0
    while not done.is_set():
        number += 1
        message = {
            "message_id": number,
            "date": int(time.time()),
            "chat": {"id": user["id"], "type": "private", "first_name": "Amina"},
            "from": user,
            "text": "/appointments",
            "entities": [{"type": "bot_command", "offset": 0, "length": 13}],
        }
        started = time.perf_counter()
        await app.process_update(Update.de_json({"update_id": number, "message": message}, app.bot))
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(UPDATE_EVERY)
    importer.join()
    await app.shutdown()
    await deps.engine.dispose()
    seconds = outcome["seconds"]
    return {
        "code": os.path.dirname(os.path.dirname(bot.__file__)),
        **outcome,
        "rows_per_second": rows / seconds if outcome.get("imported") == rows else None,
        "updates": len(latencies),
        "failed_updates": len(failures),
        "failure_kinds": sorted(set(failures)),
        "latency_median_ms": 1000 * statistics.median(latencies) if latencies else None,
        "latency_max_ms": 1000 * max(latencies) if latencies else None,
    }


class _Answering(BaseRequest):
    """Answers like Telegram, at once: the benchmark measures the bot, not a network."""

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        result: Any = True
        if name == "getMe":
            result = BOT_USER
        elif name == "sendMessage":
            result = {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


# -- the comparison --------------------------------------------------------------------------


def _one(code: Path, engine: str, rows: int, timeout: float) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", str(code), "--engines", engine, "--rows", str(rows)]
    try:
        finished = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"failed": f"did not finish in {timeout:.0f} s"}
    lines = finished.stdout.strip().splitlines()
    if finished.returncode != 0 or not lines:
        return {"failed": (finished.stderr.strip().splitlines() or ["no output"])[-1][:160]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _line(label: str, result: dict[str, Any]) -> str:
    if result.get("rows_per_second") is None:
        imported = f"FAILED ({result.get('failed') or result.get('errors')})"
    else:
        imported = f"{result['rows_per_second']:8.0f} rows/s ({result['seconds']:.1f} s)"
    if result.get("updates"):
        updates = (
            f"update latency median {result['latency_median_ms']:.0f} ms,"
            f" max {result['latency_max_ms']:.0f} ms,"
            f" {result['failed_updates']}/{result['updates']} failed"
            + (f" ({', '.join(result['failure_kinds'])})" if result["failure_kinds"] else "")
        )
    else:
        updates = "no updates measured"
    return f"{label:28} {imported:34} {updates}"


FIGURES = ("rows_per_second", "latency_median_ms", "latency_max_ms", "failed_updates", "failed")


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--before", type=Path, help="an older checkout to compare with (run, not changed)")
    parser.add_argument("--after", type=Path, default=HERE)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds for one run")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        result = worker(args.worker, args.engines, args.rows[0])
        print(json.dumps(result))
        return result
    versions = ([("before", args.before.resolve())] if args.before else []) + [
        ("after", args.after.resolve())
    ]
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores;", end=" ")
    print(f"a member's /appointments every {UPDATE_EVERY} s")
    figures: dict[str, Any] = {}
    for rows in args.rows:
        for engine in args.engines.split(","):
            for label, code in versions:
                result = _one(code, engine, rows, args.timeout)
                print(_line(f"{rows:,} rows {engine} {label}", result), flush=True)
                for name in FIGURES:
                    if name in result:
                        figures[f"{rows} rows {engine} {label} {name}"] = result[name]
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
