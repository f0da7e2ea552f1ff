"""The menus: Telegram's command menu per language and role (optional: failures are only
logged), and the persistent reply keyboard whose pressed labels arrive as plain text."""

from __future__ import annotations

import logging
from functools import partial

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault, ReplyKeyboardMarkup, Update

from bot.botapi import failure, patiently
from bot.deps import BotContext
from bot.i18n import REFERENCE, Catalogue, Translator, telegram_code
from handlers import alerts, appointments, coach, help, practice, talk
from handlers.access import Audience, menu_commands
from handlers.turn import PTBCallback
from ui import menu as view

log = logging.getLogger(__name__)

MENU_ATTEMPTS = 4  # start-up waits at most 1 + 2 + 4 s for the menu


def commands_for(catalogue: Catalogue, language: str, audience: Audience) -> list[BotCommand]:
    return [
        BotCommand(name, catalogue.render(language, f"cmd-{name}").lstrip("\u200f"))
        for name in menu_commands(audience)
    ]


async def publish_defaults(bot: Bot, catalogue: Catalogue) -> None:
    """What a stranger's menu shows, in each language Telegram may report for them."""
    # At start-up: a 500 or a timeout is tried again a few times (1, 2, 4 s), then the bot
    # goes on without; a server that lacks the method is not asked again.
    menus = [(REFERENCE, None), *((language, telegram_code(language)) for language in catalogue.languages)]
    try:
        for language, code in menus:
            commands = commands_for(catalogue, language, Audience.GUEST)
            scope = BotCommandScopeDefault()
            await patiently(
                partial(bot.set_my_commands, commands, scope=scope, language_code=code),
                "setMyCommands",
                attempts=MENU_ATTEMPTS,
            )
    except Exception as exc:
        log.warning("setMyCommands failed, the menu stays as it was: %s", failure(exc))


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
    except Exception as exc:  # cosmetic, after the turn: nothing a person chose depends on it
        log.warning("setMyCommands for a chat failed: %s", failure(exc))


async def withdraw_for_chat(bot: Bot, chat_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except Exception as exc:
        log.warning("deleteMyCommands for a chat failed: %s", failure(exc))


# -- the reply keyboard ------------------------------------------------------------------------


def reply_keyboard(t: Translator, audience: Audience) -> ReplyKeyboardMarkup | None:
    """The keyboard under the chat for members; none while joining or after declining."""
    if audience is Audience.PARTICIPANT:
        return view.keyboard(t, view.PARTICIPANT)
    if audience is Audience.COACH:
        return view.keyboard(t, view.COACH)
    if audience is Audience.STAFF:
        return view.keyboard(t, view.STAFF)
    if audience is Audience.MENTOR:
        return view.keyboard(t, view.MENTOR)
    return None


# Label key -> the callback that serves it. Each runs with the pressed label's update, so it
# opens the one turn of this update and applies its own access rule.
ROUTES: dict[str, PTBCallback] = {
    "sos": help.cmd_sos,
    "appointments": appointments.cmd_appointments,
    "practice": practice.cmd_practice,
    "participants": coach.cmd_participants,
    "coach": talk.cmd_message,
    "alerts": alerts.cmd_alerts,
}


async def on_label(update: Update, context: BotContext) -> None:
    """A keyboard label was pressed (it arrives as its text): do what the label says."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    key = view.labels(context.deps.catalogue).get(message.text)
    if key is not None:
        await ROUTES[key](update, context)
