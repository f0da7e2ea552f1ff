"""The local Bot API server answers like Telegram, method by method, for every method the bot
uses: result types python-telegram-bot parses, and Telegram's error codes and exact texts
(taken from tdlib/telegram-bot-api and TDLib's sources)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Any

import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageId,
    User,
)
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.cli.sandbox import latency_ms
from devtools.localapi import LocalBotApi, SimUser
from devtools.localapi.flood import FloodControl

AMIRA = SimUser(id=4301, first_name="Amira", language_code="ar")
JONAS = SimUser(id=4302, first_name="Jonas", language_code="de")
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]])


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


async def refused(
    api: LocalBotApi, call: Awaitable[Any], kind: type[TelegramError], description: str
) -> TelegramError:
    """The call fails with PTB's error class for the code, and the server said exactly `description`."""
    with pytest.raises(kind) as caught:
        await call
    assert api.errors[-1][2] == description
    # PTB drops "Bad Request: " and capitalizes what is left; the rest reaches it unchanged.
    shown = description.removeprefix("Bad Request: ")
    assert caught.value.message == (shown.capitalize() if shown != description else description)
    return caught.value


# -- result types ------------------------------------------------------------------------


async def test_get_me_is_a_user(api: LocalBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert isinstance(me, User) and me.is_bot
    assert me.can_connect_to_business is False and me.has_main_web_app is False


async def test_edits_of_a_bot_message_return_the_message(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "Kommen Sie?", reply_markup=KEYBOARD)
    edited = await bot.edit_message_text("Danke!", chat_id=AMIRA.id, message_id=sent.message_id)
    assert isinstance(edited, Message)
    assert edited.text == "Danke!" and edited.edit_date is not None
    assert edited.reply_markup is None  # an edit without reply_markup drops the keyboard
    marked = await bot.edit_message_reply_markup(AMIRA.id, sent.message_id, reply_markup=KEYBOARD)
    assert isinstance(marked, Message) and marked.reply_markup == KEYBOARD


async def test_edits_of_an_inline_message_return_true(api: LocalBotApi, bot: Bot) -> None:
    inline_id = api.state.add_inline_message("Umfrage")
    assert await bot.edit_message_text("Umfrage zu", inline_message_id=inline_id) is True
    assert await bot.edit_message_reply_markup(inline_message_id=inline_id, reply_markup=KEYBOARD) is True
    await refused(
        api,
        bot.edit_message_text("x", inline_message_id="nope"),
        BadRequest,
        "Bad Request: MESSAGE_ID_INVALID",
    )


async def test_true_answers(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "Frage", reply_markup=KEYBOARD)
    query_id = await api.press(AMIRA, sent.message_id, "yes")
    assert await bot.answer_callback_query(query_id, "Gespeichert") is True
    assert await bot.set_my_commands([BotCommand("start", "Beginnen")]) is True
    assert await bot.delete_my_commands() is True
    assert await bot.send_chat_action(AMIRA.id, ChatAction.TYPING) is True
    assert await bot.delete_message(AMIRA.id, sent.message_id) is True
    assert await bot.delete_webhook() is True


async def test_documents_photos_and_copies(api: LocalBotApi, bot: Bot) -> None:
    document = await bot.send_document(AMIRA.id, io.BytesIO(b"id;name\n"), filename="export.csv")
    assert isinstance(document, Message) and document.document is not None
    assert document.document.file_name == "export.csv" and document.document.file_size == 8
    original = await api.send_text(AMIRA, "Eine Frage an den Coach")
    copy = await bot.copy_message(JONAS.id, AMIRA.id, original["message_id"])
    assert isinstance(copy, MessageId)
    assert api.bot_messages(JONAS.id)[-1]["text"] == "Eine Frage an den Coach"


# -- texts and their errors ---------------------------------------------------------------


async def test_empty_and_blank_texts(api: LocalBotApi, bot: Bot) -> None:
    empty = "Bad Request: message text is empty"
    await refused(api, bot.send_message(AMIRA.id, ""), BadRequest, empty)
    # Something that is nothing once parsed and trimmed is TDLib's "Text must be non-empty".
    blank = "Bad Request: text must be non-empty"
    await refused(api, bot.send_message(AMIRA.id, "  \n "), BadRequest, blank)
    await refused(api, bot.send_message(AMIRA.id, "<b> </b>", parse_mode="HTML"), BadRequest, blank)
    sent = await bot.send_message(AMIRA.id, "Hallo")
    await refused(api, bot.edit_message_text("", AMIRA.id, sent.message_id), BadRequest, empty)


async def test_texts_are_trimmed_like_telegram(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "\n  <b>Hallo</b>  \n", parse_mode="HTML")
    assert sent.text == "Hallo"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 5)]
    plain = await bot.send_message(AMIRA.id, "\n Hallo \n")
    assert plain.text == "Hallo"


