"""The CSV import benchmark still runs (on a few rows, with the code of this checkout)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "csv_import.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_csv_import", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
async def test_the_benchmark_imports_every_row_and_answers_the_member(tmp_path: Path) -> None:
    result = await load_benchmark()._run(f"sqlite+aiosqlite:///{tmp_path}/bench.db", 50)
    assert result["imported"] == 50 and "failed" not in result
    assert result["updates"] >= 1 and result["failed_updates"] == 0
