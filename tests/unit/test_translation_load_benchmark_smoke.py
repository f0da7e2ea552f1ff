"""The translation-load benchmark still runs: one update without translations, one while a
broadcast's translation runs (as its own process: it sets argostranslate up for itself)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "benchmarks" / "translation_load.py"


@pytest.mark.slow
def test_the_benchmark_measures_updates_with_and_without_translations() -> None:
    arguments = ["--updates", "2", "--rounds", "1", "--cost", "1", "--sentences", "1", "--languages", "2"]
    finished = subprocess.run(
        [sys.executable, str(BENCHMARK), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["updates_quiet"] == 1 and report["updates_busy"] == 1
    assert report["busy_updates_sent_while_a_model_ran"] == 1
    assert report["translations_made"] >= 1 and report["languages"] == 2
