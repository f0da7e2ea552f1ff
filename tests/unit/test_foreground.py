"""bot/updates.py's Foreground: whether updates are being handled, and a wait for a quiet moment."""

from __future__ import annotations

import asyncio

from bot.updates import Foreground


async def test_quiet_at_once_when_no_update_is_handled() -> None:
    foreground = Foreground()
    async with asyncio.timeout(1):
        await foreground.quiet(30.0)
    assert foreground.busy == 0


async def test_quiet_once_the_last_update_is_handled() -> None:
    foreground = Foreground()
    foreground.enter()
    foreground.enter()
    waiting = asyncio.create_task(foreground.quiet(30.0))
    await asyncio.sleep(0.01)
    foreground.leave()
    await asyncio.sleep(0.01)
    assert not waiting.done()  # one is still being handled
    foreground.leave()
    async with asyncio.timeout(1):
        await waiting
    assert foreground.busy == 0


async def test_quiet_after_at_most_the_time_given() -> None:
    foreground = Foreground()
    foreground.enter()
    async with asyncio.timeout(5):
        await foreground.quiet(0.02)  # returns, though an update is still being handled
    assert foreground.busy == 1
