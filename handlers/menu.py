"""The Telegram command menu, per language and per role. Optional: failures are logged only."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.i18n import REFERENCE, Catalogue
from handlers.access import Audience, menu_commands

log = logging.getLogger(__name__)


def commands_for(catalogue: Catalogue, language: str, audience: Audience) -> list[BotCommand]:
    return [
        BotCommand(name, catalogue.render(language, f"cmd-{name}").lstrip("\u200f"))
        for name in menu_commands(audience)
    ]


async def publish_defaults(bot: Bot, catalogue: Catalogue) -> None:
    """What a stranger's menu shows, in each language Telegram may report for them."""
    try:
        await bot.set_my_commands(
            commands_for(catalogue, REFERENCE, Audience.GUEST), scope=BotCommandScopeDefault()
        )
        for language in catalogue.languages:
            await bot.set_my_commands(
                commands_for(catalogue, language, Audience.GUEST),
                scope=BotCommandScopeDefault(),
                language_code=language,
            )
    except TelegramError as exc:
        log.warning("setMyCommands failed, the menu stays as it was: %s", type(exc).__name__)


async def publish(
    bot: Bot, catalogue: Catalogue, chat_id: int | None, language: str | None, audience: Audience
) -> None:
    """A person's own menu: their role's commands in their language."""
    if chat_id is None:
        return
    try:
        await bot.set_my_commands(
            commands_for(catalogue, language or REFERENCE, audience), scope=BotCommandScopeChat(chat_id)
        )
    except TelegramError as exc:
        log.warning("setMyCommands for a chat failed: %s", type(exc).__name__)


async def withdraw_for_chat(bot: Bot, chat_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except TelegramError as exc:
        log.warning("deleteMyCommands for a chat failed: %s", type(exc).__name__)
