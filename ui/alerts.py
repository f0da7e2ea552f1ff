"""Alerts for coaches and staff outside the outbox: the list of open ones (/alerts), and
each received alert message as it reads once someone has marked it as seen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup

from bot.deps import Deps
from bot.i18n import Translator, shorten
from bot.kinds import Kind
from bot.models import Alert, AlertSource, Person, Severity
from bot.services import alerts
from ui import buttons
from ui.appointment_text import local_time
from ui.checkin_text import SEVERITY_MARK, reason_lines
from ui.keyboards import button
from ui.outbox.alerts import alert_view, incident_view
from ui.outbox.base import RenderContext

NAME_LIMIT = 24  # in a button label and a toast


@dataclass(frozen=True)
class SentAlert:
    """One alert message a coach or staff member received, as it should read now."""

    chat_id: int
    message_id: int
    text: str
    markup: InlineKeyboardMarkup | None


async def seen_edits(
    session: AsyncSession, alert_ids: Sequence[int], *, deps: Deps, now: datetime
) -> list[SentAlert]:
    """Every alert message that went out for these alerts, re-rendered by the renderer that
    sent it: the same text plus "✅ Gesehen von …", without the ✅ button. A staff message
    edited to show several alerts (one incident) is rendered as its last edit shows it."""
    edits: dict[tuple[int, int], SentAlert] = {}
    for alert_id in alert_ids:
        alert = await session.get(Alert, alert_id)
        if alert is None:
            continue
        for row, recipient in await alerts.sent_alert_messages(session, alert_id):
            if recipient.chat_id is None or row.telegram_message_id is None:
                continue
            where = (recipient.chat_id, row.telegram_message_id)
            if where in edits:
                continue
            if row.kind == Kind.ALERT_STAFF:
                latest = await alerts.latest_edit(session, row)
                found = await incident_view(RenderContext(session, latest, recipient, deps, now))
                view = found[0] if found is not None else None
            else:
                view = await alert_view(RenderContext(session, row, recipient, deps, now), alert)
            if view is None:
                continue  # no longer theirs to see (moved to another coach, deleted)
            edits[where] = SentAlert(*where, view.text, view.markup)
    return list(edits.values())


def open_alerts(
    t: Translator, viewer: Person, items: Sequence[tuple[Alert, Person]], total: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The open alerts, newest first: who, when, how urgent, why in short; a ✅ per alert."""
    if not items:
        return t("alerts-none"), None
    lines = [t("alerts-head", count=total)]
    keys = []
    for alert, participant in items:
        name = shorten(participant.display_name or t("someone"), NAME_LIMIT)
        when = local_time(alert.created_at, viewer).strftime("%d.%m. %H:%M")
        mark = SEVERITY_MARK[Severity(alert.severity)]
        lines.append(t("alerts-item", mark=mark, name=name, when=when, why=_why(t, alert)))
        # Several alerts of one person: the mark and the time tell their buttons apart.
        which = f"{mark} {name} {when[-5:]}"
        keys.append([button(t("alerts-ack", name=which), buttons.ALERT_ACK, alert.id, LISTED)])
    if total > len(items):
        lines.append(t("alerts-more", count=total - len(items)))
    return "\n".join(lines), InlineKeyboardMarkup(keys)


# The ✅ of a listed alert says so: pressing it shows the list again, not the alert message.
LISTED = "l"


def _why(t: Translator, alert: Alert) -> str:
    if alert.source is AlertSource.HELP_BUTTON:
        return t("alert-why-help_button")
    first = next(iter(reason_lines(t, alert.reasons)), "")
    return shorten(first.removeprefix("• "), 60)


def duty_view(t: Translator, on_duty: bool) -> tuple[str, InlineKeyboardMarkup]:
    """/duty: the current state and the one button that changes it."""
    if on_duty:
        return t("duty-state-on"), InlineKeyboardMarkup([[button(t("duty-switch-off"), buttons.DUTY, "off")]])
    return t("duty-state-off"), InlineKeyboardMarkup([[button(t("duty-switch-on"), buttons.DUTY, "on")]])
