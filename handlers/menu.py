"""The menus: Telegram's command menu per language and role (optional: failures are only
logged), and the persistent reply keyboard whose pressed labels arrive as plain text."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault, ReplyKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.deps import BotContext
from bot.i18n import REFERENCE, Catalogue, Translator
from bot.services import dialogue
from handlers import appointments, coach, help, practice
from handlers.access import MENU_ENTRIES, Audience, menu_commands
from handlers.turn import PTBCallback, Turn, TurnHandler, anyone, refuse
from ui import menu as view

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


# -- the reply keyboard ------------------------------------------------------------------------


def reply_keyboard(t: Translator, audience: Audience) -> ReplyKeyboardMarkup | None:
    """The keyboard under the chat for members; none while joining or after declining."""
    if audience is Audience.PARTICIPANT:
        return view.keyboard(t, view.PARTICIPANT)
    if audience is Audience.COACH:
        return view.keyboard(t, view.COACH)
    if audience is Audience.STAFF:
        return view.keyboard(t, view.STAFF)
    return None


def entry(key: str, handler: TurnHandler) -> PTBCallback:
    """A keyboard entry served by a Turn handler, with the access rule of MENU_ENTRIES[key]
    (entries served by a command's callback keep that command's rule in COMMANDS)."""
    allowed = MENU_ENTRIES[key]

    async def guarded(turn: Turn) -> None:
        if turn.audience & allowed:
            await handler(turn)
        else:
            await refuse(turn)

    guarded.__name__ = handler.__name__
    return anyone(guarded)


async def _write_to_coach(turn: Turn) -> None:
    # Placeholder until handlers.talk.begin_message: the next text goes to the coach the way
    # an answer to the coach does (translated, scanned for crisis words).
    person = turn.person
    assert person is not None
    dialogue.begin(person, help.HELP_TEXT)
    await turn.reply(turn.t.both("relay-answer-ask"))


async def _open_alerts(update: Update, context: BotContext) -> None:
    # Placeholder until handlers.alerts.cmd_alerts (then: entry("alerts", alerts.cmd_alerts)):
    # the list of participants, which shows each one's open alerts, under the same access rule.
    await coach.cmd_participants(update, context)


# Label key -> the callback that serves it. Each runs with the pressed label's update, so it
# opens the one turn of this update and applies its own access rule.
ROUTES: dict[str, PTBCallback] = {
    "sos": help.cmd_sos,
    "appointments": appointments.cmd_appointments,
    "practice": practice.cmd_practice,
    "participants": coach.cmd_participants,
    "coach": entry("coach", _write_to_coach),
    "alerts": _open_alerts,
}


async def on_label(update: Update, context: BotContext) -> None:
    """A keyboard label was pressed (it arrives as its text): do what the label says."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    key = view.labels(context.deps.catalogue).get(message.text)
    if key is not None:
        await ROUTES[key](update, context)
