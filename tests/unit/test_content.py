"""Content: catalogues, decks, questionnaires and flag rules, read once per folder and reached through deps."""

from __future__ import annotations

import dataclasses
import os

import pytest

from bot.app import build_deps
from bot.checkin_content import CheckinContent
from bot.content import Content
from bot.decks import Decks
from bot.i18n import Catalogue
from bot.services.flags import FlagRules
from bot.settings import PROJECT_ROOT

from harness import make_settings

CONTENT = PROJECT_ROOT / "content"


def test_content_holds_every_part_and_is_frozen() -> None:
    content = Content.load(CONTENT)
    assert isinstance(content.catalogue, Catalogue)
    assert isinstance(content.decks, Decks)
    assert isinstance(content.checkins, CheckinContent)
    assert isinstance(content.flags, FlagRules)
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.decks = content.decks  # type: ignore[misc]


def test_content_is_read_once_per_folder_however_it_is_spelled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT_ROOT)
    relative = Content.load(CONTENT.relative_to(PROJECT_ROOT))
    assert relative is Content.load(CONTENT)
    assert Content.load(CONTENT / "decks" / os.pardir) is relative


async def test_deps_reach_each_part_of_the_content(sqlite_url: str) -> None:
    deps = build_deps(make_settings(sqlite_url))
    try:
        assert deps.content is Content.load(deps.settings.content_dir)
        assert deps.catalogue is deps.content.catalogue
        assert deps.decks is deps.content.decks
        assert deps.checkins is deps.content.checkins
        assert deps.flags is deps.content.flags
    finally:
        await deps.engine.dispose()
