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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from aiolimiter import AsyncLimiter
from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

MAX_CHATS_TRACKED = 2048
# Different chats answered 429 within the window: the overall limit, pause everything. Going
# over 30/s makes nearly every send answer 429; a few chats' own 429s are not that (measured
# with 3% random 429s: 3 chats in 2 s paused everything 8 times in 40 s, a third of the time).
FLOOD_WINDOW = 1.0  # seconds
FLOOD_CHATS = 5


@dataclass(frozen=True)
class Paced:
    """rate_limit_args for a message the bot sends on its own: one per second per chat; a 429
    is raised to the caller (the dispatcher), not retried here."""


PACED = Paced()


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
        super().__init__(
            overall_max_rate=1,
            overall_time_period=1 / overall_max_rate,
            group_max_rate=group_max_rate,
            group_time_period=60,
            max_retries=max_retries,
        )
        self._private_burst = private_chat_burst
        self._private_period = private_chat_period
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
                )
        except RetryAfter as exc:
            self._flooded(chat_id, exc.retry_after)
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
