"""/privacy, /export and /delete: the person's data rights."""

from __future__ import annotations

import io
import json
import logging
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram.error import TelegramError

from bot.models import PersonStatus
from bot.services import people, privacy
from handlers import menu
from handlers.start import ask_consent
from handlers.turn import Turn, command, stale
from ui import buttons, keyboards

log = logging.getLogger(__name__)

TELEGRAM_TEXT_LIMIT = 4096


@command("privacy")
async def cmd_privacy(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if person.status is not PersonStatus.ACTIVE:
        await ask_consent(turn)
        return
    await turn.reply(turn.t("privacy-notice"))
    latest = await people.latest_consent(turn.session, person)
    if latest is not None:
        local = latest.recorded_at.astimezone(ZoneInfo(person.timezone))
        await turn.reply(
            turn.t(
                "consent-status",
                date=format_date(local.date(), format="medium", locale=turn.t.language),
                version=latest.notice_version,
            )
        )


@command("export")
async def cmd_export(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    data = await privacy.export_person(turn.session, person, now=turn.now)
    payload = json.dumps(data, ensure_ascii=False, indent=2)
    bot, chat_id, t = turn.context.bot, turn.chat_id, turn.t

    async def send() -> None:
        try:
            await bot.send_document(
                chat_id,
                document=io.BytesIO(payload.encode("utf-8")),
                filename="begleiter-export.json",
                caption=t("export-caption"),
            )
            return
        except TelegramError as exc:
            log.warning("sendDocument failed, sending the export as text: %s", type(exc).__name__)
        await bot.send_message(chat_id, t("export-as-text"))
        for chunk in _chunks(payload, TELEGRAM_TEXT_LIMIT):
            await bot.send_message(chat_id, chunk)

    turn.later(send)


def _chunks(text: str, size: int) -> list[str]:
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


@command("delete")
async def cmd_delete(turn: Turn) -> None:
    await turn.reply(
        turn.t.both("delete-question"),
        keyboards.yes_no(turn.t, buttons.DELETE, "delete-yes", "delete-no"),
    )


async def cb_delete(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    choice = turn.button.arg()
    if choice not in ("yes", "no"):
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    if choice == "no":
        await turn.reply(turn.t.both("delete-kept"))
        return
    t = turn.t
    chat_id = turn.chat_id
    deletion = await privacy.delete_person(turn.session, person, now=turn.now)
    log.info("person %s erased their data", deletion.person_id)
    await turn.reply(t.both("delete-done"))
    bot = turn.context.bot
    turn.later(lambda: menu.withdraw_for_chat(bot, chat_id))
    if deletion.coach_chat_id is not None:
        catalogue = turn.deps.catalogue
        language = deletion.coach_language or "de"
        name = deletion.name or catalogue.render(language, "someone")
        text = catalogue.render(language, "coach-participant-deleted", {"name": name})
        await turn.notify(deletion.coach_chat_id, text, "participant-deleted")
