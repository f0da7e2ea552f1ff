"""Alerts: what a coach should look at, delivered at alert priority through the outbox.

One alert per flagged check-in (all its reasons together) or per help request. It goes to
the participant's coach; with no coach who can be reached, to staff on duty. A crisis alert
also sends the participant the 24/7 numbers at once, and if no coach or staff member has
acknowledged it within CRISIS_ESCALATION_MINUTES, it goes to staff on duty. Only a coach
or staff can acknowledge; a participant cannot close an alert.

Staff get one message per person and incident: an alert that reaches a staff member while
their message about an earlier open alert about her (of the last INCIDENT_WINDOW) is still
open joins that message, which is edited in place to show them all, instead of a new one.
Acknowledging it acknowledges every alert it shows; a later alert starts a new message.
The coach still gets one message per alert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import (
    Kind,
    alert_key,
    alert_prefix,
    alert_seen_key,
    alert_taken_over_key,
    help_numbers_key,
    plan,
)
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    Role,
    Severity,
)
from bot.services import audit, outbox
from bot.services.flags import Reason
from bot.services.visibility import may_act_on, visible_to


def reason_dicts(reasons: Sequence[Reason]) -> list[dict[str, Any]]:
    return [{"rule": r.rule, "severity": int(r.severity), "detail": r.detail} for r in reasons]


def reachable(person: Person | None) -> bool:
    """Someone the bot can write to now: active, with a chat, not blocking the bot."""
    return (
        person is not None
        and person.status is PersonStatus.ACTIVE
        and person.unreachable_at is None
        and person.chat_id is not None
    )


async def staff_on_duty(session: AsyncSession) -> list[Person]:
    """Staff marked on duty; if nobody is, every active staff member (someone must hear)."""
    staff = [
        person
        for person in await session.scalars(
            select(Person).where(Person.role == Role.STAFF, Person.status == PersonStatus.ACTIVE)
        )
        if reachable(person)
    ]
    on_duty = [person for person in staff if person.on_duty]
    return on_duty or staff


INCIDENT_WINDOW = timedelta(hours=24)
# In an ALERT_STAFF row's payload: the alerts its message shows, newest first (when more than
# its own), and the earlier row whose Telegram message it edits instead of sending a new one.
INCIDENT = "alerts"
EDITS = "edits"


def incident_of(row: OutboxMessage) -> list[int]:
    """The ids of the alerts a staff message shows, newest first."""
    found = row.payload.get(INCIDENT)
    if isinstance(found, list) and found:
        return [int(alert_id) for alert_id in found]
    return [int(row.payload["alert_id"])]


async def _open_staff_message(
    session: AsyncSession, alert: Alert, recipient_id: int, *, now: datetime
) -> OutboxMessage | None:
    """The recipient's staff message about an earlier open alert about the same participant
    from the last INCIDENT_WINDOW (sent, or still to be sent), the newest; None if none."""
    earlier = await session.scalars(
        select(Alert.id).where(
            Alert.participant_id == alert.participant_id,
            Alert.status == AlertStatus.OPEN,
            Alert.id != alert.id,
            Alert.created_at > now - INCIDENT_WINDOW,
        )
    )
    keys = [alert_key(alert_id, Kind.ALERT_STAFF, recipient_id) for alert_id in earlier]
    if not keys:
        return None
    live = (OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.SENT)),)
    return await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.dedupe_key.in_(keys), *live)
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )


async def _staff_payload(
    session: AsyncSession, alert: Alert, recipient_id: int, *, now: datetime
) -> dict[str, Any]:
    """A staff row's payload: alone, or joining the open message of its incident (a sent one
    is edited; one not sent yet is replaced by this row, which then shows both)."""
    payload: dict[str, Any] = {"alert_id": alert.id}
    found = await _open_staff_message(session, alert, recipient_id, now=now)
    if found is None:
        return payload
    payload[INCIDENT] = [alert.id, *incident_of(found)]
    if found.status is OutboxStatus.PENDING:
        found.status = OutboxStatus.CANCELLED
        found.last_error = "merged into a later alert about her"
        edits = found.payload.get(EDITS)
    else:
        edits = found.id
    if edits is not None:
        payload[EDITS] = edits
    return payload


async def _deliver(
    session: AsyncSession, alert: Alert, recipients: Sequence[Person], kind: Kind, *, now: datetime
) -> None:
    severity = Severity(alert.severity)
    for recipient in recipients:
        payload = {"alert_id": alert.id}
        if kind is Kind.ALERT_STAFF:
            payload = await _staff_payload(session, alert, recipient.id, now=now)
        planned = plan(
            kind,
            recipient.id,
            now,
            payload,
            key=alert_key(alert.id, kind, recipient.id),
            # A normal alert waits for the morning; urgent and crisis do not.
            urgent=severity is not Severity.NORMAL,
            crisis=severity is Severity.CRISIS,
        )
        await outbox.enqueue(session, planned, now=now)


async def raise_alert(
    session: AsyncSession,
    participant: Person,
    *,
    source: AlertSource,
    reasons: Sequence[Reason],
    now: datetime,
    checkin_id: int | None = None,
    message_id: int | None = None,
) -> Alert:
    severity = max((r.severity for r in reasons), default=Severity.URGENT)
    coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
    alert = Alert(
        participant_id=participant.id,
        coach_id=coach.id if coach else None,
        source=source,
        checkin_id=checkin_id,
        message_id=message_id,
        severity=int(severity),
        reasons=reason_dicts(reasons),
        status=AlertStatus.OPEN,
        created_at=now,
    )
    session.add(alert)
    await session.flush()
    if coach is not None and reachable(coach):
        await _deliver(session, alert, [coach], Kind.ALERT_COACH, now=now)
    else:
        # Nobody who could read it: staff get it now, not after the escalation time.
        await _deliver(session, alert, await staff_on_duty(session), Kind.ALERT_STAFF, now=now)
        alert.escalated_at = now
    if severity is Severity.CRISIS:
        await send_help_numbers(session, participant, now=now, alert_id=alert.id)
    audit.record(
        session,
        at=now,
        action="alert.raised",
        actor=None,
        label="system",
        subject_id=participant.id,
        details={"alert_id": alert.id, "severity": int(severity), "rules": sorted({r.rule for r in reasons})},
    )
    return alert


async def send_help_numbers(
    session: AsyncSession, participant: Person, *, now: datetime, alert_id: int
) -> None:
    """The 24/7 numbers, in the participant's language and German, at crisis priority."""
    planned = plan(Kind.HELP_NUMBERS, participant.id, now, {}, key=help_numbers_key(alert_id))
    await outbox.enqueue(session, planned, now=now)


