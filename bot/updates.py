"""Updates handled concurrently, but each person's in the order they came.

python-telegram-bot handles one update at a time unless told otherwise; with a Bot API round
trip of 50 ms that is a few updates a second for everybody. This processor lets different
chats run in parallel (at most `max_concurrent_updates` at once) while the updates of one chat
wait for each other: a dialogue's next step never overtakes the step before it, and a button
pressed twice is handled twice, one after the other, each in its own unit of work.

An update of a chat that is busy does not take a slot while it waits: it joins that chat's
queue, and the task already working for the chat takes it next. So one chat that sends a
hundred updates holds one slot, not a hundred, and cannot hold up everybody else.

`Foreground` says whether any update is being handled. The outbox's ordinary sends wait for a
moment with none (at most a tenth of a second each time) before they take the event loop: a
person waiting for the answer to what she just did goes first, the coach's copy of a message
a moment later. Measured offline (benchmarks/updates.py, one update at a time on SQLite), the
dispatcher's sends running in the middle of updates made a quarter of them take twice as long.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot import metrics

log = logging.getLogger(__name__)


def order_key(update: object) -> int | None:
    """Whose updates must keep their order: the chat's, or the person's where an update has
    no chat (a button under an inline message); None for updates of nobody in particular."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class Foreground:
    """Whether updates are being handled, for work that can wait for a quiet moment."""

    def __init__(self) -> None:
        self.busy = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    def enter(self) -> None:
        self.busy += 1
        self._quiet.clear()

    def leave(self) -> None:
        self.busy -= 1
        if not self.busy:
            self._quiet.set()

    async def quiet(self, at_most: float) -> None:
        """Return when no update is being handled, or after `at_most` seconds whatever."""
        if self.busy:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(at_most):
                    await self._quiet.wait()


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Different chats in parallel, one chat in order (see the module's text)."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        # The chats being worked on, each with the updates that came for it meanwhile.
        self._queues: dict[int, deque[tuple[object, Awaitable[Any]]]] = {}
        self.foreground = Foreground()

    @property
    def busy_chats(self) -> int:
        return len(self._queues)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = order_key(update)
        waiting = self._queues.get(key) if key is not None else None
        if waiting is not None:  # the chat's task takes it after what it is doing now
            waiting.append((update, coroutine))
            return
        self.foreground.enter()
        try:
            if key is None:
                await self._run(update, coroutine)
            else:
                await self._run_chat(key, update, coroutine)
        finally:
            self.foreground.leave()

    async def _run_chat(self, key: int, update: object, coroutine: Awaitable[Any]) -> None:
        waiting = self._queues[key] = deque()
        try:
            await self._run(update, coroutine)
            while waiting:
                await self._run(*waiting.popleft())
        finally:
            del self._queues[key]
            for _, left in waiting:  # cancelled while shutting down: nothing runs half
                if asyncio.iscoroutine(left):
                    left.close()

    @staticmethod
    async def _run(update: object, coroutine: Awaitable[Any]) -> None:
        # Application.process_update hands handler errors to the error handler itself; whatever
        # still comes through must not stop the chat's later updates. Counted and timed by kind
        # for /metrics (from its start: time waiting behind the chat's earlier updates is not in it).
        started = time.perf_counter()
        try:
            await coroutine
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # its type only: an error's text may quote what someone wrote
            log.error("an update failed outside its handlers: %s", type(exc).__name__)
        finally:
            metrics.observe_update(update, time.perf_counter() - started)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
