"""`./dev.sh bench` (benchmarks/run_all.py): the figures of each benchmark's JSON line in one table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

RUNNER = Path(__file__).resolve().parents[2] / "benchmarks" / "run_all.py"


def load_runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run_all", RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_benchmark_script_is_run() -> None:
    scripts = {path.stem for path in RUNNER.parent.glob("*.py")} - {"run_all", "bench_support"}
    assert scripts == set(load_runner().BENCHMARKS)


def test_the_last_json_line_becomes_rows_of_the_table() -> None:
    runner = load_runner()
    output = 'seconds: 1.5\n{"old": 1}\nnot json {\n{"seconds": 1.5, "runs": [1, 2], "outbox": {"sent": 3}, "engine": "sqlite"}\n'
    report = runner.last_json(output)
    assert runner.figures(report) == [("seconds", "1.5"), ("outbox.sent", "3"), ("engine", "sqlite")]
    with pytest.raises(ValueError):
        runner.last_json("no figures here")
    text = runner.table({"charts": (report, 2.0), "broken": ({"failed": "exit 1: boom"}, 0.5)})
    assert "charts    | outbox.sent" in text and "broken    | failed" in text and "exit 1: boom" in text