# When the participant's own turn shows the numbers (crisis words in what she wrote, a check-in
# in crisis), the outbox's copy waits this long and is marked sent once the chat has them; should
# the chat's message fail, the outbox sends them after all.
HELP_FALLBACK = timedelta(minutes=2)


def _help_numbers_row(alert_id: int) -> Any:
    return update(OutboxMessage).where(
        OutboxMessage.dedupe_key == help_numbers_key(alert_id), OutboxMessage.status == OutboxStatus.PENDING
    )


async def hold_help_numbers(session: AsyncSession, alert_id: int, *, now: datetime) -> None:
    """The chat shows this alert's numbers now: the outbox's copy is the fallback only."""
    await session.execute(_help_numbers_row(alert_id).values(due_at=now + HELP_FALLBACK))


async def help_numbers_shown(session: AsyncSession, alert_id: int, *, now: datetime) -> None:
    """The chat has this alert's numbers: the outbox does not send them again."""
    await session.execute(_help_numbers_row(alert_id).values(status=OutboxStatus.SENT, sent_at=now))


async def escalate_due(session: AsyncSession, *, now: datetime, after: timedelta) -> int:
    """Crisis alerts nobody acknowledged in time go to staff on duty. Returns how many."""
    due = list(
        await session.scalars(
            select(Alert)
            .where(
                Alert.status == AlertStatus.OPEN,
                Alert.severity >= int(Severity.CRISIS),
                Alert.escalated_at.is_(None),
                Alert.created_at <= now - after,
            )
            .order_by(Alert.created_at, Alert.id)  # the newest last: it heads a merged message
        )
    )
    if not due:
        return 0
    staff = await staff_on_duty(session)
    for alert in due:
        await _deliver(session, alert, staff, Kind.ALERT_STAFF, now=now)
        alert.escalated_at = now
        audit.record(
            session,
            at=now,
            action="alert.escalated",
            actor=None,
            label="system",
            subject_id=alert.participant_id,
            details={"alert_id": alert.id, "staff": len(staff)},
        )
    return len(due)


