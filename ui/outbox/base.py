"""What a renderer gets (one outbox row and its recipient) and what it returns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup

from bot.deps import Deps
from bot.i18n import LANGUAGES, Translator
from bot.models import OutboxMessage, Person


@dataclass(frozen=True)
class Outgoing:
    text: str
    markup: InlineKeyboardMarkup | None = None
    # (file name, content, caption): sent after the text where files can be sent.
    document: tuple[str, bytes, str] | None = None
    # (kind, file_id): a photo ("photo") or a file ("document") Telegram has already, sent
    # first, with `text` as its caption where it fits (1,024 characters), else followed by
    # `text`; the markup goes with the text. Not with copy_of or edit_of.
    attachment: tuple[str, str] | None = None
    # "HTML" for Telegram HTML (everything a person typed escaped), None for plain text.
    parse_mode: str | None = None
    # (chat id, message id): send a copy of that message (a picture, a voice message) with
    # `text` as its caption (at most 1,024 characters) instead of a text message.
    copy_of: tuple[int, int] | None = None
    # The id of a message sent before to the same chat: edited to this text and markup
    # instead of sending a new one (sent anew should it be gone or too old to edit).
    edit_of: int | None = None
    # With edit_of: a short message sent as a reply to the edited one once the edit is done
    # (Telegram makes no sound for an edit; a new alert in a staff message must be heard).
    ping: str | None = None


@dataclass
class RenderContext:
    session: AsyncSession
    row: OutboxMessage
    recipient: Person
    deps: Deps
    now: datetime


Renderer = Callable[[RenderContext], Awaitable[Outgoing | None]]


async def untranslated_line(context: RenderContext, t: Translator, source: str, target: str = "de") -> str:
    """Why a text comes without its machine translation: no model for the language, or an
    installed model that failed this time (saying "none installed" then would be false)."""
    installed = await context.deps.mt.available(source, target)
    if installed:
        return t("truth-translation-failed")
    if source in LANGUAGES:  # "Keine maschinelle Übersetzung für Tigrinya installiert."
        return t("mt-none-for", language=t(f"language-name-{source}"))
    return t("alert-no-translation")


def translator(context: RenderContext) -> Translator:
    """The recipient's language, looked up at send time (they may have changed it)."""
    return Translator(context.deps.catalogue, context.recipient.language or "de")
