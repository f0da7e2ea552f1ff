"""Telegram's flood limits for sending, which the local server can enforce with HTTP 429."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from devtools.localapi.state import MESSAGE_METHODS

# Methods that put a message into a chat; Telegram's flood limits count these.
SENDING_METHODS = MESSAGE_METHODS


class FloodControl:
    """At most `overall` messages in any one second across all chats; per private chat a bucket
    of `chat_burst` messages refilling at `chat_rate` per second (one a second, short bursts
    tolerated); per group (negative chat id) at most `group_per_minute` in any 60 seconds.
    Only messages let through count; a refused one costs nothing."""

    def __init__(
        self,
        *,
        overall: int = 30,
        chat_rate: float = 1.0,
        chat_burst: float = 3.0,
        group_per_minute: int = 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.overall = overall
        self.chat_rate = chat_rate
        self.chat_burst = chat_burst
        self.group_per_minute = group_per_minute
        self.clock = clock
        self._recent: deque[float] = deque()  # when the messages of the last second went out
        self._chats: dict[int, tuple[float, float]] = {}  # chat id -> (tokens, when counted)
        self._groups: dict[int, deque[float]] = {}  # group id -> when its last minute's messages went

    def admit(self, chat_id: object) -> int | None:
        """None if a message to chat_id may go now (it is counted), else retry_after seconds."""
        now = self.clock()
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        wait = self._recent[0] + 1.0 - now if len(self._recent) >= self.overall else 0.0
        tokens = self.chat_burst
        group: deque[float] | None = None
        if isinstance(chat_id, int) and chat_id < 0:
            group = self._groups.setdefault(chat_id, deque())
            while group and group[0] <= now - 60.0:
                group.popleft()
            if len(group) >= self.group_per_minute:
                wait = max(wait, group[0] + 60.0 - now)
        elif isinstance(chat_id, int):
            tokens, then = self._chats.get(chat_id, (self.chat_burst, now))
            tokens = min(self.chat_burst, tokens + (now - then) * self.chat_rate)
            if tokens < 1:
                wait = max(wait, (1 - tokens) / self.chat_rate)
        if wait > 0:
            return max(1, math.ceil(wait))
        self._recent.append(now)
        if group is not None:
            group.append(now)
        elif isinstance(chat_id, int):
            self._chats[chat_id] = (tokens - 1, now)
        return None