async def test_length_is_counted_after_parsing(api: LocalBotApi, bot: Bot) -> None:
    # 4,096 characters of text, far more with tags: Telegram counts what is shown.
    sent = await bot.send_message(AMIRA.id, "<b>" + "ä" * 4096 + "</b>", parse_mode="HTML")
    assert len(sent.text or "") == 4096
    await refused(api, bot.send_message(AMIRA.id, "ä" * 4097), BadRequest, "Bad Request: message is too long")
    # An edit gets the server's raw error.
    await refused(
        api,
        bot.edit_message_text("x" * 4097, AMIRA.id, sent.message_id),
        BadRequest,
        "Bad Request: MESSAGE_TOO_LONG",
    )


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("Preis < 5 Euro", 'Unsupported start tag "" at byte offset 6'),
        ("Zeile<br>Zeile", 'Unsupported start tag "br" at byte offset 5'),
        ("Zeile<br/>", 'Unsupported start tag "br/" at byte offset 5'),
        ("<!-- Notiz -->", 'Unsupported start tag "!--" at byte offset 0'),
        ("Ende <b", "Unclosed start tag at byte offset 5"),
        ("<b>fett</i>", 'Unmatched end tag at byte offset 7, expected "</b>", found "</i>"'),
        ("fett</b>", "Unexpected end tag at byte offset 4"),
        ("<b>fett", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("ä<b>x</b", "Unclosed end tag at byte offset 6"),  # offsets count UTF-8 bytes,
    ],
)
async def test_bad_html_is_refused_with_telegrams_words(
    api: LocalBotApi, bot: Bot, html: str, error: str
) -> None:
    await refused(
        api,
        bot.send_message(AMIRA.id, html, parse_mode="HTML"),
        BadRequest,
        f"Bad Request: can't parse entities: {error}",
    )


async def test_html_is_read_as_telegram_reads_it(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(
        AMIRA.id,
        'a &gt; b &copy; &#128512; <a href="tg://user?id=4302">Jonas</a> '
        '<pre><code class="language-python">x = 1</code></pre> 3 > 2',
        parse_mode="HTML",
    )
    # Only &lt; &gt; &amp; &quot; and numeric references are decoded; a bare ">" is text.
    assert sent.text == "a > b &copy; 😀 Jonas x = 1 3 > 2"
    kinds = [(e.type, e.offset, e.length) for e in sent.entities]
    assert kinds == [("text_mention", 16, 5), ("pre", 22, 5)]
    assert sent.entities[0].user is not None and sent.entities[0].user.id == JONAS.id
    assert sent.entities[1].language == "python"


# -- buttons, chats, blocked people --------------------------------------------------------


async def test_button_data_limits(api: LocalBotApi, bot: Bot) -> None:
    longest = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="ü" * 32)]])  # 64 bytes
    assert (await bot.send_message(AMIRA.id, "ok", reply_markup=longest)).reply_markup == longest
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="ü" * 32 + "x")]])
    await refused(
        api,
        bot.send_message(AMIRA.id, "x", reply_markup=too_long),
        BadRequest,
        "Bad Request: BUTTON_DATA_INVALID",
    )
    await refused(
        api,
        bot.send_message(
            AMIRA.id, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="")]])
        ),
        BadRequest,
        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    )


async def test_unknown_chats_and_blocked_people(api: LocalBotApi, bot: Bot) -> None:
    await refused(api, bot.send_message(999, "Hallo"), BadRequest, "Bad Request: chat not found")
    api.blocked_users.add(JONAS.id)
    blocked = "Forbidden: bot was blocked by the user"
    await refused(api, bot.send_message(JONAS.id, "Hallo"), Forbidden, blocked)
    await refused(api, bot.send_chat_action(JONAS.id, ChatAction.TYPING), Forbidden, blocked)
    await refused(api, bot.send_document(JONAS.id, io.BytesIO(b"x"), filename="a.txt"), Forbidden, blocked)
    await refused(api, bot.copy_message(JONAS.id, AMIRA.id, 1), Forbidden, blocked)
    assert await bot.send_message(AMIRA.id, "Hallo")  # only the chosen people


