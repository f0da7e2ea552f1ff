"""Outbox renderers for alerts to coaches and staff, the crisis numbers, and "seen"."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.kinds import Kind
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Checkin,
    OutboxMessage,
    OutboxStatus,
    Person,
    RelayMessage,
    Severity,
)
from bot.services import alerts, checkins
from bot.services.visibility import may_act_on
from ui import buttons
from ui.appointment_text import local_time
from ui.checkin_text import (
    SEVERITY_MARK,
    answer_lines,
    crisis_message,
    free_text_block,
    guidance_lines,
    reason_lines,
    shorten,
)
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator, untranslated_line
from ui.outbox.relay import relay_block


async def help_numbers_message(context: RenderContext) -> Outgoing | None:
    t = translator(context)
    return Outgoing(
        text=crisis_message(
            t, context.deps.checkins.help_lines, has_coach=context.recipient.coach_id is not None
        )
    )


async def alert_message(context: RenderContext) -> Outgoing | None:
    """The alert for a coach (or staff): who, which check-in, answers, text, why; buttons.
    Staff get the alerts of one incident in one message, edited as alerts join it."""
    if context.row.kind == Kind.ALERT_STAFF:
        return await _staff_message(context)
    alert = await context.session.get(Alert, context.row.payload.get("alert_id"))
    if alert is None:
        return None
    return await alert_view(context, alert)


async def _staff_message(context: RenderContext) -> Outgoing | None:
    found = await incident_view(context)
    if found is None:
        return None
    view, shown = found
    if all(alert.status is AlertStatus.ACKNOWLEDGED for alert in shown):
        return None  # the coach took it meanwhile
    earlier = context.row.payload.get(alerts.EDITS)
    row = await context.session.get(OutboxMessage, earlier) if isinstance(earlier, int) else None
    if row is not None and row.status is OutboxStatus.SENT and row.telegram_message_id is not None:
        t, newest = translator(context), shown[0]
        participant = await context.session.get(Person, newest.participant_id)
        name = (participant.display_name if participant else None) or t("someone")
        ping = f"{SEVERITY_MARK[Severity(newest.severity)]} {t('truth-incident-ping', name=name)}"
        return replace(view, edit_of=row.telegram_message_id, ping=ping)
    return view


async def incident_view(context: RenderContext) -> tuple[Outgoing, list[Alert]] | None:
    """A staff row's message: its one alert as alert_view shows it, or the alerts of its
    incident in one (newest first, the highest severity in the head, how many); with the
    alerts it shows."""
    found = [await context.session.get(Alert, alert_id) for alert_id in alerts.incident_of(context.row)]
    shown = [alert for alert in found if alert is not None]
    if not shown:
        return None
    if len(shown) == 1:
        view = await alert_view(context, shown[0])
    else:
        view = await _merged_view(context, shown)
    return (view, shown) if view is not None else None


async def alert_view(context: RenderContext, alert: Alert) -> Outgoing | None:
    """The alert as its outbox row shows it; once acknowledged, the same text with who saw
    it and when, and without the ✅ button. The message is edited to this for everyone who
    received it, so it stays the same text plus that line."""
    participant = await _participant(context, alert)
    if participant is None or participant.display_name is None:
        return None
    t = translator(context)
    severity = Severity(alert.severity)
    head = t(f"alert-head-{severity.name.lower()}", name=participant.display_name)
    lines = [f"{SEVERITY_MARK[severity]} {head}"]
    if context.row.kind == Kind.ALERT_STAFF:
        lines.append(t("alert-escalated" if alert.coach_id else "alert-no-coach"))
    lines += await _body(context, t, alert)
    text = shorten("\n".join(lines), 4000)
    return await _with_buttons(context, t, text, alert, participant)


async def _merged_view(context: RenderContext, shown: list[Alert]) -> Outgoing | None:
    newest = shown[0]
    participant = await _participant(context, newest)
    if participant is None or participant.display_name is None:
        return None
    t = translator(context)
    name = participant.display_name
    severity = max(Severity(alert.severity) for alert in shown)
    head = t(f"alert-head-{severity.name.lower()}", name=name)
    lines = [f"{SEVERITY_MARK[severity]} {head}", t("incident-count", count=len(shown), name=name)]
    lines.append(t("alert-escalated" if any(alert.coach_id for alert in shown) else "alert-no-coach"))
    for number, alert in enumerate(shown, start=1):
        when = local_time(alert.created_at, context.recipient).strftime("%d.%m. %H:%M")
        mark = SEVERITY_MARK[Severity(alert.severity)]
        lines += ["", t("incident-item", n=number, count=len(shown), mark=mark, when=when)]
        lines += await _body(context, t, alert)
    text = shorten("\n".join(lines), 4000)
    # The newest alert's ✅ acknowledges them all; "seen by" once every one of them is.
    seen_by = next((alert for alert in shown if alert.status is not AlertStatus.ACKNOWLEDGED), newest)
    return await _with_buttons(context, t, text, seen_by, participant)


async def _participant(context: RenderContext, alert: Alert) -> Person | None:
    participant = await context.session.get(Person, alert.participant_id)
    if participant is None or participant.display_name is None:
        return None  # deleted meanwhile
    # A row queued before the participant moved to another coach (a normal alert waits out
    # quiet hours) must not reach the former one.
    if not may_act_on(context.recipient, participant):
        return None
    return participant


async def _body(context: RenderContext, t: Translator, alert: Alert) -> list[str]:
    """What the alert is about: its source, the check-in's answers or her message, and why."""
    lines = []
    if alert.source is AlertSource.HELP_BUTTON:
        lines.append(t("alert-source-help"))
    elif alert.source is AlertSource.MESSAGE:
        lines.append(t("alert-source-message"))
        message = await context.session.get(RelayMessage, alert.message_id) if alert.message_id else None
        if message is not None:
            lines += relay_block(t, message)
            if message.source_language != "de" and not message.translation:  # as the relay says it
                lines.append(await untranslated_line(context, t, message.source_language))
    checkin = await context.session.get(Checkin, alert.checkin_id) if alert.checkin_id else None
    if checkin is not None:
        questionnaire = checkins.questionnaire_of(context.deps.checkins, checkin)
        answers = await checkins.answers_of(context.session, checkin.id)
        # The reader's calendar day, not UTC's: late in the evening they differ.
        when = local_time(checkin.completed_at or checkin.offered_at, context.recipient)
        lines.append(t(f"alert-checkin-{checkin.questionnaire}", date=when.strftime("%d.%m.%Y")))
        lines += answer_lines(t, questionnaire, answers)
        for answer in answers.values():
            language = answer.text_language or "de"
            missing = answer.text and not answer.text_de and language != "de"
            untranslated = await untranslated_line(context, t, language) if missing else ""
            lines += free_text_block(t, answer, untranslated)
    lines.append(t("alert-why"))
    lines += reason_lines(t, alert.reasons)
    lines += guidance_lines(t, alert.severity, alert.reasons)
    return lines


