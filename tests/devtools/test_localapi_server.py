"""The local Bot API server, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import struct
import time
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from devtools.localapi import LocalBotApi, SimUser

AMIRA = SimUser(id=4201, first_name="Amira", language_code="ar")
JONAS = SimUser(id=4202, first_name="Jonas", language_code="de", username="jonas_k")


def png(width: int = 3, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as server:
        server.add_user(AMIRA)
        server.add_user(JONAS)
        yield server


@pytest.fixture
async def bot(api: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


async def test_get_me_describes_the_bot(api: LocalBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.id == 123456
    assert me.username == "begleiter_test_bot"
    assert bot.username == "begleiter_test_bot"
    assert api.calls[0] == ("getMe", {})


async def test_send_message_is_stored_with_markup(api: LocalBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]])
    sent = await bot.send_message(AMIRA.id, "Hallo Amira", reply_markup=keyboard)
    assert sent.text == "Hallo Amira"
    assert sent.chat.id == AMIRA.id and sent.from_user is not None and sent.from_user.is_bot
    assert sent.reply_markup == keyboard
    second = await bot.send_message(AMIRA.id, "Noch was")
    assert second.message_id == sent.message_id + 1
    stored = api.messages(AMIRA.id)
    assert [m["text"] for m in stored] == ["Hallo Amira", "Noch was"]
    assert stored[0]["from_bot"] is True and stored[0]["deleted"] is False
    assert stored[0]["reply_markup"] == {"inline_keyboard": [[{"text": "Ja", "callback_data": "yes"}]]}
    assert "reply_markup" not in stored[1]
    assert isinstance(stored[0]["date"], int)
    method, params = api.calls[-1]
    assert method == "sendMessage" and params["chat_id"] == AMIRA.id


async def test_numeric_text_stays_a_string(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "123")
    assert sent.text == "123"
    assert api.calls[-1][1]["text"] == "123"
    assert api.bot_messages(AMIRA.id)[-1]["text"] == "123"


async def test_html_is_parsed_into_entities(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "<b>Hallo</b> &amp; willkommen", parse_mode="HTML")
    assert sent.text == "Hallo & willkommen"
    assert sent.text_html == "<b>Hallo</b> &amp; willkommen"
    stored = api.bot_messages(AMIRA.id)[-1]
    assert stored["raw_text"] == "<b>Hallo</b> &amp; willkommen"
    assert stored["parse_mode"] == "HTML"
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(AMIRA.id, "Zeile<br>Zeile", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)reserved"):
        await bot.send_message(AMIRA.id, "Ende.", parse_mode="MarkdownV2")


async def test_bad_send_requests_are_rejected(api: LocalBotApi, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(AMIRA.id, "x" * 4097)
    await bot.send_message(AMIRA.id, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "hallo")
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
        await bot.send_message(AMIRA.id, "hallo", reply_markup=keyboard)
    assert api.errors[0][:2] == ("sendMessage", 400)


async def test_blocked_user_answers_forbidden(api: LocalBotApi, bot: Bot) -> None:
    api.blocked_users.add(JONAS.id)
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(JONAS.id, "Hallo")


async def ignore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    return None


async def test_get_updates_delivers_commands_with_entity(api: LocalBotApi, bot: Bot) -> None:
    sent = await api.send_text(AMIRA, "/start abc")
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    updates = await bot.get_updates(timeout=0)
    assert len(updates) == 1
    message = updates[0].message
    assert message is not None and message.text == "/start abc"
    assert message.from_user is not None and message.from_user.language_code == "ar"
    assert message.chat.id == AMIRA.id
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
    check = CommandHandler("start", ignore).check_update(updates[0])
    assert isinstance(check, tuple) and check[0] == ["abc"]


async def test_get_updates_confirms_with_offset(api: LocalBotApi, bot: Bot) -> None:
    await api.send_text(AMIRA, "eins")
    await api.send_text(JONAS, "zwei")
    first = await bot.get_updates()
    assert [u.message.text for u in first if u.message] == ["eins", "zwei"]
    again = await bot.get_updates()
    assert len(again) == 2  # nothing is confirmed without an offset
    assert await bot.get_updates(offset=first[-1].update_id + 1) == ()
    sticker = await api.send_sticker(JONAS)
    updates = await bot.get_updates(offset=first[-1].update_id + 1)
    assert updates[0].update_id == first[-1].update_id + 1
    assert updates[0].message is not None and updates[0].message.sticker is not None
    assert sticker["sticker"]["type"] == "regular"


async def test_long_polling_returns_early_on_new_message(api: LocalBotApi, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    await api.send_text(JONAS, "Hallo")
    updates = await poll
    assert time.monotonic() - started < 2
    assert updates[0].message is not None and updates[0].message.text == "Hallo"


async def test_long_polling_waits_for_the_timeout(api: LocalBotApi, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


async def test_waiting_for_a_long_poll_to_arrive_does_not_wait_for_its_answer(
    api: LocalBotApi, bot: Bot
) -> None:
    # benchmarks/cold_start.py times a start to the first getUpdates: it must see the poll come
    # in, not the poll's end (it waited out PTB's 10 s poll timeout and reported 12 s, not 2.7).
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    params = await api.wait_for_call("getUpdates", arrived=True, timeout=30)
    assert params["timeout"] == 5
    answered = [record.method for record in api.state.records()]
    assert "getUpdates" not in answered, "the poll is still waiting for updates"
    await api.send_text(JONAS, "Hallo")
    assert len(await poll) == 1


async def test_press_and_answer_callback(api: LocalBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Weiter", callback_data="next")]])
    sent = await bot.send_message(AMIRA.id, "Bereit?", reply_markup=keyboard)
    callback_id = await api.press(AMIRA, sent.message_id, "next")
    updates = await bot.get_updates()
    query = updates[-1].callback_query
    assert query is not None and query.id == callback_id and query.data == "next"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.from_user.id == AMIRA.id
    assert api.callback_answer(callback_id) is None
    assert await bot.answer_callback_query(callback_id, text="Gespeichert", show_alert=True)
    assert api.callback_answer(callback_id) == {
        "text": "Gespeichert",
        "show_alert": True,
        "url": None,
        "cache_time": None,
    }
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(callback_id)
    with pytest.raises(ValueError, match=r"(?i)no button"):
        await api.press(AMIRA, sent.message_id, "forged")
    forged = await api.press(AMIRA, sent.message_id, "forged", strict=False)
    assert forged != callback_id


async def test_edit_message_text_and_markup(api: LocalBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(JONAS.id, "Frage?", reply_markup=keyboard)
    await api.press(JONAS, sent.message_id, "a")
    waiter = asyncio.create_task(
        api.wait_for_bot_message(JONAS.id, lambda m: m["text"] == "Antwort: A", after=sent.message_id)
    )
    await asyncio.sleep(0.05)
    edited = await bot.edit_message_text("Antwort: A", chat_id=JONAS.id, message_id=sent.message_id)
    assert isinstance(edited, Message)  # True only for inline messages
    assert edited.text == "Antwort: A" and edited.edit_date is not None
    found = await asyncio.wait_for(waiter, 2)
    assert found["message_id"] == sent.message_id and found["edited"] is True
    stored = api.bot_messages(JONAS.id)[0]
    assert stored["text"] == "Antwort: A"
    assert "reply_markup" not in stored  # Telegram drops the keyboard unless it is sent again
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Antwort: A", chat_id=JONAS.id, message_id=sent.message_id)
    await bot.edit_message_reply_markup(JONAS.id, sent.message_id, reply_markup=keyboard)
    assert api.bot_messages(JONAS.id)[0]["reply_markup"]["inline_keyboard"][0][0]["text"] == "A"
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=JONAS.id, message_id=99)


async def test_delete_message_marks_it_deleted(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(JONAS.id, "weg damit")
    assert await bot.delete_message(JONAS.id, sent.message_id)
    assert api.messages(JONAS.id)[0]["deleted"] is True
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(JONAS.id, sent.message_id)


async def test_wait_for_bot_message(api: LocalBotApi, bot: Bot) -> None:
    user_message = await api.send_text(JONAS, "/hilfe")

    async def reply_later() -> None:
        await asyncio.sleep(0.1)
        await bot.send_message(JONAS.id, "Erste")
        await bot.send_message(JONAS.id, "Zweite")

    task = asyncio.create_task(reply_later())
    first = await api.wait_for_bot_message(JONAS.id, after=user_message["message_id"])
    second = await api.wait_for_bot_message(JONAS.id, lambda m: m["text"] == "Zweite")
    await task
    assert first["text"] == "Erste" and second["text"] == "Zweite"
    with pytest.raises(TimeoutError, match=r"(?i)Zweite"):
        await api.wait_for_bot_message(JONAS.id, after=second["message_id"], timeout=0.2)


async def test_documents_and_photos(api: LocalBotApi, bot: Bot) -> None:
    document = await bot.send_document(
        AMIRA.id, b"%PDF-1.4 demo", filename="Lebenslauf ä.pdf", caption="Dein Lebenslauf"
    )
    assert document.document is not None and document.caption == "Dein Lebenslauf"
    assert document.document.file_name == "Lebenslauf ä.pdf"
    assert document.document.mime_type == "application/pdf"
    assert api.file_bytes(document.document.file_id) == b"%PDF-1.4 demo"
    photo = await bot.send_photo(AMIRA.id, png(3, 2), caption="QR")
    assert photo.photo and (photo.photo[-1].width, photo.photo[-1].height) == (3, 2)
    assert api.file_bytes(photo.photo[-1].file_id) == png(3, 2)
    again = await bot.send_photo(AMIRA.id, photo.photo[-1].file_id)
    assert again.photo[-1].file_id == photo.photo[-1].file_id
    remote = await bot.get_file(document.document.file_id)
    assert bytes(await remote.download_as_bytearray()) == b"%PDF-1.4 demo"
    stored = api.bot_messages(AMIRA.id)
    assert stored[0]["document"]["file_size"] == len(b"%PDF-1.4 demo")
    assert next(call for call in api.calls if call[0] == "sendDocument") == (
        "sendDocument",
        {
            "chat_id": AMIRA.id,
            "caption": "Dein Lebenslauf",
            "document": {
                "file_name": "Lebenslauf ä.pdf",
                "mime_type": "application/pdf",
                "file_size": 13,
            },
        },
    )
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(AMIRA.id, b"not an image")


async def test_minimal_server_rejects_optional_methods(api: LocalBotApi, bot: Bot) -> None:
    api.configure(optional_methods=False)
    unsupported = r"(?i)method is not supported by this server"
    with pytest.raises(BadRequest, match=unsupported):
        await bot.send_document(AMIRA.id, b"data", filename="a.txt")
    with pytest.raises(BadRequest, match=unsupported):
        await bot.send_photo(AMIRA.id, png())
    with pytest.raises(BadRequest, match=unsupported):
        await bot.send_chat_action(AMIRA.id, "typing")
    with pytest.raises(BadRequest, match=unsupported):
        await bot.set_my_commands([BotCommand("start", "Start")])
    with pytest.raises(BadRequest, match=unsupported):
        await bot.get_my_commands()
    assert (await bot.send_message(AMIRA.id, "geht noch")).text == "geht noch"
    api.configure(optional_methods=True)
    assert await bot.send_chat_action(AMIRA.id, "typing")


async def test_minimal_server_from_the_constructor() -> None:
    async with (
        LocalBotApi(optional_methods=False) as api,
        Bot(api.token, base_url=api.base_url) as bot,
    ):
        api.add_user(AMIRA)
        with pytest.raises(BadRequest, match=r"(?i)not supported"):
            await bot.delete_my_commands()


async def test_commands_per_scope_and_language(api: LocalBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Starten"), BotCommand("hilfe", "Hilfe")])
    await bot.set_my_commands(
        [BotCommand("start", "ابدأ")], scope=BotCommandScopeAllPrivateChats(), language_code="ar"
    )
    assert api.commands() == [
        {"command": "start", "description": "Starten"},
        {"command": "hilfe", "description": "Hilfe"},
    ]
    assert api.commands({"type": "all_private_chats"}, "ar") == [{"command": "start", "description": "ابدأ"}]
    fetched = await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats(), language_code="ar")
    assert [c.command for c in fetched] == ["start"]
    assert await bot.delete_my_commands()
    assert api.commands() == []
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "groß geschrieben")])


async def test_failures_and_rate_limits(api: LocalBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns on every RetryAfter unless timedelta mode is switched on.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    api.configure(fail_methods={"sendMessage"})
    with pytest.raises(NetworkError, match=r"(?i)Internal Server Error"):
        await bot.send_message(AMIRA.id, "hallo")
    api.configure(fail_methods=set())
    api.inject_retry_after("sendMessage", retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(AMIRA.id, "hallo")
    assert caught.value.retry_after == dt.timedelta(seconds=3)
    assert (await bot.send_message(AMIRA.id, "hallo")).text == "hallo"
    assert [name for name, _ in api.calls[1:]] == ["sendMessage"] * 3


async def test_constructor_fail_methods() -> None:
    async with LocalBotApi(fail_methods={"getMe"}) as api:
        bot = Bot(api.token, base_url=api.base_url)
        with pytest.raises(NetworkError):
            await bot.initialize()
        await bot.shutdown()


async def test_wrong_token_is_unauthorized(api: LocalBotApi) -> None:
    bot = Bot("999:WRONG", base_url=api.base_url)
    with pytest.raises(InvalidToken):
        await bot.initialize()
    await bot.shutdown()


async def test_raw_http_encodings(api: LocalBotApi) -> None:
    url = f"{api.base_url}{api.token}"
    async with httpx.AsyncClient() as client:
        form = await client.post(f"{url}/sendMessage", data={"chat_id": "4201", "text": "42"})
        assert form.json()["result"]["text"] == "42"
        body = {"chat_id": 4201, "text": 7, "reply_markup": {"inline_keyboard": []}}
        as_json = await client.post(f"{url}/sendmessage", json=body)
        assert as_json.status_code == 200 and as_json.json()["result"]["text"] == "7"
        unknown = await client.post(f"{url}/sendTelepathy", data={"chat_id": "4201"})
        assert unknown.status_code == 404
        assert unknown.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
        bad = await client.post(f"{url}/sendMessage", data={"chat_id": "4201", "text": ""})
        assert bad.status_code == 400 and bad.json()["description"].startswith("Bad Request")
        broken = await client.post(
            f"{url}/sendMessage", data={"chat_id": "4201", "text": "x", "reply_markup": "{"}
        )
        assert broken.json()["error_code"] == 400
        wrong = await client.post(f"{api.base_url}1:nope/getMe")
        assert wrong.status_code == 401 and wrong.json()["description"] == "Unauthorized"
    assert api.calls[1] == (
        "sendMessage",
        {"chat_id": 4201, "text": "7", "reply_markup": {"inline_keyboard": []}},
    )


async def test_webchat_page_and_sandbox_api(api: LocalBotApi, bot: Bot) -> None:
    async with httpx.AsyncClient(base_url=api.web_url) as client:
        page = await client.get("/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert 'dir="auto"' in page.text or 'dir = "auto"' in page.text
        users = (await client.get("/sandbox/api/users")).json()["result"]
        assert {u["id"] for u in users["users"]} == {AMIRA.id, JONAS.id}
        assert users["bot"]["username"] == "begleiter_test_bot"

        sent = await client.post("/sandbox/api/send", json={"user_id": AMIRA.id, "text": "مرحبا"})
        assert sent.json()["result"]["text"] == "مرحبا"
        updates = await bot.get_updates()
        assert updates[-1].message is not None and updates[-1].message.text == "مرحبا"

        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("نعم", callback_data="yes")]])
        reply = await bot.send_message(AMIRA.id, "سؤال؟", reply_markup=keyboard)
        photo = await bot.send_photo(AMIRA.id, png())
        chat = (await client.get(f"/sandbox/api/chat/{AMIRA.id}", params={"since": 0})).json()
        texts = [m.get("text") for m in chat["result"]["messages"]]
        assert texts == ["مرحبا", "سؤال؟", None]
        seq = chat["result"]["seq"]
        nothing = (await client.get(f"/sandbox/api/chat/{AMIRA.id}?since={seq}")).json()
        assert nothing["result"]["messages"] == []

        pressed = await client.post(
            "/sandbox/api/press",
            json={"user_id": AMIRA.id, "message_id": reply.message_id, "data": "yes"},
        )
        callback_id = pressed.json()["result"]["callback_id"]
        updates = await bot.get_updates(offset=updates[-1].update_id + 1)
        assert updates[-1].callback_query is not None
        assert updates[-1].callback_query.id == callback_id
        wrong = await client.post(
            "/sandbox/api/press",
            json={"user_id": AMIRA.id, "message_id": reply.message_id, "data": "nope"},
        )
        assert wrong.status_code == 400 and wrong.json()["ok"] is False

        image = await client.get(f"/sandbox/file/{photo.photo[-1].file_id}")
        assert image.content == png() and image.headers["content-type"] == "image/png"
        assert (await client.get("/sandbox/file/missing")).status_code == 404
        assert (await client.post("/sandbox/api/send", json={"user_id": 1, "text": "x"})).status_code == 404

        created = await client.post("/sandbox/api/users", json={"first_name": "Olena", "language_code": "uk"})
        olena = created.json()["result"]
        assert olena["language_code"] == "uk"
        assert any(u.id == olena["id"] for u in api.users)


async def test_application_end_to_end(api: LocalBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        payload = " ".join(context.args or []) or "-"
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
        await update.effective_message.reply_text(f"Token: {payload}", reply_markup=keyboard)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Danke")
        await query.edit_message_text("Bestätigt")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text
        keyboard = ReplyKeyboardMarkup([["Ja", "Nein"]], one_time_keyboard=True)
        await update.effective_message.reply_text(
            update.effective_message.text.upper(), reply_markup=keyboard
        )

    app = Application.builder().token(api.token).base_url(api.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            user_message = await api.send_text(JONAS, "/start abc123")
            reply = await api.wait_for_bot_message(JONAS.id, after=user_message["message_id"])
            assert reply["text"] == "Token: abc123"
            callback_id = await api.press(JONAS, reply["message_id"], "ok")
            edited = await api.wait_for_bot_message(
                JONAS.id, lambda m: m["text"] == "Bestätigt", after=reply["message_id"]
            )
            assert edited["message_id"] == reply["message_id"]
            await api.wait_for_call("answerCallbackQuery")
            assert api.callback_answer(callback_id) == {
                "text": "Danke",
                "show_alert": False,
                "url": None,
                "cache_time": None,
            }
            echo_in = await api.send_text(JONAS, "123")
            echoed = await api.wait_for_bot_message(JONAS.id, after=echo_in["message_id"])
            assert echoed["text"] == "123"
            assert echoed["reply_markup"]["keyboard"][0][0] == {"text": "Ja"}
        finally:
            await app.updater.stop()
            await app.stop()
    assert ("deleteWebhook", {}) in api.calls
    assert json.dumps(api.calls)  # everything recorded is plain JSON


async def test_server_can_restart() -> None:
    api = LocalBotApi()
    for _ in range(2):
        await api.start()
        async with Bot(api.token, base_url=api.base_url) as bot:
            assert (await bot.get_me()).id == 123456
        await api.stop()


async def test_stop_ends_a_pending_long_poll() -> None:
    api = LocalBotApi()
    await api.start()
    async with Bot(api.token, base_url=api.base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await api.stop()
        assert await asyncio.wait_for(poll, 5) == ()
        assert time.monotonic() - started < 3


async def test_second_poller_terminates_the_first(api: LocalBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    async with Bot(api.token, base_url=api.base_url) as other_instance:
        second = asyncio.create_task(other_instance.get_updates(timeout=5))
        with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
            await asyncio.wait_for(first, 2)
        await api.send_text(AMIRA, "hallo")
        updates = await asyncio.wait_for(second, 2)
    assert updates[0].message is not None and updates[0].message.text == "hallo"


async def test_enforced_limits_answer_429(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    now = [1000.0]
    async with LocalBotApi(enforce_limits=True) as api:
        assert api.flood is not None
        api.flood.clock = lambda: now[0]
        users = [api.add_user(SimUser(id=5000 + i, first_name=f"U{i}")) for i in range(31)]
        async with Bot(api.token, base_url=api.base_url) as bot:
            # One chat: a burst of three, then one a second.
            for _ in range(3):
                await bot.send_message(users[0].id, "hallo")
            with pytest.raises(RetryAfter) as caught:
                await bot.send_message(users[0].id, "zu schnell")
            assert caught.value.retry_after == dt.timedelta(seconds=1)
            now[0] += 1.0
            await bot.send_message(users[0].id, "wieder da")
            # All chats: 30 within any one second (one of them sent above), the 31st is refused.
            now[0] += 0.5
            for user in users[1:30]:
                await bot.send_message(user.id, "hallo")
            async with httpx.AsyncClient() as client:
                answer = await client.post(
                    f"{api.base_url}{api.token}/sendMessage", json={"chat_id": users[30].id, "text": "x"}
                )
            assert answer.status_code == 429
            assert answer.json() == {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
            now[0] += 0.6  # "wieder da" left the one-second window
            await bot.send_message(users[30].id, "jetzt")
            assert [m["text"] for m in api.bot_messages(users[30].id)] == ["jetzt"]
    assert [code for _, code, _ in api.errors] == [429, 429]
    assert len(api.bot_messages(users[0].id)) == 4


async def test_limits_are_not_enforced_by_default(api: LocalBotApi, bot: Bot) -> None:
    assert api.flood is None
    for _ in range(10):
        await bot.send_message(AMIRA.id, "schnell")
    assert len(api.bot_messages(AMIRA.id)) == 10 and not api.errors
