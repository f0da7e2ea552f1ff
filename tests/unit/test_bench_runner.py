"""`./dev.sh bench` (benchmarks/run_all.py): the figures of each benchmark's JSON line in one table."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_loading import load_benchmark

RUNNER = Path(__file__).resolve().parents[2] / "benchmarks" / "run_all.py"


def test_every_benchmark_script_is_run() -> None:
    scripts = {path.stem for path in RUNNER.parent.glob("*.py")} - {"run_all", "bench_support"}
    runner = load_benchmark("run_all")
    assert scripts == {runner.SCRIPT_OF.get(name, name) for name in runner.BENCHMARKS}
    assert set(runner.SCRIPT_OF) <= set(runner.BENCHMARKS)


def test_the_last_json_line_becomes_rows_of_the_table() -> None:
    runner = load_benchmark("run_all")
    output = 'seconds: 1.5\n{"old": 1}\nnot json {\n{"seconds": 1.5, "runs": [1, 2], "outbox": {"sent": 3}, "engine": "sqlite"}\n'
    report = runner.last_json(output)
    assert runner.figures(report) == [("seconds", "1.5"), ("outbox.sent", "3"), ("engine", "sqlite")]
    with pytest.raises(ValueError):
        runner.last_json("no figures here")
    text = runner.table({"charts": (report, 2.0), "broken": ({"failed": "exit 1: boom"}, 0.5)})
    assert "charts    | outbox.sent" in text and "broken    | failed" in text and "exit 1: boom" in text
