"""Benchmark: cold start of `python -m bot run` to its first poll.

    .venv/bin/python benchmarks/cold_start.py [--runs 5] [--code .] [--importtime]

The in-process local Bot API server plays Telegram; `python -m bot run` is started as a real
process (as tests/e2e/test_run_command.py does) from the checkout given by `--code`, on a
SQLite file in a temporary folder. The first start migrates that database and is reported
apart (`first_start_s`: it includes the migrations and writing the .pyc files); then `--runs`
more starts on the migrated database are timed from just before the process is spawned to
the moment the server sees its first getUpdates. Each is ended with SIGINT before the next.
Printed: the median, minimum and maximum of those, and the median CPU time (user and system,
from /proc) the process had used when its first poll arrived (`cpu_to_first_poll_median_s`:
a busy machine sways it less than the wall time, which on a shared machine can be several
times the CPU time). `--importtime` prints the twenty slowest
imports of one more start (python -X importtime), cumulative, in seconds.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported: no deprecation warnings
# devtools/ (the local Bot API server) is not installed: it is imported from the checkout.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import asyncio
import json
import logging
import signal
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot import crypto
from devtools.localapi import LocalBotApi

TOKEN = "515151:COLD"
ROOT = Path(__file__).resolve().parents[1]


def _environment(api: LocalBotApi, folder: Path, code: Path) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE (set in some shells and CI) would make every start compile the
    # checkout's modules from source again (~0.3 s); an installed bot has its .pyc files.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "DATABASE_", "BEGLEITER_")) and key != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=f"sqlite:///{folder / 'cold.db'}",
        PYTHONPATH=str(code),
        BEGLEITER_DATA_KEY=crypto.generate_key(),
        PTB_TIMEDELTA="1",
    )
    return env


def _cpu_so_far(pid: int) -> float:
    """The process's CPU time (user and system) until now, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _one_start(
    api: LocalBotApi, folder: Path, env: dict[str, str], *extra: str, wait: float = 120.0
) -> tuple[float, float, str]:
    """Seconds from spawning `python -m bot run` to its first getUpdates, the CPU seconds it
    used until then, and its output."""
    start = len(api.calls)
    log_path = folder / "bot.log"
    with log_path.open("wb") as log:
        began = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, *extra, "-m", "bot", "run", cwd=folder, env=env, stdout=log, stderr=log
        )
        try:
            await api.wait_for_call("getUpdates", start=start, timeout=wait, arrived=True)
            seconds = time.perf_counter() - began
            cpu = _cpu_so_far(process.pid)
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), timeout=30)
    return seconds, cpu, log_path.read_text("utf-8", "replace")


def _slowest_imports(stderr: str, limit: int = 20) -> list[tuple[str, float]]:
    """The `limit` imports with the largest cumulative time from -X importtime output."""
    rows: list[tuple[str, float]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        rows.append((name, int(cumulative) / 1e6))
    return sorted(rows, key=lambda row: row[1], reverse=True)[:limit]


async def run(runs: int = 5, code: Path = ROOT, importtime: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="begleiter-cold-") as name:
        folder = Path(name)
        async with LocalBotApi(TOKEN, bot_username="begleiter_cold_bot") as api:
            env = _environment(api, folder, code)
            first, _, _ = await _one_start(api, folder, env)
            starts = [await _one_start(api, folder, env) for _ in range(runs)]
            times = [seconds for seconds, _, _ in starts]
            report: dict[str, Any] = {
                "runs": runs,
                "first_start_s": round(first, 3),
                "cold_start_median_s": round(statistics.median(times), 3),
                "cold_start_min_s": round(min(times), 3),
                "cold_start_max_s": round(max(times), 3),
                "cpu_to_first_poll_median_s": round(statistics.median(cpu for _, cpu, _ in starts), 3),
            }
            if importtime:
                _, _, stderr = await _one_start(api, folder, env, "-X", "importtime")
                report["slowest_imports_s"] = dict(_slowest_imports(stderr))
    return report


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="timed starts (default 5)")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to start (default this one)")
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports")
    args = parser.parse_args(argv)
    # The bot stopped with SIGINT may leave a long poll half-read: not worth a traceback.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    report = asyncio.run(run(args.runs, args.code.resolve(), args.importtime))
    imports = report.pop("slowest_imports_s", None)
    width = max(len(name) for name in report) + 1
    print("\n".join(f"{name + ':':<{width}} {value}" for name, value in report.items()))
    if imports:
        print("slowest imports (cumulative s):")
        print("\n".join(f"  {seconds:6.3f} {module}" for module, seconds in imports.items()))
        report["slowest_imports_s"] = imports
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
