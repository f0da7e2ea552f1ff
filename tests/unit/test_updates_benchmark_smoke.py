"""The update-handling benchmark still runs: through the real Application every kind of update
in its mix is handled without an error, and the bare Application answers each update once."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_loading import load_benchmark


@pytest.mark.slow
async def test_the_real_application_handles_the_whole_mix(tmp_path: Path) -> None:
    benchmark = load_benchmark("updates")
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
    result = await load_benchmark("updates").run_bare(0, 10, 40, 4)
    assert result.updates == 40 and result.errors == 0 and result.api_calls_per_update == 1.0
