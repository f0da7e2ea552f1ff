"""Files a user sends reach the bot as Telegram sends them (a photo's sizes, a document's name,
type and size), and the bot may send them on by file_id, as a photo or a document with a
caption and buttons, with Telegram's refusals: a file_id it does not know, one of the other
kind, a caption over 1,024 characters."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from bot.qr import png
from devtools.localapi import LocalBotApi, SimUser

STAFF = SimUser(id=4401, first_name="Sabine", language_code="de")
AMIRA = SimUser(id=4402, first_name="Amira", language_code="ar")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Ich habe Interesse", callback_data="bci:1:1")]])


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as server:
        server.add_user(STAFF)
        server.add_user(AMIRA)
        yield server


@pytest.fixture
async def bot(api: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


async def _received(bot: Bot) -> list[Message]:
    return [update.message for update in await bot.get_updates(timeout=0) if update.message is not None]


async def test_a_users_photo_and_pdf_arrive_and_go_on_by_file_id(api: LocalBotApi, bot: Bot) -> None:
    picture = png("https://example.org/kurs")
    await api.send_photo(STAFF, picture, caption="Flyer")
    await api.send_document(STAFF, PDF, "Kurs August.pdf")
    photo_message, pdf_message = await _received(bot)
    assert photo_message.caption == "Flyer" and photo_message.photo
    largest = photo_message.photo[-1]
    assert largest.file_size == len(picture) and largest.width > 0 and largest.height > 0
    document = pdf_message.document
    assert document is not None and document.file_name == "Kurs August.pdf"
    assert (document.mime_type, document.file_size) == ("application/pdf", len(PDF))

    caption = "📢 Nachricht vom Team\n\nAm 24. August startet die siebte Berufsorientierung."
    sent = await bot.send_photo(AMIRA.id, largest.file_id, caption=caption, reply_markup=KEYBOARD)
    assert sent.photo and sent.photo[-1].file_id == largest.file_id and sent.caption == caption
    assert sent.reply_markup == KEYBOARD
    sent = await bot.send_document(AMIRA.id, document.file_id)
    assert sent.document is not None and sent.document.file_name == "Kurs August.pdf"
    assert api.file_bytes(document.file_id) == PDF  # the same file, not a copy made anew
    file = await bot.get_file(document.file_id)
    assert bytes(await file.download_as_bytearray()) == PDF


async def test_file_ids_are_refused_as_telegram_refuses_them(api: LocalBotApi, bot: Bot) -> None:
    await api.send_photo(STAFF, png("https://example.org/a"))
    await api.send_document(STAFF, PDF, "flyer.pdf")
    photo_message, pdf_message = await _received(bot)
    photo_id = photo_message.photo[-1].file_id
    assert pdf_message.document is not None
    with pytest.raises(BadRequest, match="Can't use file of type photo as document"):
        await bot.send_document(AMIRA.id, photo_id)
    with pytest.raises(BadRequest, match="Can't use file of type document as photo"):
        await bot.send_photo(AMIRA.id, pdf_message.document.file_id)
    with pytest.raises(BadRequest, match="Wrong file identifier/http url specified"):
        await bot.send_photo(AMIRA.id, "AgACAgIAAxkBAAIBnowhere")
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(AMIRA.id, photo_id, caption="x" * 1025)
    sent = await bot.send_photo(AMIRA.id, photo_id, caption="x" * 1024)
    assert sent.caption == "x" * 1024
