"""The reminder benchmark still runs, and loses or repeats nothing (on a few rows only)."""

from __future__ import annotations

import pytest
from benchmark_loading import load_benchmark


@pytest.mark.slow
async def test_benchmark_sends_every_reminder_once() -> None:
    report = await load_benchmark("reminders").run(count=50)
    assert report.lost_rows == 0
    assert report.duplicated_rows == 0
    assert report.messages == 50 and report.outbox == {"sent": 50}
    assert report.status_mismatches == 0
