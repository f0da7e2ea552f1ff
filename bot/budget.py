"""The deployment's shared sending budget: Telegram's overall limit (30 messages a second)
counts for the bot, not for one process, so several processes on one PostgreSQL pace the
outbox's sends together (README, "Several processes on PostgreSQL").

One row of `send_budget` holds `next_at`, the first moment not yet handed out. A send takes
the next slot with one atomic statement (INSERT ... ON CONFLICT DO UPDATE, so the row makes
itself): next_at = max(next_at, now) + 1/rate, and waits until its slot began. Slots are
1/rate apart whichever process took them, so any one second holds at most `rate` of them
(plus one): no burst, as bot/ratelimit.py found Telegram-like limits want. The clock is the
database's (clock_timestamp()), so the processes' clocks need not agree; the statement answers
how long to wait. A process that wakes up late for its slot (a busy machine) takes a new one
instead of sending late next to someone else's: sends land within LATE of their slots.

SQLite has one process, whose own rate limiter suffices: no shared budget there.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)

OUTBOX = "outbox"
LATE = 0.1  # seconds after its slot a send may still go; later, it takes a new slot
MAX_TAKES = 5  # new slots tried by one send before it goes anyway (the limiter still paces)

_TAKE = text(
    """
    INSERT INTO send_budget (name, next_at)
    VALUES (:name, clock_timestamp() + make_interval(secs => :step))
    ON CONFLICT (name) DO UPDATE
        SET next_at = GREATEST(send_budget.next_at, clock_timestamp()) + make_interval(secs => :step)
    RETURNING CAST(EXTRACT(EPOCH FROM (send_budget.next_at - clock_timestamp())) AS FLOAT) - :step
    """
)


class SendBudget(Protocol):
    async def take(self) -> None:
        """Returns when one more message may go."""


class SharedBudget:
    """At most `per_second` sends a second over every process using the same database row."""

    def __init__(self, engine: AsyncEngine, per_second: float, *, name: str = OUTBOX) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.engine = engine
        self.step = 1.0 / per_second
        self.name = name
        self.retaken = 0  # slots given up because this process woke too late for them
        self._warned_at = 0.0

    async def take(self) -> None:
        for _ in range(MAX_TAKES):
            asked = time.monotonic()
            wait = await self._reserve()
            if wait is None:  # no database answer: the process's own limiter paces alone
                return
            # The slot began `wait` after the statement ran, somewhere between asking and the
            # answer: never send before answer + wait, and count lateness from asked + wait, so
            # that a slow answer also makes a send take a new slot rather than go out late.
            if wait > 0:
                await asyncio.sleep(wait)
            if time.monotonic() - (asked + max(0.0, wait)) <= LATE:
                return
            self.retaken += 1

    async def _reserve(self) -> float | None:
        """Seconds until the slot just taken begins (negative: it began already)."""
        try:
            async with self.engine.begin() as connection:
                wait = await connection.scalar(_TAKE, {"name": self.name, "step": self.step})
        except (SQLAlchemyError, OSError) as exc:
            now = time.monotonic()
            if now - self._warned_at > 60:
                self._warned_at = now
                log.warning(
                    "shared send budget not reachable (%s): pacing by this process only", type(exc).__name__
                )
            return None
        return float(wait) if wait is not None else 0.0


def budget_for(engine: AsyncEngine, database_url: str, per_second: float) -> SharedBudget | None:
    """The outbox's shared budget on PostgreSQL; None on SQLite or when switched off (0)."""
    if per_second <= 0 or make_url(database_url).get_backend_name() != "postgresql":
        return None
    return SharedBudget(engine, per_second)
