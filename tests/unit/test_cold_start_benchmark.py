"""The cold-start benchmark starts the bot as an installed bot would start."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from benchmark_loading import load_benchmark


def test_the_started_bot_may_write_its_bytecode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # With PYTHONDONTWRITEBYTECODE passed on, every timed start compiled the checkout's modules
    # from source again (about 0.5 s of CPU here); `pip install` writes them once.
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:OTHER")
    api = SimpleNamespace(base_url="http://127.0.0.1:1/bot")
    env = load_benchmark("cold_start")._environment(api, tmp_path, tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["TELEGRAM_BOT_TOKEN"] != "1:OTHER" and env["PYTHONPATH"] == str(tmp_path)
