"""The person's data rights as they see them: the consent on record, the export as a file or text."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import Translator
from bot.models import ConsentRecord

TELEGRAM_TEXT_LIMIT = 4096


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
