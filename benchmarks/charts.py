"""Benchmark: draw the bot's pictures (bot/charts.py) for a 90-day series.

    .venv/bin/python benchmarks/charts.py [--days 90] [--repeats 20] [--threads 2]

Two pictures from made-up but steady data (a fixed random seed): the practice chart with one
bar per day for `--days` days (right and wrong answers, some days without practice), and the
mood chart with the weekly mean of those days (about 13 weeks, some without an answer). The
first drawing is timed apart (`first_seconds`: it imports matplotlib and loads the font); then
each picture is drawn `--repeats` times, and `median_seconds`/`max_seconds` are of those
(drawn anew each time: draw_progress_chart, draw_mood_chart; what the bot calls keeps the
last pictures by their figures, and `cached_median_seconds` is such a call again).
`parallel_seconds` is the wall time of `--repeats` drawings of both pictures spread over
`--threads` worker threads, as the bot draws them (asyncio.to_thread): matplotlib holds the
GIL for most of its work, so this shows what several coaches opening cards at once cost.
`median_cpu_seconds` counts this process's CPU time only, which other work on a busy
machine sways less than the wall time. `png_bytes` is the size of the picture sent; Telegram
takes photos up to 10 MB.
"""

from __future__ import annotations

import os
import sys

# bot/ is imported from the checkout, like the other benchmarks.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date
from functools import partial
from typing import Any

from bot import charts

TODAY = date(2026, 12, 3)


@dataclass
class Picture:
    name: str
    points: int
    width: int
    height: int
    png_bytes: int
    median_seconds: float
    max_seconds: float
    median_cpu_seconds: float  # this process's CPU time: less swayed by other work on the machine


@dataclass
class Report:
    days: int
    repeats: int
    first_seconds: float
    pictures: list[Picture]
    threads: int
    parallel_seconds: float  # wall time of `repeats` drawings of each picture over `threads` threads
    cached_median_seconds: float  # progress_chart() again with the same figures (from its cache)


def series(days: int, seed: int = 10) -> tuple[list[tuple[int, int]], list[float | None]]:
    """Daily (right, wrong) answers and the weekly mean mood over the same days."""
    rng = random.Random(seed)
    practice = []
    for _ in range(days):
        if rng.random() < 0.3:
            practice.append((0, 0))
        else:
            total = rng.randint(3, 12)
            right = rng.randint(total // 2, total)
            practice.append((right, total - right))
    weeks = -(-days // 7)
    moods: list[float | None] = [
        None if rng.random() < 0.25 else round(rng.uniform(1, 5), 2) for _ in range(weeks)
    ]
    return practice, moods


def timed(draw: Callable[[], bytes]) -> tuple[float, float, bytes]:
    start, cpu = time.perf_counter(), time.process_time()
    picture = draw()
    return time.perf_counter() - start, time.process_time() - cpu, picture


def size_of(picture: bytes) -> tuple[int, int]:
    assert picture[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(picture[16:20], "big"), int.from_bytes(picture[20:24], "big")


def run(days: int, repeats: int, threads: int) -> Report:
    practice, moods = series(days)
    draws: dict[str, tuple[int, Callable[[], bytes]]] = {
        "progress": (
            days,
            lambda: charts.draw_progress_chart(practice, last_day=TODAY, level="A2", streak=4),
        ),
        "mood": (len(moods), lambda: charts.draw_mood_chart(moods, last_week=TODAY, name="Amina")),
    }
    first, _, _ = timed(draws["progress"][1])
    pictures = []
    for name, (points, draw) in draws.items():
        seconds, cpu_seconds = [], []
        picture = b""
        for _ in range(repeats):
            took, cpu, picture = timed(draw)
            seconds.append(took)
            cpu_seconds.append(cpu)
        width, height = size_of(picture)
        pictures.append(
            Picture(
                name=name,
                points=points,
                width=width,
                height=height,
                png_bytes=len(picture),
                median_seconds=round(statistics.median(seconds), 4),
                max_seconds=round(max(seconds), 4),
                median_cpu_seconds=round(statistics.median(cpu_seconds), 4),
            )
        )
    jobs = [draw for _, draw in draws.values()] * repeats
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda draw: draw(), jobs))
    parallel = time.perf_counter() - start
    charts.progress_chart(practice, last_day=TODAY, level="A2", streak=4)  # drawn, then kept
    again = partial(charts.progress_chart, practice, last_day=TODAY, level="A2", streak=4)
    cached = [timed(again)[0] for _ in range(repeats)]
    return Report(
        days=days,
        repeats=repeats,
        first_seconds=round(first, 3),
        pictures=pictures,
        threads=threads,
        parallel_seconds=round(parallel, 3),
        cached_median_seconds=round(statistics.median(cached), 6),
    )


def render(report: Report) -> str:
    lines = [
        f"charts: a {report.days}-day series, {report.repeats} drawings each "
        f"(first drawing, with the import: {report.first_seconds:.2f} s)"
    ]
    for p in report.pictures:
        lines.append(
            f"  {p.name:<8} {p.points:>3} points  {p.width}x{p.height}  {p.png_bytes / 1024:6.1f} KiB  "
            f"median {p.median_seconds * 1000:6.1f} ms (CPU {p.median_cpu_seconds * 1000:6.1f} ms)  "
            f"max {p.max_seconds * 1000:6.1f} ms"
        )
    lines.append(
        f"  {report.repeats} of each over {report.threads} threads: {report.parallel_seconds:.2f} s wall"
    )
    lines.append(f"  progress again, same figures (cached): {report.cached_median_seconds * 1000:.3f} ms")
    lines.append(json.dumps(asdict(report)))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    report = run(args.days, args.repeats, args.threads)
    print(render(report))
    return asdict(report)


if __name__ == "__main__":
    main()
