"""The practice planning benchmark still runs: it plans prompts, and a second call plans none."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "practice_planning.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_practice_planning", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
async def test_practice_benchmark_plans_once() -> None:
    report = await load_benchmark().run(participants=200, repeats=1)
    assert report.rows_planned > 0
    assert report.second_call_rows == 0
    assert report.nudges_planned > 0  # the back-off path ran
    assert report.participants == 200
