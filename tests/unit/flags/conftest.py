"""The flag rules of content/, loaded once per test module."""

from __future__ import annotations

import pytest

from bot.services.flags import FlagRules
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def rules() -> FlagRules:
    return FlagRules.load(PROJECT_ROOT / "content")
