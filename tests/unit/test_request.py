"""The Bot API client (bot/request.py) against the local Bot API server over HTTP: forms and
files arrive as PTB's own client sends them, and each way a request fails becomes the PTB
error, with the cause, that tells the outbox whether Telegram may have the message."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.request import HTTPXRequest

from bot.app import build_application, build_deps
from bot.ratelimit import not_counted
from bot.request import AiohttpRequest
from devtools.localapi import LocalBotApi, SimUser
from devtools.localapi.faults import FaultPolicy
from scheduler.dispatcher import _ambiguous, _not_connected

from harness import free_port, make_settings

AMIRA = SimUser(id=7001, first_name="Amira")


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as server:
        server.add_user(AMIRA)
        yield server


def _bot(api: LocalBotApi, request: AiohttpRequest) -> Bot:
    return Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url, request=request)


async def test_messages_buttons_and_files_arrive_as_sent(api: LocalBotApi) -> None:
    async with _bot(api, AiohttpRequest()) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja ✅", callback_data="apa:yes:1")]])
        sent = await bot.send_message(
            AMIRA.id, "مرحبا Amira — Termin <b>morgen</b>", reply_markup=keyboard, parse_mode="HTML"
        )
        assert sent.text == "مرحبا Amira — Termin morgen"
        stored = api.bot_messages(AMIRA.id)[-1]
        assert stored["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "apa:yes:1"
        document = await bot.send_document(
            AMIRA.id, b"BEGIN:VCALENDAR", filename="Termin ä.ics", caption="📅"
        )
        assert document.document is not None and document.document.file_name == "Termin ä.ics"
        assert api.file_bytes(document.document.file_id) == b"BEGIN:VCALENDAR"
        remote = await bot.get_file(document.document.file_id)  # a GET, no form
        assert bytes(await remote.download_as_bytearray()) == b"BEGIN:VCALENDAR"
        with pytest.raises(BadRequest):  # Telegram's own answer still becomes its error
            await bot.send_message(AMIRA.id, "")


async def test_the_application_sends_through_aiohttp_and_polls_with_ptbs_client(api: LocalBotApi) -> None:
    settings = make_settings("sqlite+aiosqlite:///:memory:", TELEGRAM_API_BASE_URL=api.base_url)
    deps = build_deps(settings)
    try:
        app = build_application(settings, deps=deps)
        assert isinstance(app.bot.request, AiohttpRequest)
        assert isinstance(app.bot._request[0], HTTPXRequest)  # getUpdates: PTB's default
    finally:
        await deps.engine.dispose()


async def test_refused_connection_is_not_connected_and_not_counted() -> None:
    port = free_port()
    request = AiohttpRequest(connect_timeout=1.0)
    await request.initialize()
    bot = Bot("123:abc", base_url=f"http://127.0.0.1:{port}/bot", request=request)
    try:
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(AMIRA.id, "Hallo")
    finally:
        await request.shutdown()
    assert "123:abc" not in str(caught.value)  # the token is in the URL, never in the message
    assert _not_connected(caught.value)  # the outbox tries again without counting a failure
    assert not_counted(caught.value)


@pytest.mark.parametrize(
    ("policy", "timed_out", "ambiguous", "counted"),
    [
        # No answer within the read timeout: Telegram may have it, a retry may send it twice.
        pytest.param(FaultPolicy(hang=1.0, hang_seconds=2.0), True, True, True, id="no-answer"),
        # The connection dropped after the request went out: the same.
        pytest.param(FaultPolicy(reset=1.0), False, True, True, id="dropped"),
        # Telegram answered 5xx: it did not take the message.
        pytest.param(FaultPolicy(server_error=1.0), False, False, False, id="5xx"),
    ],
)
async def test_what_a_failure_after_connecting_means(
    api: LocalBotApi, policy: FaultPolicy, timed_out: bool, ambiguous: bool, counted: bool
) -> None:
    api.faults = policy
    async with _bot(api, AiohttpRequest()) as bot:
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(AMIRA.id, "Hallo", read_timeout=0.2)
    assert isinstance(caught.value, TimedOut) is timed_out
    assert not _not_connected(caught.value)
    assert _ambiguous(caught.value) is ambiguous
    assert not_counted(caught.value) is not counted


async def test_waiting_for_a_free_connection_times_out_unsent(api: LocalBotApi) -> None:
    api.faults = FaultPolicy(hang=1.0, hang_seconds=2.0)
    async with _bot(api, AiohttpRequest(connection_pool_size=1)) as bot:
        first = asyncio.create_task(bot.send_message(AMIRA.id, "eins", read_timeout=1.5))
        await asyncio.sleep(0.2)  # the only connection is taken
        with pytest.raises(TimedOut) as caught:
            await bot.send_message(AMIRA.id, "zwei", pool_timeout=0.1, connect_timeout=0.1)
        with pytest.raises(TimedOut):
            await first
    assert not _ambiguous(caught.value)  # nothing was written: a retry cannot duplicate it
    assert not_counted(caught.value)
    assert api.faults.requests == 1  # the second request never reached the server


async def test_a_request_before_initialize_is_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:9/bot1:a/getMe", "POST")
