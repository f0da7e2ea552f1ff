"""The person's data rights as they see them: the consent on record, the export as a file or text."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.models import ConsentRecord
from ui import buttons
from ui.keyboards import button
from ui.settings import chosen

TELEGRAM_TEXT_LIMIT = 4096


# The privacy notice in two layers: a few lines (what is stored, who sees it, how to delete)
# with "Mehr lesen", which turns the same message into the whole text. In the person's
# language only; the consent question below it is German and theirs, like every question.
CONSENT, INFO = "consent", "info"


def consent_request(t: Translator, *, whole: bool = False) -> tuple[str, InlineKeyboardMarkup]:
    """The notice with the consent question, "Mehr lesen" while short, then agree / decline."""
    notice = t("privacy-notice" if whole else "privacy-short")
    rows = [] if whole else [[button(t.label("privacy-more"), buttons.PRIVACY_MORE, CONSENT)]]
    rows += [
        [button(t.label("consent-yes"), buttons.CONSENT, "yes")],
        [button(t.label("consent-no"), buttons.CONSENT, "no")],
    ]
    return f"{notice}\n\n{t.both('consent-question')}", InlineKeyboardMarkup(rows)


def consent_answered(t: Translator, *, granted: bool) -> str:
    """The consent message once answered: the short notice and the question stay, the answer
    ("→ Ja, einverstanden", German and hers) replaces the buttons; after a yes, where to read
    it again. Short even if "Mehr lesen" had opened the whole text: /privacy has it."""
    answer = chosen(t, lambda tr: tr("consent-yes" if granted else "consent-no"))
    text = f"{t('privacy-short')}\n\n{t.both('consent-question')}\n\n{answer}"
    if granted:
        text += f"\n\n{t.both('consent-thanks')}"
    return text


def short_notice(t: Translator) -> tuple[str, InlineKeyboardMarkup]:
    """/privacy once agreed: the short notice and "Mehr lesen"."""
    more = button(t.label("privacy-more"), buttons.PRIVACY_MORE, INFO)
    return t("privacy-short"), InlineKeyboardMarkup([[more]])


def consent_status(t: Translator, record: ConsentRecord, timezone: str) -> str:
    local = record.recorded_at.astimezone(ZoneInfo(timezone))
    return t(
        "consent-status",
        date=format_date(local.date(), format="medium", locale=t.language),
        version=record.notice_version,
    )


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def chunks(text: str, size: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split at line breaks where possible, never beyond Telegram's limit."""
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > size:
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:size])
            line = line[size:]
        if len(current) + len(line) > size:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return parts
