"""Fixtures for handler tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import Harness
from seed import Cast, deps_of, make_cast


@pytest.fixture
async def cast(harness: Harness) -> Cast:
    return await make_cast(harness)


@pytest.fixture
async def mt(mt_packages: Path, harness: Harness) -> None:
    """The demo translation models for the harness's translator, which is shared by the
    whole process and may have read the package folder before they were installed."""
    deps_of(harness).mt.reload()
