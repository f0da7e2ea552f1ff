"""The staff member's progress message of a broadcast, edited as its rows go out, and the final
report once none is waiting. Bot API calls happen between units of work, never inside one."""

from __future__ import annotations

import logging
from typing import Any

from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot import botapi
from bot.deps import Deps
from bot.i18n import Translator
from bot.services import broadcasts
from ui import broadcasts as view

log = logging.getLogger(__name__)


async def report_progress(deps: Deps, bot: ExtBot[Any]) -> int:
    """One round: edit each running broadcast's progress message where its figures changed; a
    finished one gets its final report as a new message (an edit makes no sound). Returns how
    many broadcasts were looked at."""
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        running = await broadcasts.progress_due(session, now=now)
    for item in running:
        t = Translator(deps.catalogue, item.language)
        shown = view.progress(t, item.broadcast_id, item.figures, finished=item.finished)
        if shown != item.shown:
            try:
                await botapi.edit_text(bot, item.chat_id, item.message_id, shown)
            except TelegramError as exc:  # too old, deleted, not modified: the report still comes
                log.info("progress of broadcast %s not edited: %s", item.broadcast_id, type(exc).__name__)
        if item.finished:
            try:
                await botapi.send_text(bot, item.chat_id, shown)
            except TelegramError as exc:
                log.warning(
                    "final report of broadcast %s not sent: %s", item.broadcast_id, type(exc).__name__
                )
        async with deps.sessionmaker.begin() as session:
            await broadcasts.record_progress(
                session, item.broadcast_id, shown, finished=item.finished, now=now
            )
    return len(running)
