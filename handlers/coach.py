"""The coach's tools: /participants (a paged list), a participant's card, and notes."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot import charts
from bot.i18n import LANGUAGES, Translator
from bot.models import Attendance, Person, Role, Severity
from bot.services import caseload
from bot.services.caseload import CaseloadRow, CheckinSummary, ParticipantCard
from handlers.turn import Turn, command, dialogue_state, stale
from ui import buttons
from ui.appointment_text import kind_id, local_time

log = logging.getLogger(__name__)

NOTE = "coach-note"
MESSAGE_LIMIT = 4096  # Telegram's limit for one text message
MOOD_FACES = ("😞", "🙁", "😐", "🙂", "😄")  # as the weekly check-in shows them
NO_ANSWER = "·"


def _button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


def _viewer(turn: Turn) -> Person:
    assert turn.person is not None
    return turn.person


# -- the list ------------------------------------------------------------------------------


@command("participants")
async def cmd_participants(turn: Turn) -> None:
    await _show_page(turn, 0)


async def cb_page(turn: Turn) -> None:
    assert turn.button is not None
    page = turn.button.int_arg()
    if page is None:
        await stale(turn)
        return
    await turn.answer()
    await _show_page(turn, page)


async def _show_page(turn: Turn, page: int) -> None:
    viewer = _viewer(turn)
    found = await caseload.list_page(turn.session, viewer, page=page, now=turn.now)
    staff = viewer.role is Role.STAFF
    if not found.total:
        await turn.reply(turn.t("caseload-empty-staff" if staff else "caseload-empty"))
        return
    t, zone = turn.t, ZoneInfo(viewer.timezone)
    title = "caseload-title-staff" if staff else "caseload-title"
    lines = [t(title, total=found.total, page=found.page + 1, pages=found.pages)]
    for row in found.rows:
        lines.append("")
        lines.append(
            t(
                "caseload-line",
                marker=_marker(row),
                name=row.name,
                seen=_seen(t, row.last_seen_at, turn.now, zone),
                streak=row.streak,
                next=_short(row.next_appointment, viewer)
                if row.next_appointment
                else t("caseload-next-none"),
            )
        )
        if staff and row.coach_name:
            lines.append(t("caseload-line-coach", coach=row.coach_name))
    keyboard = [[_button(f"{_marker(row)}{row.name}", buttons.CASELOAD_CARD, row.id)] for row in found.rows]
    paging = []
    if found.page > 0:
        paging.append(_button(t("caseload-prev"), buttons.CASELOAD_PAGE, found.page - 1))
    if found.page + 1 < found.pages:
        paging.append(_button(t("caseload-next"), buttons.CASELOAD_PAGE, found.page + 1))
    if paging:
        keyboard.append(paging)
    await turn.reply("\n".join(lines), InlineKeyboardMarkup(keyboard))


def _marker(row: CaseloadRow) -> str:
    if row.crisis:
        return f"🆘{row.open_alerts} "
    if row.open_alerts:
        return f"❗{row.open_alerts} "
    return ""


def _seen(t: Translator, moment: datetime | None, now: datetime, zone: ZoneInfo) -> str:
    if moment is None:
        return t("caseload-seen-never")
    return t("caseload-seen", days=caseload.days_ago(moment, now, zone))


def _short(moment: datetime, viewer: Person) -> str:
    return local_time(moment, viewer).strftime("%d.%m. %H:%M")


def _day(moment: datetime, viewer: Person) -> str:
    return local_time(moment, viewer).strftime("%d.%m.%Y")


# -- the card --------------------------------------------------------------------------------


async def cb_card(turn: Turn) -> None:
    viewer = _viewer(turn)
    assert turn.button is not None
    participant = await caseload.visible_participant(turn.session, viewer, turn.button.int_arg())
    if participant is None:
        await stale(turn)
        return
    await turn.answer()
    found = await caseload.card(turn.session, viewer, participant, now=turn.now)
    if any(point is not None for point in found.mood):
        _send_mood(turn, found)
    keyboard = InlineKeyboardMarkup(
        [
            [
                _button(turn.t("caseload-write"), buttons.RELAY_START, found.id),
                _button(turn.t("caseload-note"), buttons.CASELOAD_NOTE, found.id),
            ],
            [_button(turn.t("caseload-back"), buttons.CASELOAD_PAGE, 0)],
        ]
    )
    await turn.reply(_fit(render_card(turn.t, found, viewer, turn.now)), keyboard)


def mood_line(points: list[float | None]) -> str:
    """The mood weeks as a row of faces, "·" for a week without an answer."""
    return "".join(
        NO_ANSWER if point is None else MOOD_FACES[min(4, max(0, int(point + 0.5) - 1))] for point in points
    )


def _send_mood(turn: Turn, found: ParticipantCard) -> None:
    """The mood trend as a picture, its faces as the caption; the caption alone as text
    where pictures cannot be sent."""
    caption = turn.t(
        "caseload-mood-caption", name=found.name, weeks=len(found.mood), line=mood_line(found.mood)
    )
    picture = charts.mood_weeks(found.mood)
    bot, chat_id = turn.context.bot, turn.chat_id

    async def send() -> None:
        try:
            await bot.send_photo(chat_id, photo=picture, caption=caption)
            return
        except TelegramError as exc:
            log.info("sendPhoto of a mood chart failed: %s", type(exc).__name__)
        await bot.send_message(chat_id, caption)

    turn.later(send)


def render_card(t: Translator, found: ParticipantCard, viewer: Person, now: datetime) -> str:
    zone = ZoneInfo(viewer.timezone)
    parts = [
        t(
            "caseload-card",
            name=found.name,
            language=LANGUAGES.get(found.language or "", found.language or "?"),
            cohort=found.cohort or t("caseload-none"),
            coach=found.coach_name or t("caseload-none"),
            seen=_seen(t, found.last_seen_at, now, zone),
            level=found.level or t("practice-level-open"),
            streak=found.streak,
        )
    ]
    section = [t("caseload-checkins-title")]
    section += [_checkin(t, c, viewer) for c in found.checkins] or [t("caseload-checkins-none")]
    parts.append("\n".join(section))
    section = [t("caseload-appointments-title")]
    for appointment in found.upcoming:
        section.append(
            t(
                "caseload-appointment-line",
                when=_short(appointment.starts_at, viewer),
                kind=t(kind_id(appointment.kind)),
                place=appointment.place or t("apt-place-open"),
                answer=_answer(t, appointment.answer),
            )
        )
    if not found.upcoming:
        section.append(t("caseload-appointments-none"))
    parts.append("\n".join(section))
    section = [t("caseload-alerts-title", count=found.open_alert_count)]
    for alert in found.open_alerts:
        section.append(
            t(
                "caseload-alert-line",
                marker="🆘" if alert.severity >= Severity.CRISIS else "❗",
                date=_day(alert.created_at, viewer),
                source=t("caseload-source-" + alert.source.value.replace("_", "-")),
                reasons=_rules(t, alert.rules),
            )
        )
    if not found.open_alert_count:
        section = [t("caseload-alerts-none")]
    parts.append("\n".join(section))
    section = [t("caseload-notes-title")]
    section += [
        t("caseload-note-line", date=_day(n.created_at, viewer), author=n.author_name or "?", text=n.text)
        for n in found.notes
    ] or [t("caseload-notes-none")]
    parts.append("\n".join(section))
    return "\n\n".join(parts)


def _checkin(t: Translator, c: CheckinSummary, viewer: Person) -> str:
    if c.mood is not None and 1 <= c.mood <= len(MOOD_FACES):
        mood = t("caseload-mood", face=MOOD_FACES[c.mood - 1], score=c.mood)
    else:
        mood = t("caseload-mood-none")
    lines = [t("caseload-checkin-line", date=_day(c.completed_at, viewer), mood=mood)]
    if c.flags or c.severity:
        marker = "🆘" if (c.severity or 0) >= Severity.CRISIS else "❗"
        lines.append(t("caseload-checkin-flags", marker=marker, reasons=_rules(t, c.flags)))
    if c.text:
        language = LANGUAGES.get(c.text_language or "", c.text_language or "?")
        lines.append(t("caseload-checkin-text", language=language, text=c.text))
        if c.text_de and c.text_language != "de":
            lines.append(t("caseload-checkin-translation", text=c.text_de))
    return "\n".join(lines)


def _rules(t: Translator, rules: list[str]) -> str:
    """Readable names of flag rules: the alert's own label (`alert-why-<rule>`) or ours
    (`caseload-rule-<rule>`) where the catalogue has one, else the rule id itself."""
    known = t.catalogue.ids(t.language)
    labels = []
    for rule in rules:
        for message_id in (f"alert-why-{rule}", "caseload-rule-" + rule.replace("_", "-")):
            if message_id in known:
                labels.append(t(message_id))
                break
        else:
            labels.append(rule)
    return ", ".join(labels) or t("caseload-rule-unknown")


def _answer(t: Translator, answer: Attendance | None) -> str:
    if answer is Attendance.COMING:
        return t("apt-answer-coming")
    if answer is Attendance.NOT_COMING:
        return t("apt-answer-not-coming")
    return t("apt-answer-none")


def _fit(text: str) -> str:
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


# -- notes -----------------------------------------------------------------------------------


async def cb_note(turn: Turn) -> None:
    viewer = _viewer(turn)
    assert turn.button is not None
    participant = await caseload.visible_participant(turn.session, viewer, turn.button.int_arg())
    if participant is None:
        await stale(turn)
        return
    viewer.dialogue = {"name": NOTE, "participant": participant.id}
    await turn.answer()
    await turn.reply(turn.t("caseload-note-ask", name=participant.display_name or "?", max=caseload.MAX_NOTE))


async def on_note_text(turn: Turn, text: str) -> bool:
    viewer = turn.person
    state = dialogue_state(viewer, NOTE) if viewer else None
    if viewer is None or state is None:
        return False
    participant = await caseload.visible_participant(turn.session, viewer, state.get("participant"))
    if participant is None:
        # No longer theirs (reassigned, left, erased): end the dialogue, save nothing.
        viewer.dialogue = None
        await turn.reply(turn.t("caseload-note-gone"))
        return True
    length = len(text.strip())
    if length > caseload.MAX_NOTE:
        await turn.reply(turn.t("caseload-note-too-long", length=length, max=caseload.MAX_NOTE))
        return True
    if not length:
        await turn.reply(
            turn.t("caseload-note-ask", name=participant.display_name or "?", max=caseload.MAX_NOTE)
        )
        return True
    await caseload.add_note(turn.session, viewer, participant, text, now=turn.now)
    viewer.dialogue = None
    back = InlineKeyboardMarkup(
        [[_button(turn.t("caseload-open-card"), buttons.CASELOAD_CARD, participant.id)]]
    )
    await turn.reply(turn.t("caseload-note-saved", name=participant.display_name or "?"), back)
    return True
