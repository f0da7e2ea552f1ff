"""/privacy, /export and /delete: the person's data rights."""

from __future__ import annotations

import io
import logging

from telegram import ReplyKeyboardRemove
from telegram.error import TelegramError

from bot import botapi
from bot.models import PersonStatus
from bot.services import people, privacy
from handlers import menu
from handlers.start import ask_consent
from handlers.turn import Turn, command, stale
from ui import buttons, keyboards
from ui import coach as coach_view
from ui import privacy as view

log = logging.getLogger(__name__)


@command("privacy")
async def cmd_privacy(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if person.status is not PersonStatus.ACTIVE:
        await ask_consent(turn)
        return
    await turn.reply(*view.short_notice(turn.t))
    latest = await turn.call(people.latest_consent, person)
    if latest is not None:
        await turn.reply(view.consent_status(turn.t, latest, person.timezone))


async def cb_more(turn: Turn) -> None:
    """ "Mehr lesen": the short notice becomes the whole text in place; while joining, the
    consent buttons stay under it."""
    person = turn.person
    assert person is not None and turn.button is not None
    asking = person.status in (PersonStatus.ONBOARDING, PersonStatus.DECLINED)
    where = turn.button.arg()
    if (where, asking) not in ((view.CONSENT, True), (view.INFO, False)):
        await stale(turn)
        return
    await turn.answer()
    if asking:
        turn.edit(*view.consent_request(turn.t, whole=True))
    else:
        turn.edit(turn.t("privacy-notice"))


@command("export")
async def cmd_export(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    payload = view.export_json(await turn.call(privacy.export_person, person, now=turn.now))
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
        await botapi.send_text(bot, chat_id, t("export-as-text"))
        for chunk in view.chunks(payload):
            await botapi.send_text(bot, chat_id, chunk)

    turn.later(send)


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
    deletion = await turn.call(privacy.delete_person, person, now=turn.now)
    log.info("person %s erased their data", deletion.person_id)
    # After the commit, and before "erased" is said: gone from the files on disk too.
    engine = turn.deps.engine
    turn.later(lambda: privacy.flush_erased(engine))
    # The keyboard under the chat goes with the data: its buttons would only meet a refusal now.
    await turn.reply(t.both("delete-done"), ReplyKeyboardRemove())
    bot = turn.context.bot
    turn.later(lambda: menu.withdraw_for_chat(bot, chat_id))
    if deletion.coach_chat_id is not None:
        text = coach_view.participant_notice(
            turn.deps.catalogue, "coach-participant-deleted", deletion.coach_language, deletion.name
        )
        await turn.notify(deletion.coach_chat_id, text, "participant-deleted")
