"""Talking to a Bot API server that may be slow, down for a moment or of another make: retries
with backoff for what the bot cannot start without, and honest words for the log."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter, TelegramError

log = logging.getLogger(__name__)

R = TypeVar("R")

FIRST_WAIT = 1.0  # seconds; doubled after each failure
LONGEST_WAIT = 30.0


def failure(exc: BaseException) -> str:
    """What went wrong with an optional Bot API call, for the log (never a text). A server
    that does not know a method answers 404, which python-telegram-bot reads as a bad token;
    but the token was good enough for getMe, so the method is what is missing."""
    if isinstance(exc, InvalidToken) and "not found" in str(exc).lower():
        return "method not supported by this Bot API server"
    return type(exc).__name__


def passing(exc: BaseException) -> bool:
    """A failure that may be gone on the next try: a timeout, a 5xx, a refused connection,
    an answer that could not be read. Not a refusal (400, 401, 403, 404)."""
    return isinstance(exc, TelegramError) and not isinstance(exc, BadRequest | Forbidden | InvalidToken)


async def patiently(
    action: Callable[[], Awaitable[R]],
    what: str,
    *,
    attempts: int | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> R:
    """`action()`, tried again after passing failures with waits of 1, 2, 4 … up to 30 seconds,
    `attempts` times at most (None: until it works). Each wait is logged with what it is for."""
    wait, attempt = FIRST_WAIT, 0
    while True:
        attempt += 1
        try:
            return await action()
        except Exception as exc:
            if not passing(exc) or (attempts is not None and attempt >= attempts):
                raise
            seconds = wait
            if isinstance(exc, RetryAfter):
                after = exc.retry_after
                seconds = after.total_seconds() if isinstance(after, timedelta) else float(after)
            log.warning(
                "%s failed (%s, attempt %d); waiting %.0f s for the Bot API server",
                what,
                type(exc).__name__,
                attempt,
                seconds,
            )
            await sleep(seconds)
            wait = min(wait * 2, LONGEST_WAIT)
