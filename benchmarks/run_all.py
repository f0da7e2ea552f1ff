"""Every benchmark in benchmarks/, one after another, and one table of their figures.

    ./dev.sh bench [--quick] [--only NAME[,NAME...]] [--timeout SECONDS]
    .venv/bin/python benchmarks/run_all.py [--quick] ...

Each benchmark runs as its own process (its memory figures and event loop are its own), with
the parameters below: the defaults, or with `--quick` smaller ones meant to finish all of
them in under three minutes on an idle two-core machine. Each script prints its figures as
it does when run by hand and ends with one JSON line; that line is collected, and the
numbers and short texts in it become rows of the table (lists are left out). A benchmark
that fails or takes longer than `--timeout` gets a row saying so, and the others still run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# name → (arguments for the full run, arguments for --quick)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "cold_start": ([], ["--runs", "3"]),
    "charts": ([], ["--repeats", "5"]),
    "practice_planning": ([], ["--quick", "--repeats", "1"]),
    "reminders": ([], ["--count", "300"]),
    "alert_latency": ([], ["--reminders", "300", "--alerts", "5", "--every", "1"]),
    "stranger_flood": ([], ["--strangers", "100", "--each", "5", "--seconds", "3"]),
    "csv_import": ([], ["--rows", "1000", "--engines", "sqlite"]),
    "faults": ([], ["--count", "300", "--baseline", "150"]),
    "reply_latency": ([], ["--recipients", "300", "--replies", "10"]),
    "broadcast": ([], ["--recipients", "300", "--alerts", "5"]),
    "translation_load": ([], ["--updates", "12", "--rounds", "2", "--cost", "0.2"]),
    "multiprocess": ([], ["--rows", "300", "--processes", "1,2"]),
    "updates": ([], ["--quick"]),
    # The same script in its open loop, at the targets with a 50 ms round trip: updates
    # arrive at 50/s (SQLite) and 100/s (PostgreSQL) whether or not the bot keeps up.
    "updates_open": (
        ["--rtt", "50", "--arrival-rate", "sqlite=50,postgres=100"],
        ["--quick", "--rtt", "50", "--arrival-rate", "sqlite=50,postgres=100"],
    ),
    "langid": ([], ["--repeats", "20"]),
    "triage_recall": ([], []),
    "triage_heldout": ([], []),
    "indexes": ([], ["--quick"]),
}
# Rows above whose name is not their script's.
SCRIPT_OF = {"updates_open": "updates"}


def last_json(output: str) -> dict[str, Any]:
    """The last line of the output that is a JSON object."""
    for line in reversed(output.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                found = json.loads(line)
            except ValueError:
                continue
            if isinstance(found, dict):
                return found
    raise ValueError("no JSON line in the output")


def figures(report: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """The report's scalar figures as (name, text), nested mappings flattened with dots."""
    rows: list[tuple[str, str]] = []
    for name, value in report.items():
        if isinstance(value, dict):
            rows += figures(value, f"{prefix}{name}.")
        elif isinstance(value, float):
            rows.append((prefix + name, f"{value:g}"))
        elif isinstance(value, int | str | bool) and len(str(value)) <= 60:
            rows.append((prefix + name, str(value)))
    return rows


def run_one(name: str, arguments: list[str], timeout: float) -> tuple[dict[str, Any], float]:
    """The benchmark's figures (or {"failed": why}) and the seconds it took; its own output
    goes to this process's stdout as it comes."""
    command = [sys.executable, str(HERE / f"{SCRIPT_OF.get(name, name)}.py"), *arguments]
    print(f"\n== {name} {' '.join(arguments)}", flush=True)
    started = time.perf_counter()
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, cwd=HERE.parent
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"did not finish in {timeout:.0f} s"}, time.perf_counter() - started
    took = time.perf_counter() - started
    print(finished.stdout, end="", flush=True)
    if finished.returncode != 0:
        last = (finished.stderr.strip().splitlines() or ["no output"])[-1]
        return {"failed": f"exit {finished.returncode}: {last[:120]}"}, took
    try:
        return last_json(finished.stdout), took
    except ValueError as exc:
        return {"failed": str(exc)}, took


def table(results: dict[str, tuple[dict[str, Any], float]]) -> str:
    rows = [("benchmark", "figure", "value")]
    for name, (report, took) in results.items():
        rows += [(name, figure, value) for figure, value in figures(report)]
        rows.append((name, "(wall seconds of the whole benchmark)", f"{took:.1f}"))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller runs: all in under three minutes")
    parser.add_argument("--only", help="comma-separated names, e.g. cold_start,charts")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds for one benchmark")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    started = time.perf_counter()
    results = {name: run_one(name, BENCHMARKS[name][1 if args.quick else 0], args.timeout) for name in names}
    took = time.perf_counter() - started
    print(f"\n{'quick' if args.quick else 'full'} run, {os.cpu_count()} cores, {took:.0f} s")
    print(table(results))
    return {name: report for name, (report, _) in results.items()}


if __name__ == "__main__":
    main()
