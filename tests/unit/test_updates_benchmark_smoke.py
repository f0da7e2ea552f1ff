"""The update-handling benchmark still runs: through the real Application every kind of update
in its mix is handled without an error, and the bare Application answers each update once."""

from __future__ import annotations

import gc
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
    # Bot API calls per kind: /help is one message; a check-in button is answered, its question
    # edited and the next one sent.
    assert result.calls_by_kind["/help"] == 1.0 and result.calls_by_kind["check-in button"] >= 2.0
    assert set(result.p50_by_kind) == set(result.kinds) == set(result.calls_by_kind)
    # Measured with the start set aside from the garbage collector, as the bot runs; and given
    # back afterwards, for the rest of this process.
    assert result.frozen_objects > 10_000 and gc.get_freeze_count() == 0


@pytest.mark.slow
async def test_the_bare_application_replies_once_per_update() -> None:
    result = await load_benchmark("updates").run_bare(0, 10, 40, 4)
    assert result.updates == 40 and result.errors == 0 and result.api_calls_per_update == 1.0
    assert result.frozen_objects > 10_000 and gc.get_freeze_count() == 0


@pytest.mark.slow
async def test_the_open_loop_delivers_at_its_rate_without_waiting_for_answers() -> None:
    result = await load_benchmark("updates").run_real("sqlite", 0, 20, 60, 4, False, "", 30.0)
    assert result.updates == 60 and result.errors == 0
    assert result.arrival_rate == 30.0 and result.kept_up is not None and result.max_in_flight >= 1
    assert result.cpu_ms_per_update > 0


def test_arrival_rates_one_for_all_or_per_engine() -> None:
    rates = load_benchmark("updates").arrival_rates
    assert rates("50", ["sqlite", "postgres"]) == {"sqlite": 50.0, "postgres": 50.0}
    assert rates("sqlite=50,postgres=100", ["sqlite"]) == {"sqlite": 50.0}
    with pytest.raises(ValueError):
        rates("sqlite=50", ["sqlite", "postgres"])
