"""The one rate limiter in front of the Bot API.

PTB's AIORateLimiter holds the overall limit (30 requests/s) and the group limit (20 per
minute per group) and honours RetryAfter by pausing every request and retrying; a 429 means
Telegram did not deliver, so such a retry never sends a message twice. For the outbox's
messages (PACED) a 429 is not retried here and pauses nothing by itself: the dispatcher
pauses that one chat and sends the row again after `retry_after`. Only 429s for several
chats within a short window (FLOOD_CHATS within FLOOD_WINDOW seconds: the overall limit,
not one chat's) pause every request for the longest retry_after. It has no limit per
private chat, which Telegram asks for (about one message per second, short bursts allowed):
this adds a small leaky bucket per private chat in front of it, for the messages the bot
sends on its own (the outbox passes `rate_limit_args=PACED`). Replies to what a person just
did are paced by that person and are not held back: measured in the appointment end-to-end
test, pacing replies too made a six-step chat dialogue take 9.2 s instead of 0.6 s.

The overall slots (28 a second, evenly spaced) are handed out by priority (`PriorityGate`):
each slot goes to the most urgent request waiting for one, so a reply to what a person just
did waits at most about one slot (36 ms) behind a bulk send, not behind every queued bulk
message; outbox rows follow by their Priority (crisis, alerts, ..., broadcasts last), and
requests of one priority go in the order they came.

A request that Telegram did not count gives its slot back (`PriorityGate.refund`): one that
never reached it (no connection could be made, nothing written) and one it answered with a
5xx (Telegram's limits count messages sent, and a 5xx says the message was not sent; the
dispatcher relies on the same reading when it counts a 5xx as not ambiguous). A 429 keeps its
slot (Telegram says the bot is going too fast), and so does a request whose answer was lost
(a timeout, a dropped connection): Telegram may have counted and sent it. Measured with issue
15's fault mix (benchmarks/faults.py), the failed requests' slots had capped delivery near 78%
of the fault-free rate, however quickly the dispatcher retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram._utils.types import JSONDict
from telegram.error import NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter

from bot.budget import SendBudget
from bot.request import NOT_CONNECTED

log = logging.getLogger(__name__)

MAX_CHATS_TRACKED = 2048
# Different chats answered 429 within the window: the overall limit, pause everything. Going
# over 30/s makes nearly every send answer 429; a few chats' own 429s are not that (measured
# with 3% random 429s: 3 chats in 2 s paused everything 8 times in 40 s, a third of the time).
FLOOD_WINDOW = 1.0  # seconds
FLOOD_CHATS = 5
# Slot order: lower goes first. Replies to a person's own action come before every outbox row;
# outbox rows pass their Priority (bot/models/outbox.py: CRISIS 0 ... BROADCAST 50).
REPLY = -10
BULK = 50  # a Paced request that names no priority (Priority.BROADCAST)
# How late a slot may be granted against its even spacing and still keep the schedule: the
# event loop wakes timers a few ms late, and without it 28/s became about 27/s under load. It
# lets at most one extra message into any one second (29 < Telegram's 30).
SLOT_TOLERANCE = 0.5  # of one slot's interval


@dataclass(frozen=True)
class Paced:
    """rate_limit_args for a message the bot sends on its own: one per second per chat; a 429
    is raised to the caller (the dispatcher), not retried here. `priority` orders its wait for
    an overall slot (the outbox row's Priority; lower first)."""

    priority: int = field(default=BULK)
    # The deployment's shared budget (bot/budget.py, several processes): its slot is taken
    # after this process's own overall slot, right before the request, so that no wait in
    # between moves the send away from its slot and next to another process's sends.
    budget: SendBudget | None = field(default=None, compare=False)


PACED = Paced()


class PriorityGate:
    """Evenly spaced slots, `rate` a second, each granted to the most urgent waiter.

    A virtual schedule (GCRA): `_due` is when the next slot is due; a slot may be granted
    from `tolerance` seconds before that, and each grant moves `_due` on by one interval, so
    over any stretch of time no more than rate x seconds + 1 slots are granted. While
    `ready` is not set (a pause after 429s), no slot is granted at all: the waiters go on
    after it in their order, at the even pace, not as a burst.
    """

    def __init__(
        self, rate: float, *, ready: asyncio.Event | None = None, tolerance: float = SLOT_TOLERANCE
    ) -> None:
        self.interval = 1 / rate
        self._tolerance = tolerance * self.interval
        self._ready = ready
        self._due = float("-inf")
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        self.granted = 0
        self.refunded = 0

    @property
    def waiting(self) -> int:
        return sum(1 for _, _, future in self._waiters if not future.done())

    def _open(self, now: float) -> bool:
        return now >= self._due - self._tolerance and (self._ready is None or self._ready.is_set())

    def _grant(self, now: float) -> None:
        self._due = max(self._due, now) + self.interval
        self.granted += 1

    async def acquire(self, priority: int) -> None:
        loop = asyncio.get_running_loop()
        if not self._waiters and self._open(loop.time()):
            self._grant(loop.time())
            return
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), future))
        self._wake()
        try:
            await future
        except asyncio.CancelledError:
            # Not granted: the next waiter may have its turn. Granted, then cancelled before
            # it could be used: that slot is spent, as an unused slot would be.
            self._wake()
            raise

    def refund(self) -> None:
        """Give one granted slot back: its request was not counted by Telegram. The schedule
        moves back by one interval, so the requests that did count still keep the rate."""
        self._due -= self.interval
        self.refunded += 1
        self._wake()

    def _wake(self) -> None:
        """Grant the slot that is due to the best waiter, or set a timer for the next one."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        heap = self._waiters
        while heap and heap[0][2].done():
            heapq.heappop(heap)
        if not heap:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        if self._open(now):
            _, _, future = heapq.heappop(heap)
            self._grant(now)
            future.set_result(None)
            if heap:
                self._timer = loop.call_at(self._due - self._tolerance, self._wake)
        elif self._ready is not None and not self._ready.is_set():
            self._timer = loop.call_later(0.05, self._wake)  # paused: look again soon
        else:
            self._timer = loop.call_at(self._due - self._tolerance, self._wake)


class BotApiRateLimiter(AIORateLimiter):
    def __init__(
        self,
        *,
        overall_max_rate: float = 28,
        group_max_rate: float = 20,
        private_chat_burst: float = 3,
        private_chat_period: float = 3,
        max_retries: int = 3,
    ) -> None:
        # Evenly spaced, no burst: a burst of 30 after every pause made Telegram-like limits
        # answer 429 (measured: 22 msgs/s with 1,384 429s for 10,000 reminders; spaced at
        # 28/s there were none). See benchmarks/reminders.py.
        # The overall limit is the PriorityGate, not PTB's AsyncLimiter (overall_max_rate=0).
        super().__init__(
            overall_max_rate=0,
            overall_time_period=0,
            group_max_rate=group_max_rate,
            group_time_period=60,
            max_retries=max_retries,
        )
        self._private_burst = private_chat_burst
        self._private_period = private_chat_period
        self.gate = PriorityGate(overall_max_rate, ready=self._retry_after_event)
        self._private: dict[int, AsyncLimiter] = {}
        self._floods: deque[tuple[float, Any, float]] = deque()  # (when, chat id, retry_after)
        self.global_pauses = 0

    def _private_limiter(self, chat_id: int) -> AsyncLimiter:
        if len(self._private) > MAX_CHATS_TRACKED:
            # Forget idle chats (a full bucket means nothing is waiting on it).
            for key, limiter in list(self._private.items()):
                if limiter.has_capacity(self._private_burst):
                    del self._private[key]
        if chat_id not in self._private:
            self._private[chat_id] = AsyncLimiter(self._private_burst, self._private_period)
        return self._private[chat_id]

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | Paced | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if not isinstance(rate_limit_args, Paced):
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        chat_id: Any = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else False
        private = self._private_limiter(chat_id) if isinstance(chat_id, int) and chat_id > 0 else None
        try:
            async with private or contextlib.nullcontext():
                # Once, through the overall and group limits (and any overall pause).
                return await self._run_request(
                    chat=chat_id is not None,
                    group=group,
                    allow_paid_broadcast=False,
                    callback=callback,
                    args=args,
                    kwargs=kwargs,
                    priority=rate_limit_args.priority,
                    budget=rate_limit_args.budget,
                )
        except RetryAfter as exc:
            self._flooded(chat_id, exc.retry_after)
            raise

    async def _run_request(
        self,
        chat: bool,
        group: str | int | bool,
        allow_paid_broadcast: bool,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        priority: int = REPLY,  # PTB's own retry loop (replies) passes none
        budget: SendBudget | None = None,
    ) -> bool | JSONDict | list[JSONDict]:
        """PTB's, with the overall slot taken from the PriorityGate: through the group limit,
        then an overall slot by priority (requests to a chat only), then any pause."""
        if allow_paid_broadcast or not chat:
            return await super()._run_request(chat, group, allow_paid_broadcast, callback, args, kwargs)
        group_limit = (
            self._get_group_limiter(group) if group and self._group_max_rate else contextlib.nullcontext()
        )
        async with group_limit:
            await self.gate.acquire(priority)
            await self._retry_after_event.wait()
            if budget is not None:
                await budget.take()
            try:
                return await callback(*args, **kwargs)
            except NetworkError as exc:
                if not_counted(exc):
                    self.gate.refund()
                raise

    def _flooded(self, chat_id: Any, retry_after: Any) -> None:
        """Pause every request only when several chats were answered 429 lately."""
        seconds = retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)
        now = time.monotonic()
        self._floods.append((now, chat_id, seconds))
        while self._floods and self._floods[0][0] < now - FLOOD_WINDOW:
            self._floods.popleft()
        if len({chat for _, chat, _ in self._floods}) < FLOOD_CHATS:
            return
        pause = max(wait for _, _, wait in self._floods)
        self._floods.clear()
        self.global_pauses += 1
        log.warning("429 for several chats at once: pausing all sends for %.1f s", pause)
        self._retry_after_event.clear()
        asyncio.get_running_loop().call_later(pause, self._retry_after_event.set)


def not_counted(exc: NetworkError) -> bool:
    """Whether Telegram cannot have counted this failed request against its limits: no
    connection was made (nothing was written), or it answered with an HTTP error of its own
    (a 5xx: PTB raises NetworkError without a cause, or from the error parsing a body that is
    not JSON, such as a proxy's HTML page). A timeout or a connection lost after the request
    was written may have been counted, and is not this."""
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, TimedOut):
        return isinstance(cause, (*NOT_CONNECTED, httpx.PoolTimeout))
    return cause is None or isinstance(cause, (TelegramError, *NOT_CONNECTED))
