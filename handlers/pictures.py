"""Sending a picture the bot draws (bot/charts.py), with its text where pictures fail."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot import botapi, charts
from handlers.turn import Turn

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024  # Telegram's, in UTF-16 code units


async def send_picture(turn: Turn, draw: Callable[[], bytes], caption: str, *, what: str) -> None:
    """Draw a picture and send it with `caption`, after what the turn queued so far.

    Drawing is CPU work: it runs in a worker thread, with this turn's transaction committed
    (turn.outside_transaction), while the chat shows "sending a photo…". Should drawing or
    sending fail, the caption goes as a message instead; a caption too long for a picture
    goes as a message after it."""
    turn.typing(ChatAction.UPLOAD_PHOTO)
    picture = await turn.outside_transaction(asyncio.to_thread(charts.drawn, draw, what))
    fits = len(caption.encode("utf_16_le")) // 2 <= CAPTION_LIMIT
    bot, chat_id = turn.context.bot, turn.chat_id

    async def send() -> None:
        if picture is not None:
            try:
                await bot.send_photo(chat_id, photo=picture, caption=caption if fits else None)
                if fits:
                    return
            except TelegramError as exc:
                log.info("sendPhoto of %s failed: %s", what, type(exc).__name__)
        await botapi.send_text(bot, chat_id, caption)

    turn.later(send)
