"""`./dev.sh bench` (benchmarks/run_all.py): the figures of each benchmark's JSON line in one table."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("name", ["triage_recall", "triage_heldout"])
def test_the_triage_benchmarks_end_with_their_figures(name: str) -> None:
    """They printed only their tables, and `./dev.sh bench` showed "no JSON line in the output"."""
    report, _ = load_benchmark("run_all").run_one(name, [], timeout=300)
    assert "failed" not in report, report
    if name == "triage_recall":
        assert (
            0 < report["flagged"] <= report["sentences"] and report["right_category"] <= report["sentences"]
        )
        assert 0 <= report["false_alarms"] <= report["near_misses"]
    else:
        assert report["dev_sentences"] == report["fresh_sentences"] == 70
        assert 0 <= report["fresh_with_category"] <= 70


def test_the_reply_latency_table_shows_both_runs_not_only_the_last() -> None:
    """reply_latency runs the bot's priorities, then a FIFO baseline: the table read the last
    JSON line, so it showed the baseline's reply p95 (963 ms) as if it were the bot's (35 ms)."""
    benchmark = load_benchmark("reply_latency")
    runner = load_benchmark("run_all")
    reports = [
        benchmark.Report(mode, **dict.fromkeys(benchmark.FIGURES, value), latencies_ms=[value], overtaken=[0])
        for mode, value in (("priorities", 35.0), ("fifo", 963.0))
    ]
    output = benchmark.render(reports) + "\n" + json.dumps(benchmark.summary(reports))
    rows = dict(runner.figures(runner.last_json(output)))
    assert rows["priorities.reply_p95_ms"] == "35" and rows["fifo.reply_p95_ms"] == "963"
    assert not any("latencies" in name or name.split(".")[-1] == "overtaken" for name in rows)
