"""The reminder benchmark still runs, and loses or repeats nothing (on a few rows only)."""

from __future__ import annotations

import pytest
from benchmark_loading import load_benchmark

from devtools.localapi.faults import FaultPolicy


@pytest.mark.slow
async def test_benchmark_sends_every_reminder_once() -> None:
    report = await load_benchmark("reminders").run(count=50)
    assert report.lost_rows == 0
    assert report.duplicated_rows == 0
    assert report.messages == 50 and report.outbox == {"sent": 50}
    assert report.status_mismatches == 0


@pytest.mark.slow
async def test_benchmark_waits_for_rows_that_a_429_or_a_5xx_put_back() -> None:
    # drain() ends at the first tick that claims nothing; a row the server refused is pending
    # again a moment ahead. The benchmark waits for it instead of counting it lost.
    faults = FaultPolicy(server_error=0.2, too_many=0.2, retry_after=(1, 1), seed=3)
    report = await load_benchmark("reminders").run(count=20, faults=faults)
    assert faults.injected["too_many"] and faults.injected["server_error"]
    assert report.lost_rows == 0 and report.duplicated_rows == 0
    assert report.outbox == {"sent": 20}
