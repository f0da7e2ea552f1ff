"""The reminder benchmark still runs, and loses or repeats nothing (on a few rows only)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "reminders.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_reminders", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
async def test_benchmark_sends_every_reminder_once() -> None:
    report = await load_benchmark().run(count=50)
    assert report.lost_rows == 0
    assert report.duplicated_rows == 0
    assert report.messages == 50 and report.outbox == {"sent": 50}
    assert report.status_mismatches == 0
