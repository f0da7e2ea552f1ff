"""Button data that no keyboard of the bot carries (found by tests/fuzz/): told it is stale, no error."""

from __future__ import annotations

import pytest

from harness import Harness
from seed import Cast

STALE = "Diese Schaltfläche gilt nicht mehr."


@pytest.mark.parametrize("data", ["apa:yes:\ud800", "\udfff", "lang:\x00de"])
async def test_button_data_that_is_no_text_is_stale(harness: Harness, cast: Cast, data: str) -> None:
    # A lone surrogate cannot even be encoded as UTF-8: parsing it once raised UnicodeEncodeError
    # and the person got the error apology instead of an answer.
    replies = await harness.press(cast.participant, data)
    assert len(replies) == 1 and replies[0].startswith(STALE)