async def acknowledge(session: AsyncSession, alert: Alert, actor: Person, *, now: datetime) -> bool:
    """Mark as seen; False if it was already. Audited."""
    if alert.status is AlertStatus.ACKNOWLEDGED:
        return False
    alert.status = AlertStatus.ACKNOWLEDGED
    alert.acknowledged_at = now
    alert.acknowledged_by_id = actor.id
    await outbox.cancel_pending(session, key_prefix=alert_prefix(alert.id, Kind.ALERT_STAFF))
    audit.record(
        session,
        at=now,
        action="alert.acknowledged",
        actor=actor,
        subject_id=alert.participant_id,
        details={"alert_id": alert.id},
    )
    return True


async def open_alerts(session: AsyncSession, participant_id: int) -> list[Alert]:
    return list(
        await session.scalars(
            select(Alert)
            .where(Alert.participant_id == participant_id, Alert.status == AlertStatus.OPEN)
            .order_by(Alert.created_at)
        )
    )


async def recent_help_alert(session: AsyncSession, participant_id: int, *, now: datetime) -> Alert | None:
    """An open help-button alert from the last half hour (pressing twice makes no second)."""
    return await session.scalar(
        select(Alert)
        .where(
            Alert.participant_id == participant_id,
            Alert.source == AlertSource.HELP_BUTTON,
            Alert.status == AlertStatus.OPEN,
            Alert.created_at > now - timedelta(minutes=30),
        )
        .limit(1)
    )


class HelpRequest(Enum):
    RAISED = "raised"
    ALREADY_RAISED = "already-raised"  # an open one from the last half hour: no second alert


async def ask_for_help(session: AsyncSession, participant: Person, *, now: datetime) -> HelpRequest:
    """The "I need help" button: an urgent alert for the coach, once per half hour."""
    if await recent_help_alert(session, participant.id, now=now) is not None:
        return HelpRequest.ALREADY_RAISED
    reason = Reason(rule="help_button", severity=Severity.URGENT, detail={})
    await raise_alert(session, participant, source=AlertSource.HELP_BUTTON, reasons=[reason], now=now)
    return HelpRequest.RAISED


@dataclass(frozen=True)
class Acknowledged:
    participant_name: str | None
    first: bool  # False: it had been marked as seen before
    notice_planned: bool  # the participant is told that it was seen
    alert_ids: tuple[int, ...] = field(
        default=(), compare=False
    )  # this alert and the others of its staff message


async def incident_alerts(session: AsyncSession, alert: Alert) -> list[Alert]:
    """The alert and every other one a staff message that shows it shows (merged by
    incident): what acknowledging it acknowledges. Newest first."""
    rows = await session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.dedupe_key.startswith(alert_prefix(alert.id, Kind.ALERT_STAFF), autoescape=True)
        )
    )
    ids = {alert.id} | {alert_id for row in rows for alert_id in incident_of(row)}
    found = [await session.get(Alert, alert_id) for alert_id in sorted(ids, reverse=True)]
    return [item for item in found if item is not None and item.participant_id == alert.participant_id]


