"""The practice planning benchmark still runs: it plans prompts, and a second call plans none."""

from __future__ import annotations

import pytest
from benchmark_loading import load_benchmark


@pytest.mark.slow
async def test_practice_benchmark_plans_once() -> None:
    report = await load_benchmark("practice_planning").run(participants=200, repeats=1)
    assert report.rows_planned > 0
    assert report.second_call_rows == 0
    assert report.nudges_planned > 0  # the back-off path ran
    assert report.participants == 200
