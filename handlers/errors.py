"""The one error handler: a reference code for the person, the traceback for the log (its
frames and exception types: an exception's message may hold what a person wrote, and a
database error's the values it failed on)."""

from __future__ import annotations

import logging
import secrets

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot import botapi
from bot.deps import BotContext
from bot.i18n import Translator, pick_language
from bot.logs import describe_exception

log = logging.getLogger(__name__)


def new_reference() -> str:
    return secrets.token_hex(4).upper()


async def on_error(update: object, context: BotContext) -> None:
    reference = new_reference()
    # Only ids go to the log: the update itself may carry what a person wrote.
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    log.error(
        "unhandled error %s (update %s): %s\n%s",
        reference,
        update_id,
        type(error).__name__,
        describe_exception(error) if error is not None else "no exception",
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    catalogue = context.deps.catalogue
    user = update.effective_user
    t = Translator(catalogue, pick_language(catalogue, user.language_code if user else None))
    if update.callback_query is not None:
        # Stops the spinner, unless the turn answered it already: the apology goes out either way.
        try:
            await update.callback_query.answer()
        except Exception as exc:
            log.info("update %s: answerCallbackQuery failed: %s", update_id, type(exc).__name__)
    try:
        await botapi.send_text(
            context.bot, update.effective_chat.id, t.both("error-apology", reference=reference)
        )
    except Forbidden:
        log.info("update %s: no apology for %s, the person blocked the bot", update_id, reference)
    except TelegramError as exc:
        log.warning("could not send the apology for %s: %s", reference, type(exc).__name__)