async def test_edit_errors(api: LocalBotApi, bot: Bot) -> None:
    sent = await bot.send_message(AMIRA.id, "<b>Frage</b>", parse_mode="HTML", reply_markup=KEYBOARD)
    same = bot.edit_message_text(
        "<b>Frage</b>", AMIRA.id, sent.message_id, parse_mode="HTML", reply_markup=KEYBOARD
    )
    await refused(api, same, BadRequest, NOT_MODIFIED)
    await refused(
        api,
        bot.edit_message_reply_markup(AMIRA.id, sent.message_id, reply_markup=KEYBOARD),
        BadRequest,
        NOT_MODIFIED,
    )
    await refused(
        api, bot.edit_message_text("x", AMIRA.id, 999), BadRequest, "Bad Request: message to edit not found"
    )
    await refused(
        api, bot.delete_message(AMIRA.id, 999), BadRequest, "Bad Request: message to delete not found"
    )
    query_id = await api.press(AMIRA, sent.message_id, "yes")
    await bot.answer_callback_query(query_id)
    await refused(
        api,
        bot.answer_callback_query(query_id),
        BadRequest,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )


async def test_commands_and_chat_actions_are_checked(api: LocalBotApi, bot: Bot) -> None:
    assert await bot.set_my_commands([BotCommand("/start", " Beginnen ")]) is True
    assert api.commands() == [{"command": "start", "description": "Beginnen"}]
    await refused(
        api,
        bot.set_my_commands([BotCommand("start", " ")]),
        BadRequest,
        "Bad Request: command description must be non-empty",
    )
    await refused(
        api,
        bot.set_my_commands([BotCommand("Start-Jetzt", "x")]),
        BadRequest,
        "Bad Request: BOT_COMMAND_INVALID",
    )
    await refused(
        api,
        bot.send_chat_action(AMIRA.id, "dancing"),
        BadRequest,
        "Bad Request: wrong parameter action in request",
    )


# -- limits, latency, long polling, the record ----------------------------------------------


async def test_groups_get_twenty_a_minute() -> None:
    now = [0.0]
    flood = FloodControl(clock=lambda: now[0])
    for _ in range(20):
        assert flood.admit(-100) is None
        now[0] += 1.0
    assert flood.admit(-100) == 40  # the first of the twenty leaves the minute at 60 s
    assert flood.admit(-200) is None  # another group has its own minute
    now[0] = 60.0
    assert flood.admit(-100) is None


