"""Alerts for coaches and staff: the "seen" button, and /alerts, the open ones."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup

from bot import botapi
from bot.i18n import shorten
from bot.services import alerts
from handlers.turn import Turn, command, stale
from ui import alerts as view
from ui.alerts import LISTED, NAME_LIMIT, SentAlert

log = logging.getLogger(__name__)


@command("alerts")
async def cmd_alerts(turn: Turn) -> None:
    """The open alerts this coach or staff member may see, newest first, each with ✅."""
    text, markup = await _open_alerts(turn)
    await turn.reply(text, markup)


async def cb_alert_ack(turn: Turn) -> None:
    viewer = turn.person
    alert_id = turn.button.int_arg(0) if turn.button else None
    seen = await turn.call(alerts.acknowledge_by, viewer, alert_id, now=turn.now) if viewer else None
    if seen is None or alert_id is None:
        await stale(turn)
        return
    if not seen.first:
        toast = turn.t("alert-acknowledged-before")
    elif seen.notice_planned:
        name = shorten(seen.participant_name or turn.t("someone"), NAME_LIMIT)
        toast = turn.t("alert-acknowledged", name=name)
    else:  # a normal alert: the participant is not told, so the toast does not say so
        toast = turn.t("alert-seen-toast")
    await turn.answer(toast)
    # Everyone who received the alert (the coach, staff it was escalated to) sees who took it.
    # A staff message showing several alerts about her (one incident) acknowledged them all.
    edits = await turn.call(view.seen_edits, seen.alert_ids or (alert_id,), deps=turn.deps, now=turn.now)
    pressed = _pressed(turn)
    if not seen.first:  # the others were edited when it was first marked: this one only
        edits = [edit for edit in edits if (edit.chat_id, edit.message_id) == pressed]
    for edit in edits:
        _edit_later(turn, edit)
    if turn.button is not None and turn.button.arg(1) == LISTED:
        text, markup = await _open_alerts(turn)  # pressed in /alerts: the list, one fewer
        turn.edit(text, markup)


async def _open_alerts(turn: Turn) -> tuple[str, InlineKeyboardMarkup | None]:
    viewer = turn.person
    assert viewer is not None
    items, total = await turn.call(alerts.open_alerts_for, viewer)
    return view.open_alerts(turn.t, viewer, items, total)


def _pressed(turn: Turn) -> tuple[int, int] | None:
    query = turn.update.callback_query
    message = query.message if query is not None else None
    return (message.chat.id, message.message_id) if message is not None else None


def _edit_later(turn: Turn, edit: SentAlert) -> None:
    bot = turn.context.bot

    async def send() -> None:
        # Cosmetic: a message too old to edit (or one deleted) changes nothing that matters.
        try:
            await botapi.edit_text(bot, edit.chat_id, edit.message_id, edit.text, reply_markup=edit.markup)
        except Exception as exc:  # an answer that cannot be read, too
            log.info(
                "update %s: editing an alert message failed: %s", turn.update.update_id, type(exc).__name__
            )

    turn.later(send)