async def _with_buttons(
    context: RenderContext, t: Translator, text: str, alert: Alert, participant: Person
) -> Outgoing:
    rows = [
        [
            button(t("alert-reply"), buttons.RELAY_START, participant.id),
            button(t("alert-history"), buttons.CASELOAD_CARD, participant.id),
        ]
    ]
    seen = await seen_line(context, alert)
    if seen is None:
        rows.insert(0, [button(t("alert-ack"), buttons.ALERT_ACK, alert.id)])
    else:
        text += "\n\n" + seen  # after the cut: always there, and within Telegram's 4,096
    return Outgoing(text=text, markup=InlineKeyboardMarkup(rows))


async def seen_line(context: RenderContext, alert: Alert) -> str | None:
    """The line "✅ Gesehen von Jonas, 10:35" (the reader's wall clock); None while it is open."""
    if alert.status is not AlertStatus.ACKNOWLEDGED or alert.acknowledged_at is None:
        return None
    t = translator(context)
    by = await context.session.get(Person, alert.acknowledged_by_id) if alert.acknowledged_by_id else None
    name = by.display_name if by is not None and by.display_name else t("someone")
    time = local_time(alert.acknowledged_at, context.recipient).strftime("%H:%M")
    return t("alert-seen-by", name=name, time=time)


async def alert_seen(context: RenderContext) -> Outgoing | None:
    """For her: who saw it. Her coach by that name; anyone else (staff) as "someone from the
    team", which is true and gives out no staff member's name."""
    alert = await context.session.get(Alert, context.row.payload.get("alert_id"))
    if alert is None or alert.participant_id != context.recipient.id:
        return None
    by_coach = alert.acknowledged_by_id is not None and alert.acknowledged_by_id == context.recipient.coach_id
    return Outgoing(text=translator(context).both(SEEN[alert.source][0 if by_coach else 1]))


# What she is told was seen: her check-in answers, that she asked for help, or her message;
# (by her coach, by someone from the team).
SEEN = {
    AlertSource.CHECKIN: ("truth-seen-answers", "truth-seen-answers-team"),
    AlertSource.HELP_BUTTON: ("truth-seen-help", "truth-seen-help-team"),
    AlertSource.MESSAGE: ("help-seen", "truth-help-seen-team"),
}


async def alert_taken_over(context: RenderContext) -> Outgoing | None:
    """For her coach: a staff member saw the alert about her participant and took it."""
    alert = await context.session.get(Alert, context.row.payload.get("alert_id"))
    if alert is None or alert.acknowledged_at is None or alert.acknowledged_by_id is None:
        return None
    participant = await context.session.get(Person, alert.participant_id)
    by = await context.session.get(Person, alert.acknowledged_by_id)
    if participant is None or participant.display_name is None or by is None:
        return None  # deleted meanwhile
    if by.id == context.recipient.id or not may_act_on(context.recipient, participant):
        return None  # no longer her participant (moved to another coach)
    t = translator(context)
    time = local_time(alert.acknowledged_at, context.recipient).strftime("%H:%M")
    text = t(
        "truth-alert-taken-over",
        staff=by.display_name or t("someone"),
        name=participant.display_name,
        time=time,
    )
    markup = InlineKeyboardMarkup([[button(t("alert-history"), buttons.CASELOAD_CARD, participant.id)]])
    return Outgoing(text=text, markup=markup)
