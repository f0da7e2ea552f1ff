"""How much the bot says to people nobody invited: at most one reply per chat in a while, and
a small number per minute for all of them together.

A flood of `/start <random>` from many strangers otherwise gets a reply each, and those replies
take the send budget (about 30 messages a second) that members' answers need. Beyond the limits
a stranger's message is counted and ignored: no reply, no Bot API call. The gate remembers only
the chats it answered, in memory (bounded, oldest forgotten first), never in the database, and
logs only counts.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import datetime, timedelta

log = logging.getLogger(__name__)

MINUTE = timedelta(minutes=1)
CRISIS_INTERVAL = timedelta(minutes=10)


class StrangerGate:
    def __init__(
        self, *, per_minute: int = 20, interval: timedelta = timedelta(hours=1), max_chats: int = 10_000
    ):
        self.per_minute = per_minute
        self.interval = interval
        self.max_chats = max_chats
        self._answered: OrderedDict[int, datetime] = OrderedDict()  # chat -> when it was answered
        self._crisis: OrderedDict[int, datetime] = OrderedDict()  # chat -> when it got the numbers
        self._window: datetime | None = None
        self._in_window = 0
        self._logged: datetime | None = None
        self.replies = 0
        self.ignored = 0

    def allow(self, chat_id: int, now: datetime) -> bool:
        """May this stranger's chat get a reply now? Counts it either way."""
        last = self._answered.get(chat_id)
        if last is not None and now - last < self.interval:
            return self._ignore(now)
        if self._window is None or now - self._window >= MINUTE:
            self._window, self._in_window = now, 0
        if self._in_window >= self.per_minute:
            return self._ignore(now)
        self._in_window += 1
        self.replies += 1
        self._answered[chat_id] = now
        self._answered.move_to_end(chat_id)
        while len(self._answered) > self.max_chats:
            self._answered.popitem(last=False)
        return True

    def allow_crisis(self, chat_id: int, now: datetime) -> bool:
        """Crisis words: the 24/7 numbers go out whatever the minute's cap (safety first), but
        to one chat at most once in CRISIS_INTERVAL, so they cannot be used to flood."""
        last = self._crisis.get(chat_id)
        if last is not None and now - last < CRISIS_INTERVAL:
            return self._ignore(now)
        self._crisis[chat_id] = now
        self._crisis.move_to_end(chat_id)
        while len(self._crisis) > self.max_chats:
            self._crisis.popitem(last=False)
        self.replies += 1
        return True

    def __len__(self) -> int:
        return len(self._answered)

    def _ignore(self, now: datetime) -> bool:
        self.ignored += 1
        if self._logged is None or now - self._logged >= MINUTE:
            self._logged = now
            log.warning("strangers: %d messages ignored so far, %d answered", self.ignored, self.replies)
        return False
