"""Outbox renderers for check-in offers, alerts, help numbers and relayed messages."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.appointment_text import local_time
from bot.checkin_text import SEVERITY_MARK, answer_lines, free_text_block, help_numbers, reason_lines, shorten
from bot.i18n import LANGUAGES, Translator, directional
from bot.kinds import Kind
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Checkin,
    CheckinStatus,
    Person,
    RelayDirection,
    RelayMessage,
    Role,
    Severity,
)
from bot.services import checkins
from handlers import buttons
from scheduler.dispatcher import Outgoing, RenderContext, Renderer


def _t(context: RenderContext) -> Translator:
    return Translator(context.deps.catalogue, context.recipient.language or "de")


def _button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


def _still_theirs(recipient: Person, participant: Person) -> bool:
    """Staff, or the participant's coach now: a row queued before the participant moved to
    another coach (a normal alert waits out quiet hours) must not reach the former one."""
    return recipient.role is Role.STAFF or participant.coach_id == recipient.id


async def checkin_offer(context: RenderContext) -> Outgoing | None:
    checkin = await context.session.get(Checkin, context.row.payload.get("checkin_id"))
    if (
        checkin is None
        or checkin.status is not CheckinStatus.PLANNED
        or checkin.expires_at <= context.now
        or context.recipient.id != checkin.person_id
    ):
        return None  # started, done or expired meanwhile
    t = _t(context)
    again = bool(context.row.payload.get("again"))
    text = t.both(("ci-offer-again-" if again else "ci-offer-") + checkin.questionnaire)
    markup = InlineKeyboardMarkup(
        [
            [_button(t.label("ci-start"), buttons.CHECKIN, "go", checkin.id, 0)],
            [_button(t.label("ci-later-button"), buttons.CHECKIN, "later", checkin.id, 0)],
        ]
    )
    return Outgoing(text=text, markup=markup)


async def help_numbers_message(context: RenderContext) -> Outgoing | None:
    t = _t(context)
    text = t.both("help-crisis") + "\n\n" + help_numbers(t, context.deps.checkins.help_lines)
    return Outgoing(text=text)


async def alert_message(context: RenderContext) -> Outgoing | None:
    """The alert for a coach (or staff): who, which check-in, answers, text, why; buttons."""
    alert = await context.session.get(Alert, context.row.payload.get("alert_id"))
    if alert is None:
        return None
    if alert.status is AlertStatus.ACKNOWLEDGED and context.row.kind == Kind.ALERT_STAFF:
        return None  # the coach took it meanwhile
    participant = await context.session.get(Person, alert.participant_id)
    if participant is None or participant.display_name is None:
        return None  # deleted meanwhile
    if not _still_theirs(context.recipient, participant):
        return None
    t = _t(context)
    severity = Severity(alert.severity)
    name = participant.display_name
    head = t(f"alert-head-{severity.name.lower()}", name=name)
    lines = [f"{SEVERITY_MARK[severity]} {head}"]
    if context.row.kind == Kind.ALERT_STAFF:
        lines.append(t("alert-escalated" if alert.coach_id else "alert-no-coach"))
    if alert.source is AlertSource.HELP_BUTTON:
        lines.append(t("alert-source-help"))
    elif alert.source is AlertSource.MESSAGE:
        lines.append(t("alert-source-message"))
        message = await context.session.get(RelayMessage, alert.message_id) if alert.message_id else None
        if message is not None:
            lines += _relay_block(t, message)
    checkin = await context.session.get(Checkin, alert.checkin_id) if alert.checkin_id else None
    if checkin is not None:
        questionnaire = checkins.questionnaire_of(context.deps.checkins, checkin)
        answers = await checkins.answers_of(context.session, checkin.id)
        # The reader's calendar day, not UTC's: late in the evening they differ.
        when = local_time(checkin.completed_at or checkin.offered_at, context.recipient)
        lines.append(t(f"alert-checkin-{checkin.questionnaire}", date=when.strftime("%d.%m.%Y")))
        lines += answer_lines(t, questionnaire, answers)
        for answer in answers.values():
            lines += free_text_block(t, answer)
    lines.append(t("alert-why"))
    lines += reason_lines(t, alert.reasons)
    markup = InlineKeyboardMarkup(
        [
            [_button(t("alert-ack"), buttons.ALERT_ACK, alert.id)],
            [
                _button(t("alert-reply"), buttons.RELAY_START, participant.id),
                _button(t("alert-history"), buttons.CASELOAD_CARD, participant.id),
            ],
        ]
    )
    return Outgoing(text=shorten("\n".join(lines), 4000), markup=markup)


def _relay_block(t: Translator, message: RelayMessage) -> list[str]:
    language = LANGUAGES.get(message.source_language, message.source_language)
    translated = bool(message.translation and message.target_language == "de")
    # Within Telegram's 4,096 characters: the text alone may take most of it.
    limit = 1800 if translated else 3600
    lines = [t("alert-free-text", language=language), "«" + shorten(message.text, limit) + "»"]
    if translated and message.translation:
        lines += [t("alert-machine-translation"), "«" + shorten(message.translation, limit) + "»"]
    return lines


async def alert_seen(context: RenderContext) -> Outgoing | None:
    alert = await context.session.get(Alert, context.row.payload.get("alert_id"))
    if alert is None or alert.participant_id != context.recipient.id:
        return None
    return Outgoing(text=_t(context).both("help-seen"))


async def relay_to_participant(context: RenderContext) -> Outgoing | None:
    message = await context.session.get(RelayMessage, context.row.payload.get("relay_message_id"))
    if message is None or message.direction is not RelayDirection.TO_PARTICIPANT:
        return None
    t = _t(context)
    coach = await context.session.get(Person, message.coach_id) if message.coach_id else None
    lines = [t.both("relay-from-coach", name=(coach.display_name if coach else None) or t("someone")), ""]
    lines.append("🇩🇪 «" + message.text + "»")
    if message.translation:
        translated = directional("«" + message.translation + "»", message.target_language)
        lines += ["", t.both("relay-machine-translation"), translated]
    elif t.language != "de":
        lines += ["", t("relay-no-translation")]
    markup = InlineKeyboardMarkup([[_button(t.label("relay-answer"), buttons.RELAY_ANSWER, message.id)]])
    return Outgoing(text="\n".join(lines), markup=markup)


async def relay_to_coach(context: RenderContext) -> Outgoing | None:
    message = await context.session.get(RelayMessage, context.row.payload.get("relay_message_id"))
    if message is None or message.direction is not RelayDirection.TO_COACH:
        return None
    participant = await context.session.get(Person, message.participant_id)
    if participant is None or participant.display_name is None:
        return None
    if not _still_theirs(context.recipient, participant):
        return None
    t = _t(context)
    lines = [t("relay-from-participant", name=participant.display_name)]
    lines += _relay_block(t, message)
    if message.source_language != "de" and not message.translation:
        lines.append(t("alert-no-translation"))
    markup = InlineKeyboardMarkup(
        [
            [
                _button(t("alert-reply"), buttons.RELAY_START, participant.id),
                _button(t("alert-history"), buttons.CASELOAD_CARD, participant.id),
            ]
        ]
    )
    return Outgoing(text=shorten("\n".join(lines), 4000), markup=markup)


CHECKIN_RENDERERS: dict[Kind, Renderer] = {
    Kind.CHECKIN_OFFER: checkin_offer,
    Kind.HELP_NUMBERS: help_numbers_message,
    Kind.ALERT_COACH: alert_message,
    Kind.ALERT_STAFF: alert_message,
    Kind.ALERT_SEEN: alert_seen,
    Kind.RELAY_TO_PARTICIPANT: relay_to_participant,
    Kind.RELAY_TO_COACH: relay_to_coach,
}
