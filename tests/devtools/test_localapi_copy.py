"""copyMessage on the local Bot API server: a user's voice message or photo copied into
another chat with a new caption, answered with a MessageId like Telegram does."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from devtools.localapi import LocalBotApi, SimUser

AMIRA = SimUser(id=4301, first_name="Amira", language_code="ar")
JONAS = SimUser(id=4302, first_name="Jonas", language_code="de")
VOICE = {"file_id": "VOICE1", "file_unique_id": "V1", "duration": 3, "mime_type": "audio/ogg"}


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


async def test_a_voice_message_is_copied_with_a_new_caption_and_buttons(api: LocalBotApi, bot: Bot) -> None:
    original = await api.send_content(AMIRA, {"voice": VOICE, "caption": "مرحبا"})
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Antworten", callback_data="rly:1")]])
    copied = await bot.copy_message(
        JONAS.id, AMIRA.id, original["message_id"], caption="🎤 Von Amira", reply_markup=markup
    )
    (shown,) = api.bot_messages(JONAS.id)
    assert shown["message_id"] == copied.message_id
    assert shown["voice"] == VOICE and shown["caption"] == "🎤 Von Amira"
    assert shown["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "rly:1"
    assert "from" in shown and shown["from"]["is_bot"]


async def test_without_a_caption_the_original_one_stays(api: LocalBotApi, bot: Bot) -> None:
    photo = [{"file_id": "P1", "file_unique_id": "U1", "width": 10, "height": 10}]
    original = await api.send_content(AMIRA, {"photo": photo, "caption": "Rezept"})
    await bot.copy_message(JONAS.id, AMIRA.id, original["message_id"])
    (shown,) = api.bot_messages(JONAS.id)
    assert shown["photo"] == photo and shown["caption"] == "Rezept"


async def test_copying_what_is_not_there_is_refused(api: LocalBotApi, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message to copy not found"):
        await bot.copy_message(JONAS.id, AMIRA.id, 999)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.copy_message(JONAS.id, 123, 1)
    original = await api.send_content(AMIRA, {"voice": VOICE})
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.copy_message(JONAS.id, AMIRA.id, original["message_id"], caption="x" * 1025)