async def acknowledge_by(
    session: AsyncSession, viewer: Person, alert_id: int | None, *, now: datetime
) -> Acknowledged | None:
    """A coach or staff member marks an alert as seen; None when there is no such alert or
    it is not theirs to handle. The first to see an urgent or crisis alert has the
    participant told so (who saw it: her coach or the team, see ui/outbox/alerts.py), and
    when that is not her coach (staff took it), her coach is told once who took it over."""
    alert = await session.get(Alert, alert_id) if alert_id is not None else None
    participant = await session.get(Person, alert.participant_id) if alert is not None else None
    if alert is None or participant is None or not may_act_on(viewer, participant):
        return None
    # Staff see an incident's alerts in one message, and its ✅ is for all of them; a coach
    # gets one message per alert, and its ✅ is for that one.
    together = await incident_alerts(session, alert) if viewer.role is Role.STAFF else [alert]
    first = await acknowledge(session, alert, viewer, now=now)
    for other in together:
        if other.id != alert.id:
            await acknowledge(session, other, viewer, now=now)
    notice = first and max(item.severity for item in together) >= Severity.URGENT
    if notice:
        await _plan_seen_notice(session, participant, alert, now=now)
        coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
        if coach is not None and coach.id != viewer.id and reachable(coach):
            payload = {"alert_id": alert.id}
            planned = plan(Kind.ALERT_TAKEN_OVER, coach.id, now, payload, key=alert_taken_over_key(alert.id))
            await outbox.enqueue(session, planned, now=now)
    ids = tuple(item.id for item in together)
    return Acknowledged(participant.display_name, first=first, notice_planned=notice, alert_ids=ids)


async def _plan_seen_notice(
    session: AsyncSession, participant: Person, alert: Alert, *, now: datetime
) -> None:
    payload = {"alert_id": alert.id}
    planned = plan(Kind.ALERT_SEEN, participant.id, now, payload, key=alert_seen_key(alert.id))
    await outbox.enqueue(session, planned, now=now)


async def open_alerts_for(
    session: AsyncSession, viewer: Person, *, limit: int = 10
) -> tuple[list[tuple[Alert, Person]], int]:
    """`/alerts`: the open alerts about participants `viewer` may see (visibility's one rule),
    newest first, at most `limit`, with how many there are in all."""
    query = (
        select(Alert, Person)
        .join(Person, Person.id == Alert.participant_id)
        .where(Alert.status == AlertStatus.OPEN, visible_to(viewer))
    )
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.execute(query.order_by(Alert.created_at.desc(), Alert.id.desc()).limit(limit))
    return [(alert, person) for alert, person in rows.all()], int(total or 0)


async def sent_alert_messages(session: AsyncSession, alert_id: int) -> list[tuple[OutboxMessage, Person]]:
    """The alert's messages to coaches and staff that went out, with their recipients (who
    can still be written to): what is edited once the alert is acknowledged."""
    prefixes = [alert_prefix(alert_id, kind) for kind in (Kind.ALERT_COACH, Kind.ALERT_STAFF)]
    rows = await session.execute(
        select(OutboxMessage, Person)
        .join(Person, Person.id == OutboxMessage.recipient_id)
        .where(
            or_(*(OutboxMessage.dedupe_key.startswith(prefix, autoescape=True) for prefix in prefixes)),
            OutboxMessage.status == OutboxStatus.SENT,
            OutboxMessage.telegram_message_id.is_not(None),
            Person.chat_id.is_not(None),
        )
        .order_by(OutboxMessage.id)
    )
    return [(row, person) for row, person in rows.all()]


async def latest_edit(session: AsyncSession, row: OutboxMessage) -> OutboxMessage:
    """The last row that sent or edited the same staff message as `row` (merged alerts of
    one incident edit one message): what the message shows now."""
    latest = await session.scalar(
        select(OutboxMessage)
        .where(
            OutboxMessage.recipient_id == row.recipient_id,
            OutboxMessage.kind == Kind.ALERT_STAFF.value,
            OutboxMessage.telegram_message_id == row.telegram_message_id,
            OutboxMessage.status == OutboxStatus.SENT,
        )
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    return latest or row


async def set_duty(session: AsyncSession, staff: Person, on: bool, *, now: datetime) -> bool:
    """`/duty`'s button: on duty (crisis alerts nobody acknowledged come to them) or off;
    audited when it changes. Setting, not toggling: a button pressed twice changes nothing
    the second time. Returns whether they are on duty now."""
    if staff.on_duty != on:
        staff.on_duty = on
        audit.record(session, at=now, action="staff.duty", actor=staff, details={"on": on})
    return staff.on_duty
