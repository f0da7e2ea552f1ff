"""`python -m bot` and the `begleiter` script start with the cyclic garbage collector off
(bot/entry.py): each command turns it back on, `run` once its Application is built, and what
the start made is set aside."""

from __future__ import annotations

import gc
import logging
import weakref
from collections.abc import Iterator
from types import SimpleNamespace
from typing import cast

import pytest

import bot.cli
from bot import entry
from bot.app import _warm_up, resume_collection, settle_heap
from bot.cli import main
from bot.deps import Deps


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_command_line_is_reached_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def command_line(argv: list[str] | None = None) -> int:
        seen.append(gc.isenabled())
        gc.enable()
        return 0

    monkeypatch.setattr(bot.cli, "main", command_line)
    try:
        assert entry.main(["run"]) == 0
    finally:
        gc.enable()
    assert seen == [False]


@pytest.mark.usefixtures("collector_off", "restore_logging")
def test_a_command_runs_with_the_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keygen"]) == 0
    assert gc.isenabled()
    assert capsys.readouterr().out.strip()


@pytest.mark.usefixtures("collector_off")
def test_run_sets_the_start_aside_and_the_warm_up_frees_its_garbage(caplog: pytest.LogCaptureFixture) -> None:
    made_while_starting = weakref.ref(Node())
    with caplog.at_level(logging.INFO, logger="bot.app"):
        resume_collection()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert any(record.getMessage().startswith("built with") for record in caplog.records)
    made_later = weakref.ref(Node())
    gc.collect()  # walks what is new, not what the start made
    assert made_later() is None
    assert made_while_starting() is not None
    settle_heap()
    assert made_while_starting() is None, "the start's garbage is freed once the bot has started"


def test_where_the_collector_was_on_nothing_changes() -> None:
    resume_collection()
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_off")
async def test_a_failed_warm_up_still_frees_the_start_garbage() -> None:
    async def unreadable_models() -> None:
        raise PermissionError("models")

    made_while_starting = weakref.ref(Node())
    resume_collection()
    deps = cast(Deps, SimpleNamespace(mt=SimpleNamespace(warm_up=unreadable_models)))
    with pytest.raises(PermissionError):
        await _warm_up(deps, settle=True)
    assert made_while_starting() is None
