"""Fixtures for handler tests."""

from __future__ import annotations

import pytest

from harness import Harness
from seed import Cast, make_cast


@pytest.fixture
async def cast(harness: Harness) -> Cast:
    return await make_cast(harness)
