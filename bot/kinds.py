"""Every kind of message the bot sends on its own: its priority, its quiet-hours policy and
how its dedupe key is built. Kind values and key formats are stored in the database."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from bot.models import Priority
from bot.services.outbox import Planned


class Kind(enum.StrEnum):
    APPOINTMENT_NEW = "appointment.new"
    APPOINTMENT_CHANGED = "appointment.changed"
    APPOINTMENT_REMINDER = "appointment.reminder"
    APPOINTMENT_CANCELLED = "appointment.cancelled"
    COACH_CANT_COME = "coach.cant_come"
    COACH_CANT_COME_REASON = "coach.cant_come_reason"
    COACH_NO_ANSWER = "coach.no_answer"
    COACH_COMING_AFTER_ALL = "coach.coming_after_all"
    COACH_UNREACHABLE = "coach.unreachable"
    PRACTICE_PROMPT = "practice.prompt"
    PRACTICE_NUDGE = "practice.nudge"
    CHECKIN_OFFER = "checkin.offer"
    HELP_NUMBERS = "help.numbers"
    ALERT_COACH = "alert.coach"
    ALERT_STAFF = "alert.staff"
    ALERT_SEEN = "alert.seen"
    ALERT_TAKEN_OVER = "alert.taken_over"
    RELAY_TO_PARTICIPANT = "relay.to_participant"
    RELAY_TO_COACH = "relay.to_coach"
    BROADCAST = "broadcast"
    COACH_REASSIGNED = "coach.reassigned"


class QuietHours(enum.Enum):
    RESPECT = "respect"  # waits for the end of the recipient's quiet hours
    IGNORE = "ignore"  # goes out at once, night or not
    UNLESS_URGENT = "unless-urgent"  # waits, unless the one who plans it says it is urgent


# -- dedupe keys ---------------------------------------------------------------------------
# One function per format. Rows already in databases carry these keys: never change them.


def appointment_prefix(appointment_id: int) -> str:
    """Every row about one appointment, of any version, the cancellation notice included."""
    return f"apt:{appointment_id}:"


def announcement_prefix(appointment_id: int) -> str:
    """Every row about one appointment's versions (news, reminders, the coach's alerts)."""
    return f"apt:{appointment_id}:v"


def appointment_key(appointment_id: int, version: int, suffix: str = "") -> str:
    """A row about one version of an appointment; with no suffix, the prefix of all of them."""
    return f"apt:{appointment_id}:v{version}:{suffix}"


def news_key(appointment_id: int, version: int, news: Kind) -> str:
    return appointment_key(appointment_id, version, "new" if news is Kind.APPOINTMENT_NEW else "changed")


def reminder_prefix(appointment_id: int, version: int) -> str:
    return appointment_key(appointment_id, version, "reminder:")


def reminder_key(appointment_id: int, version: int, before: timedelta) -> str:
    return reminder_prefix(appointment_id, version) + str(int(before.total_seconds() // 60))


def no_answer_key(appointment_id: int, version: int) -> str:
    return appointment_key(appointment_id, version, "no-answer")


def cant_come_key(appointment_id: int, version: int, at: datetime) -> str:
    return appointment_key(appointment_id, version, f"cant-come:{int(at.timestamp())}")


def cant_come_reason_key(appointment_id: int, version: int, at: datetime) -> str:
    return appointment_key(appointment_id, version, f"reason:{int(at.timestamp())}")


def coming_after_all_key(appointment_id: int, version: int, at: datetime) -> str:
    return appointment_key(appointment_id, version, f"coming:{int(at.timestamp())}")


def cancelled_key(appointment_id: int) -> str:
    return f"apt:{appointment_id}:cancelled"


def unreachable_key(participant_id: int, at: datetime) -> str:
    return f"unreachable:{participant_id}:{int(at.timestamp())}"


def practice_key(person_id: int, day: date) -> str:
    """One prompt (or nudge) a day: the person and their local date."""
    return f"practice:{person_id}:{day.isoformat()}"


def checkin_prefix(checkin_id: int) -> str:
    return f"checkin:{checkin_id}:"


def checkin_offer_key(checkin_id: int, again: bool = False) -> str:
    return checkin_prefix(checkin_id) + ("reoffer" if again else "offer")


def help_numbers_key(alert_id: int) -> str:
    return f"alert:{alert_id}:help"


def alert_prefix(alert_id: int, kind: Kind) -> str:
    return f"alert:{alert_id}:{kind.value}:"


def alert_key(alert_id: int, kind: Kind, recipient_id: int) -> str:
    return f"{alert_prefix(alert_id, kind)}{recipient_id}"


def alert_seen_key(alert_id: int) -> str:
    return f"alert:{alert_id}:seen"


def alert_taken_over_key(alert_id: int) -> str:
    return f"alert:{alert_id}:taken"


def relay_key(message_id: int, recipient_id: int) -> str:
    return f"relay:{message_id}:{recipient_id}"


def broadcast_prefix(broadcast_id: int) -> str:
    return f"broadcast:{broadcast_id}:"


def broadcast_key(broadcast_id: int, recipient_id: int) -> str:
    return f"{broadcast_prefix(broadcast_id)}{recipient_id}"


def reassigned_key(participant_id: int, recipient_id: int, at: datetime) -> str:
    return f"reassign:{participant_id}:{int(at.timestamp())}:{recipient_id}"


# -- the registry --------------------------------------------------------------------------


@dataclass(frozen=True)
class KindSpec:
    priority: Priority
    quiet: QuietHours
    key: Callable[..., str]


SPECS: Mapping[Kind, KindSpec] = MappingProxyType(
    {
        Kind.APPOINTMENT_NEW: KindSpec(Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, news_key),
        Kind.APPOINTMENT_CHANGED: KindSpec(Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, news_key),
        Kind.APPOINTMENT_REMINDER: KindSpec(Priority.REMINDER, QuietHours.IGNORE, reminder_key),
        Kind.APPOINTMENT_CANCELLED: KindSpec(Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, cancelled_key),
        Kind.COACH_CANT_COME: KindSpec(Priority.ALERT, QuietHours.IGNORE, cant_come_key),
        Kind.COACH_CANT_COME_REASON: KindSpec(Priority.ALERT, QuietHours.IGNORE, cant_come_reason_key),
        Kind.COACH_NO_ANSWER: KindSpec(Priority.INTERACTIVE, QuietHours.IGNORE, no_answer_key),
        # She comes after all, after the coach heard she could not: as at once as that was.
        Kind.COACH_COMING_AFTER_ALL: KindSpec(Priority.ALERT, QuietHours.IGNORE, coming_after_all_key),
        Kind.COACH_UNREACHABLE: KindSpec(Priority.ALERT, QuietHours.IGNORE, unreachable_key),
        Kind.PRACTICE_PROMPT: KindSpec(Priority.PROMPT, QuietHours.RESPECT, practice_key),
        Kind.PRACTICE_NUDGE: KindSpec(Priority.PROMPT, QuietHours.RESPECT, practice_key),
        Kind.CHECKIN_OFFER: KindSpec(Priority.PROMPT, QuietHours.RESPECT, checkin_offer_key),
        Kind.HELP_NUMBERS: KindSpec(Priority.CRISIS, QuietHours.IGNORE, help_numbers_key),
        # A crisis alert is planned with crisis=True; a normal one waits for the morning.
        Kind.ALERT_COACH: KindSpec(Priority.ALERT, QuietHours.UNLESS_URGENT, alert_key),
        Kind.ALERT_STAFF: KindSpec(Priority.ALERT, QuietHours.UNLESS_URGENT, alert_key),
        Kind.ALERT_SEEN: KindSpec(Priority.INTERACTIVE, QuietHours.IGNORE, alert_seen_key),
        # The coach hears that staff took her participant's alert; it needs no reply, so it
        # waits out her quiet hours (the alert message itself already shows who saw it).
        Kind.ALERT_TAKEN_OVER: KindSpec(Priority.INTERACTIVE, QuietHours.RESPECT, alert_taken_over_key),
        # A coach's message late in the evening waits for the participant's morning.
        Kind.RELAY_TO_PARTICIPANT: KindSpec(Priority.INTERACTIVE, QuietHours.RESPECT, relay_key),
        # A participant's message waits out the coach's quiet hours, unless it is urgent.
        Kind.RELAY_TO_COACH: KindSpec(Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, relay_key),
        # Last of all, and never at night: an announcement can wait for the morning.
        Kind.BROADCAST: KindSpec(Priority.BROADCAST, QuietHours.RESPECT, broadcast_key),
        # Both coaches hear of a reassignment; it needs no reply, so it waits for their morning.
        Kind.COACH_REASSIGNED: KindSpec(Priority.INTERACTIVE, QuietHours.RESPECT, reassigned_key),
    }
)

_missing = set(Kind) ^ set(SPECS)
if _missing:
    raise RuntimeError(f"outbox kinds without a spec: {sorted(_missing)}")


def plan(
    kind: Kind,
    recipient_id: int,
    due_at: datetime,
    payload: dict[str, Any],
    *,
    key: str,
    urgent: bool = False,
    crisis: bool = False,
) -> Planned:
    """An outbox row of this kind, with the kind's priority and quiet-hours policy.

    `urgent` lets an UNLESS_URGENT kind go out in quiet hours; `crisis` puts it first."""
    spec = SPECS[kind]
    if urgent and spec.quiet is not QuietHours.UNLESS_URGENT:
        raise ValueError(f"{kind} has a fixed quiet-hours policy")
    return Planned(
        recipient_id=recipient_id,
        kind=kind.value,
        due_at=due_at,
        priority=Priority.CRISIS if crisis else spec.priority,
        dedupe_key=key,
        payload=payload,
        respect_quiet_hours=spec.quiet is QuietHours.RESPECT
        or (spec.quiet is QuietHours.UNLESS_URGENT and not urgent),
    )
