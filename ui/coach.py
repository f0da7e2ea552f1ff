"""The coach's views: the caseload page, a participant's card, the mood line, notices about
participants."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.i18n import LANGUAGES, Catalogue, Translator, shorten
from bot.models import Person, Role, Severity
from bot.services import caseload
from bot.services.caseload import CaseloadPage, CaseloadRow
from bot.services.participant_card import CheckinSummary, ParticipantCard
from ui import buttons
from ui.appointment_text import kind_id, local_time
from ui.appointments import answer_label
from ui.keyboards import button

MESSAGE_LIMIT = 4096  # Telegram's limit for one text message
LABEL_LIMIT = 24  # longer button labels are cut on a phone
MOOD_FACES = ("😞", "🙁", "😐", "🙂", "😄")  # as the weekly check-in shows them
NO_ANSWER = "·"


def participant_notice(catalogue: Catalogue, message_id: str, language: str | None, name: str | None) -> str:
    """A notice to a coach about one of their participants, in the coach's language."""
    language = language or "de"
    return catalogue.render(language, message_id, {"name": name or catalogue.render(language, "someone")})


# -- the list ------------------------------------------------------------------------------


def page_view(
    t: Translator, found: CaseloadPage, viewer: Person, now: datetime
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the caseload: a line per participant, a button to each card, paging."""
    staff = viewer.role is Role.STAFF
    zone = ZoneInfo(viewer.timezone)
    title = "caseload-title-staff" if staff else "caseload-title"
    lines = [t(title, total=found.total, page=found.page + 1, pages=found.pages)]
    for row in found.rows:
        lines.append("")
        lines.append(
            t(
                "caseload-line",
                marker=_marker(row),
                name=row.name,
                seen=_seen(t, row.last_seen_at, now, zone),
                streak=row.streak,
                next=_next(t, row, viewer),
            )
        )
        if staff and row.coach_name:
            lines.append(t("caseload-line-coach", coach=row.coach_name))
    # One name per row; a long name is cut, since Telegram cuts it anyway, with less sense.
    keyboard = [
        [button(shorten(f"{_marker(row)}{row.name}", LABEL_LIMIT), buttons.CASELOAD_CARD, row.id)]
        for row in found.rows
    ]
    paging = []
    if found.page > 0:
        paging.append(button(t("caseload-prev"), buttons.CASELOAD_PAGE, found.page - 1))
    if found.page + 1 < found.pages:
        paging.append(button(t("caseload-next"), buttons.CASELOAD_PAGE, found.page + 1))
    if paging:
        keyboard.append(paging)
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


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


def _next(t: Translator, row: CaseloadRow, viewer: Person) -> str:
    """The next appointment and her answer to it: "24.11. 09:30 (❌ kann nicht kommen)"."""
    if row.next_appointment is None:
        return t("caseload-next-none")
    answer = answer_label(t, row.next_answer, row.next_reason)
    return t("truth-appts-next-with-answer", when=_short(row.next_appointment, viewer), answer=answer)


def _short(moment: datetime, viewer: Person) -> str:
    return local_time(moment, viewer).strftime("%d.%m. %H:%M")


def _day(moment: datetime, viewer: Person) -> str:
    return local_time(moment, viewer).strftime("%d.%m.%Y")


# -- the card --------------------------------------------------------------------------------


def card_keyboard(t: Translator, participant_id: int, *, staff: bool = False) -> InlineKeyboardMarkup:
    """What the coach can do from the card, each button naming its action; "back" turns the
    card back into the list. Staff may also give her another coach or another group."""
    actions = [
        button(t("caseload-write"), buttons.RELAY_START, participant_id),
        button(t("caseload-note"), buttons.CASELOAD_NOTE, participant_id),
    ]
    # Side by side while short; one column where the labels are long.
    side_by_side = sum(len(b.text) for b in actions) <= LABEL_LIMIT
    rows = [actions] if side_by_side else [[b] for b in actions]
    if staff:
        rows.append([button(t("reassign-button"), buttons.REASSIGN, participant_id)])
        rows.append([button(t("cohorts-move"), buttons.COHORTS, "mp", participant_id)])
        rows.append([button(t("mentors-link-button"), buttons.MENTOR_LINK, participant_id)])
    return InlineKeyboardMarkup([*rows, [button(t("caseload-back"), buttons.CASELOAD_PAGE, 0)]])


def open_card_keyboard(t: Translator, participant_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t("caseload-open-card"), buttons.CASELOAD_CARD, participant_id)]])


def mood_line(points: list[float | None]) -> str:
    """The mood weeks as a row of faces, "·" for a week without an answer."""
    return "".join(
        NO_ANSWER if point is None else MOOD_FACES[min(4, max(0, int(point + 0.5) - 1))] for point in points
    )


def mood_caption(t: Translator, found: ParticipantCard) -> str:
    return t("caseload-mood-caption", name=found.name, weeks=len(found.mood), line=mood_line(found.mood))


def card_text(t: Translator, found: ParticipantCard, viewer: Person, now: datetime) -> str:
    """The card, cut to what one message holds."""
    text = render_card(t, found, viewer, now)
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


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
                answer=answer_label(t, appointment.answer, appointment.reason),
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