async def test_a_burst_into_a_group_is_answered_429(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    async with LocalBotApi(enforce_limits=True) as api:
        api.state.add_group(-4400, "Team")
        async with Bot(api.token, base_url=api.base_url) as bot:
            for number in range(20):
                await bot.send_message(-4400, f"Meldung {number}")
            with pytest.raises(RetryAfter) as caught:
                await bot.send_message(-4400, "zu viel")
    retry_after = caught.value.retry_after
    assert isinstance(retry_after, dt.timedelta)
    assert dt.timedelta(seconds=1) <= retry_after <= dt.timedelta(seconds=60)
    assert api.errors[-1][2].startswith("Too Many Requests: retry after ")


async def test_copies_count_towards_the_per_chat_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    async with LocalBotApi(enforce_limits=True) as api:
        api.add_user(AMIRA)
        api.add_user(JONAS)
        original = await api.send_text(AMIRA, "hallo")
        async with Bot(api.token, base_url=api.base_url) as bot:
            with pytest.raises(RetryAfter):
                for _ in range(10):
                    await bot.copy_message(JONAS.id, AMIRA.id, original["message_id"])
    assert len(api.delivered(JONAS.id)) == 3  # the burst a private chat is allowed


async def test_latency_applies_to_every_call() -> None:
    async with LocalBotApi(latency=(0.05, 0.06)) as api:
        api.add_user(AMIRA)
        async with Bot(api.token, base_url=api.base_url) as bot:
            started = time.monotonic()
            await bot.get_me()
            await bot.send_message(AMIRA.id, "hallo")
            await bot.send_chat_action(AMIRA.id, ChatAction.TYPING)
            assert time.monotonic() - started >= 0.15


async def test_long_polling_holds_until_an_update_comes(api: LocalBotApi, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done()  # held, not answered empty at once
    await api.send_text(AMIRA, "Hallo")
    updates = await asyncio.wait_for(poll, 2)
    assert [u.message.text for u in updates if u.message] == ["Hallo"]
    assert 0.3 <= time.monotonic() - started < 2


async def test_long_polling_answers_empty_at_the_timeout(api: LocalBotApi, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 1.0 <= time.monotonic() - started < 2


async def test_the_record_says_what_reached_whom_and_when(api: LocalBotApi, bot: Bot) -> None:
    before = time.time()
    await bot.send_message(AMIRA.id, "eins")
    api.blocked_users.add(JONAS.id)
    with pytest.raises(Forbidden):
        await bot.send_message(JONAS.id, "zwei")
    await bot.send_document(AMIRA.id, io.BytesIO(b"x"), filename="a.txt")
    await bot.send_chat_action(AMIRA.id, ChatAction.TYPING)
    delivered = api.delivered()
    assert [(r.method, r.chat_id) for r in delivered] == [
        ("sendMessage", AMIRA.id),
        ("sendDocument", AMIRA.id),
    ]
    assert [r.message_id for r in delivered] == [1, 2]
    assert delivered[0].params["text"] == "eins" and delivered[1].params["document"]["file_name"] == "a.txt"
    assert before <= delivered[0].at <= delivered[1].at <= time.time()
    assert api.delivered(JONAS.id) == []
    (failed,) = api.records(chat_id=JONAS.id)
    assert (failed.ok, failed.error_code, failed.description) == (
        False,
        403,
        "Forbidden: bot was blocked by the user",
    )
    assert [r.method for r in api.records(chat_id=AMIRA.id)] == [
        "sendMessage",
        "sendDocument",
        "sendChatAction",
    ]
    calls = [(r.seq, r.method) for r in api.records()]
    assert calls[-4:] == [
        (len(calls) - 3, "sendMessage"),
        (len(calls) - 2, "sendMessage"),
        (len(calls) - 1, "sendDocument"),
        (len(calls), "sendChatAction"),
    ]
    assert api.delivered(method="sendDocument") == [delivered[1]]


def test_the_sandbox_latency_flag_reads_milliseconds() -> None:
    assert latency_ms("20-50") == (0.02, 0.05)
    assert latency_ms("30") == (0.03, 0.03)
    for wrong in ("fast", "50-20", "-5"):
        with pytest.raises(argparse.ArgumentTypeError):
            latency_ms(wrong)


async def test_blocking_the_bot_is_heard_as_my_chat_member(api: LocalBotApi, bot: Bot) -> None:
    api.block(JONAS)
    await refused(
        api, bot.send_message(JONAS.id, "Hallo"), Forbidden, "Forbidden: bot was blocked by the user"
    )
    api.block(JONAS, blocked=False)
    assert await bot.send_message(JONAS.id, "Hallo")
    updates = await bot.get_updates()
    changes = [u.my_chat_member for u in updates if u.my_chat_member]
    assert [(c.old_chat_member.status, c.new_chat_member.status) for c in changes] == [
        ("member", "kicked"),
        ("kicked", "member"),
    ]
    assert (
        changes[0].from_user.id == JONAS.id and changes[0].new_chat_member.user.id == api.state.bot_user["id"]
    )


async def test_links_commands_and_mentions_are_found_as_telegram_finds_them(
    api: LocalBotApi, bot: Bot
) -> None:
    sent = await bot.send_message(
        AMIRA.id,
        "Mit /start@begleiter_test_bot beginnen, @jonas_k fragen, <code>/nicht</code> "
        "oder <a href='https://example.org'>https://example.org</a>, dann https://begleiter.example/faq.",
        parse_mode="HTML",
    )
    found = [(e.type, (sent.text or "")[e.offset : e.offset + e.length]) for e in sent.entities]
    assert found == [
        ("bot_command", "/start@begleiter_test_bot"),
        ("mention", "@jonas_k"),
        ("code", "/nicht"),
        ("text_link", "https://example.org"),
        ("url", "https://begleiter.example/faq"),
    ]
