"""Polling with a slow Bot API: two people's updates are handled at the same time, each
person's in order (bot/updates.py)."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest

from bot.models import Role
from devtools.localapi import SimUser

from e2e_support import Live

pytestmark = pytest.mark.e2e

ROUND_TRIP = 0.3  # seconds each sendMessage takes


async def test_two_people_at_once_each_in_order(live: Live) -> None:
    # Two coaches: the outbox sends them nothing of its own meanwhile (a participant would
    # get the weekly check-in, between her replies).
    amina, jonas = SimUser(7301, "Amina", "ar"), SimUser(7302, "Jonas", "de")
    await live.add_member(amina, Role.COACH)
    await live.add_member(jonas, Role.COACH)
    loop = asyncio.get_running_loop()
    spans: list[
        tuple[int, bool, float, float]
    ] = []  # chat, language buttons?, start, end of each sendMessage
    dispatch = live.api._dispatch

    async def slow(method: str, params: Any, files: Any) -> Any:
        start = loop.time()
        if method == "sendMessage":
            await asyncio.sleep(ROUND_TRIP)
        try:
            return await dispatch(method, params, files)
        finally:
            if method == "sendMessage":
                asks = "lang:" in str(params.get("reply_markup"))
                spans.append((int(params["chat_id"]), asks, start, loop.time()))

    live.api._dispatch = slow  # type: ignore[method-assign]
    # Each writes twice: /language asks one question, /privacy shows the notice and the consent.
    for user in (amina, jonas):
        await live.api.send_text(user, "/language")
    for user in (amina, jonas):
        await live.api.send_text(user, "/privacy")
    for _ in range(200):
        if sum(1 for s in spans if s[0] in (amina.id, jonas.id)) >= 6:
            break
        await asyncio.sleep(0.05)
    mine = {user.id: [s for s in spans if s[0] == user.id] for user in (amina, jonas)}
    assert all(len(sent) == 3 for sent in mine.values()), spans
    for sent in mine.values():
        # In the order written: the language question first, the privacy notice after it.
        ordered = sorted(sent, key=lambda s: s[2])
        assert ordered == sorted(sent, key=lambda s: s[3])
        assert all(earlier[3] <= later[2] for earlier, later in itertools.pairwise(ordered)), spans
        assert [s[1] for s in ordered] == [True, False, False]
    # Amina's and Jonas's replies were in flight together.
    assert any(a[2] < j[3] and j[2] < a[3] for a in mine[amina.id] for j in mine[jonas.id]), spans
