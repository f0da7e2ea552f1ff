"""The CSV import benchmark still runs (on a few rows, with the code of this checkout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_loading import load_benchmark


@pytest.mark.slow
async def test_the_benchmark_imports_every_row_and_answers_the_member(tmp_path: Path) -> None:
    result = await load_benchmark("csv_import")._run(f"sqlite+aiosqlite:///{tmp_path}/bench.db", 50)
    assert result["imported"] == 50 and "failed" not in result
    assert result["updates"] >= 1 and result["failed_updates"] == 0
