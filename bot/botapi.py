"""Talking to a Bot API server that may be slow, down for a moment or of another make: retries
with backoff for what the bot cannot start without, and honest words for the log."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter, TelegramError
from telegram.ext import ExtBot

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


# -- messages whose answer is not read ---------------------------------------------------------
#
# python-telegram-bot's send_message, edit_message_text and edit_message_reply_markup turn
# Telegram's answer into a Message: the text again, every entity, the keyboard, the chat and
# the sender, as frozen objects. In /help's update (a text with many entities) that was the
# largest single cost, about an eighth of the update (cProfile). Against the tests' recording
# Bot API, whose answers repeat no keyboard, send_message took 223 µs for a question with five
# buttons and send_text 93 µs (best of 7 x 500 calls). A turn reads at most the new message's
# id. These functions take python-telegram-bot's own way to the server (Bot._post: its
# defaults, the rate limiter with rate_limit_args, the request and its errors) and read the
# answer as JSON; a test checks that they ask the server exactly what send_message and the
# edits ask.

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


async def send_text(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: Markup | None = None,
    parse_mode: str | None = None,
    **options: Any,
) -> int | None:
    """sendMessage; the new message's id, or None if Telegram said it sent the message and its
    answer has no id to read. `options`: the timeouts and, with a rate limiter, rate_limit_args."""
    data = {"chat_id": chat_id, "text": text, "reply_markup": reply_markup, "parse_mode": parse_mode}
    return _message_id(await _post(bot, "sendMessage", data, options))


async def edit_text(
    bot: Bot,
    chat_id: int,
    message_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    parse_mode: str | None = None,
    **options: Any,
) -> None:
    """editMessageText of a message in a chat (without reply_markup its buttons go)."""
    data = {
        "chat_id": chat_id,
        "message_id": message_id,
        "text": text,
        "reply_markup": reply_markup,
        "parse_mode": parse_mode,
    }
    await _post(bot, "editMessageText", data, options)


async def edit_buttons(
    bot: Bot, chat_id: int, message_id: int, reply_markup: InlineKeyboardMarkup | None, **options: Any
) -> None:
    """editMessageReplyMarkup: a message's buttons replaced, or taken away with None."""
    data = {"chat_id": chat_id, "message_id": message_id, "reply_markup": reply_markup}
    await _post(bot, "editMessageReplyMarkup", data, options)


async def _post(bot: Bot, endpoint: str, data: dict[str, Any], options: dict[str, Any]) -> Any:
    if isinstance(bot, ExtBot):
        # ExtBot's methods put rate_limit_args into the call's api_kwargs, where its _do_post
        # takes them out for the rate limiter. Arbitrary callback data (which rewrites the
        # keyboards) is not used by this bot: the test of these functions fails if it is.
        api_kwargs = bot._merge_api_rl_kwargs(None, options.pop("rate_limit_args", None))
        return await bot._post(endpoint, data, api_kwargs=api_kwargs, **options)
    return await bot._post(endpoint, data, **options)


def _message_id(result: Any) -> int | None:
    if isinstance(result, dict):
        message_id = result.get("message_id")
        if isinstance(message_id, int) and not isinstance(message_id, bool):
            return message_id
    return None
