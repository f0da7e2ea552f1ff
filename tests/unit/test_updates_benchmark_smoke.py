"""The update-handling benchmark still runs: through the real Application every kind of update
in its mix is handled without an error, and the bare Application answers each update once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "updates.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_updates", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
async def test_the_real_application_handles_the_whole_mix(tmp_path: Path) -> None:
    benchmark = load_benchmark()
    result = await benchmark.run_real("sqlite", 0, 20, 120, 4, False, "")
    assert result.updates == 120 and result.errors == 0
    assert {
        "plain text",
        "appointment button",
        "/checkin",
        "check-in button",
        "practice button",
        "/help",
        "coach /appointments",
    } <= set(result.kinds)
    assert result.sql_per_update > 0 and result.api_calls_per_update >= 1


@pytest.mark.slow
async def test_the_bare_application_replies_once_per_update() -> None:
    result = await load_benchmark().run_bare(0, 10, 40, 4)
    assert result.updates == 40 and result.errors == 0 and result.api_calls_per_update == 1.0
