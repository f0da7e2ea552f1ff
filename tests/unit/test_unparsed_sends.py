"""bot/botapi.py send_text, edit_text and edit_buttons: python-telegram-bot's own way to the
server (Bot._post) without turning the answer into a Message. They must ask the server exactly
what send_message, edit_message_text and edit_message_reply_markup ask, with the rate limiter's
arguments and the timeouts, and read the new message's id off the answer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import BaseRateLimiter, ExtBot

from bot import botapi

from harness import Harness, RecordingRequest

TOKEN = "999000:TEST"
CHAT = 4711
KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Gut 🙂", callback_data="ck:1:0:0")],
        [InlineKeyboardButton("جيد", callback_data="ck:1:0:1")],
    ]
)


class RecordingLimiter(BaseRateLimiter[Any]):
    """Lets every call through at once and writes down what it was given."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Awaitable[Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Any,
    ) -> Any:
        self.seen.append((endpoint, rate_limit_args))
        return await callback(*args, **kwargs)


@pytest.fixture
async def request_() -> RecordingRequest:
    return RecordingRequest()


@pytest.fixture
async def bot(request_: RecordingRequest) -> AsyncIterator[ExtBot[Any]]:
    made: ExtBot[Any] = ExtBot(TOKEN, request=request_, get_updates_request=RecordingRequest())
    async with made:
        request_.calls.clear()
        yield made


def last(request_: RecordingRequest) -> tuple[str, dict[str, Any]]:
    method, params = request_.calls[-1]
    return method, {key: value for key, value in params.items() if not key.startswith("_")}


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"reply_markup": KEYBOARD},
        {"reply_markup": KEYBOARD, "parse_mode": ParseMode.HTML},
        {"reply_markup": ReplyKeyboardMarkup([["Ja", "Nein"]], one_time_keyboard=True)},
    ],
    ids=["plain", "buttons", "buttons-html", "reply-keyboard"],
)
async def test_send_text_asks_what_send_message_asks(
    bot: ExtBot[Any], request_: RecordingRequest, options: dict[str, Any]
) -> None:
    text = "<b>Wie geht es Ihnen?</b>\nكيف حالك؟"
    await bot.send_message(CHAT, text, **options)
    theirs = last(request_)
    sent = await botapi.send_text(bot, CHAT, text, **options)
    assert last(request_) == theirs
    assert theirs[0] == "sendMessage"
    assert sent == request_.calls[-1][1]["_message_id"]


@pytest.mark.parametrize("markup", [None, KEYBOARD], ids=["buttons-taken-away", "buttons"])
async def test_edit_text_asks_what_edit_message_text_asks(
    bot: ExtBot[Any], request_: RecordingRequest, markup: InlineKeyboardMarkup | None
) -> None:
    await bot.edit_message_text("✓ Gut", chat_id=CHAT, message_id=12, reply_markup=markup, parse_mode="HTML")
    theirs = last(request_)
    await botapi.edit_text(bot, CHAT, 12, "✓ Gut", reply_markup=markup, parse_mode="HTML")
    assert last(request_) == theirs == ("editMessageText", theirs[1])


@pytest.mark.parametrize("markup", [None, KEYBOARD], ids=["taken-away", "replaced"])
async def test_edit_buttons_asks_what_edit_message_reply_markup_asks(
    bot: ExtBot[Any], request_: RecordingRequest, markup: InlineKeyboardMarkup | None
) -> None:
    await bot.edit_message_reply_markup(CHAT, 12, reply_markup=markup)
    theirs = last(request_)
    await botapi.edit_buttons(bot, CHAT, 12, markup)
    assert last(request_) == theirs
    assert theirs[0] == "editMessageReplyMarkup"


async def test_the_rate_limiter_gets_the_same_arguments_and_the_timeouts_reach_the_request() -> None:
    request_ = RecordingRequest()
    limiter = RecordingLimiter()
    bot: ExtBot[Any] = ExtBot(
        TOKEN, request=request_, get_updates_request=RecordingRequest(), rate_limiter=limiter
    )
    timeouts: list[Any] = []
    original = request_.do_request

    async def timed(
        url: str, method: str, request_data: Any = None, read_timeout: Any = None, **rest: Any
    ) -> Any:
        timeouts.append(read_timeout)
        return await original(url, method, request_data, read_timeout, **rest)

    request_.do_request = timed  # type: ignore[method-assign, assignment]
    async with bot:
        limiter.seen.clear()
        await bot.send_message(CHAT, "Hallo", rate_limit_args="paced", read_timeout=2.5)
        await botapi.send_text(bot, CHAT, "Hallo", rate_limit_args="paced", read_timeout=2.5)
        await botapi.edit_text(bot, CHAT, 12, "Hallo", rate_limit_args="edit")
        await botapi.edit_buttons(bot, CHAT, 12, None)
    assert limiter.seen == [
        ("sendMessage", "paced"),
        ("sendMessage", "paced"),
        ("editMessageText", "edit"),
        ("editMessageReplyMarkup", None),
    ]
    assert timeouts[-4:-2] == [2.5, 2.5]


async def test_an_answer_without_a_readable_id_is_a_message_sent_with_no_id(
    bot: ExtBot[Any], request_: RecordingRequest
) -> None:
    request_.fail("sendMessage", "null", times=1)
    assert await botapi.send_text(bot, CHAT, "Hallo") is None
    request_.fail("editMessageText", "null", times=1)
    await botapi.edit_text(bot, CHAT, 12, "Hallo")  # Telegram did it: nothing to raise


@pytest.mark.parametrize(
    ("fault", "error"),
    [("403", Forbidden), ("404", TelegramError), ("500", TelegramError), ("malformed", TelegramError)],
)
async def test_error_answers_raise_as_send_message_raises_them(
    bot: ExtBot[Any], request_: RecordingRequest, fault: str, error: type[Exception]
) -> None:
    for call in (
        lambda: bot.send_message(CHAT, "Hallo"),
        lambda: botapi.send_text(bot, CHAT, "Hallo"),
        lambda: botapi.edit_text(bot, CHAT, 12, "Hallo"),
        lambda: botapi.edit_buttons(bot, CHAT, 12, None),
    ):
        request_.fail("sendMessage", fault, times=1)
        request_.fail("editMessageText", fault, times=1)
        request_.fail("editMessageReplyMarkup", fault, times=1)
        with pytest.raises(error) as raised:
            await call()
        assert not isinstance(raised.value, BadRequest)


async def test_the_bot_has_no_arbitrary_callback_data(harness: Harness) -> None:
    """send_text and the edits leave the keyboards as they are: ExtBot would rewrite them
    (callback_data_cache) only with arbitrary callback data, which the bot does not use."""
    assert isinstance(harness.app.bot, ExtBot)
    assert harness.app.bot.callback_data_cache is None
