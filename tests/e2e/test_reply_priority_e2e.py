"""A person's reply goes before the bulk rows queued in the rate limiter (issue 13): the real bot
polls the limits-enforcing local Bot API server while the dispatcher sends a bulk send, and a
person sends /help meanwhile. Counted on the server's record: the bulk messages stored between
the person's message and the answer. With the slots first come first served (as before), the
answer waited behind the queue of about 30 claimed rows; with priorities it takes the next slot,
so only the messages sent while the update is polled and handled come between."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "reply_latency.py"


def load_benchmark() -> ModuleType:
    sys.path.insert(0, str(BENCHMARK.parent))  # its helpers (bench_support, reminders)
    spec = importlib.util.spec_from_file_location("benchmark_reply_latency", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.mark.e2e
@pytest.mark.slow
async def test_a_reply_during_a_bulk_send_goes_before_the_queued_bulk_rows() -> None:
    bench = load_benchmark()
    report = await bench.run(200, 4, 0.3, "priorities")
    print(bench.render([report]))
    assert report.replies == 4
    assert report.bulk_delivered == 200  # the bulk send is not starved either
    # The dispatcher keeps 30 rows claimed; first come first served, most of them went first.
    assert max(report.overtaken) <= 10
