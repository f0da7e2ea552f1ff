"""The Telegram command menu, per language and per role. Optional: failures are logged only."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.i18n import REFERENCE, Catalogue
from bot.models import Person
from handlers.access import Audience, audience_of, menu_commands

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


async def publish_for_person(bot: Bot, catalogue: Catalogue, person: Person) -> None:
    """A person's own menu: their role's commands in their language."""
    if person.chat_id is None:
        return
    language = person.language or REFERENCE
    try:
        await bot.set_my_commands(
            commands_for(catalogue, language, audience_of(person)),
            scope=BotCommandScopeChat(person.chat_id),
        )
    except TelegramError as exc:
        log.warning("setMyCommands for a chat failed: %s", type(exc).__name__)


async def withdraw_for_chat(bot: Bot, chat_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except TelegramError as exc:
        log.warning("deleteMyCommands for a chat failed: %s", type(exc).__name__)
