"""The registry of outbox kinds: every kind listed here by hand, with its renderer, priority,
quiet-hours policy and key builder; kind values and key formats are stored in databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot import kinds
from bot.kinds import SPECS, Kind, QuietHours, plan
from bot.models import Priority
from ui.outbox import RENDERERS

AT = datetime(2025, 11, 24, 9, 30, tzinfo=UTC)  # 1763976600
STAMP = int(AT.timestamp())

# value, priority, quiet-hours policy, key-builder arguments, the key they make (as stored)
TABLE: list[tuple[str, Priority, QuietHours, tuple[Any, ...], str]] = [
    (
        "appointment.new",
        Priority.INTERACTIVE,
        QuietHours.UNLESS_URGENT,
        (7, 2, Kind.APPOINTMENT_NEW),
        "apt:7:v2:new",
    ),
    (
        "appointment.changed",
        Priority.INTERACTIVE,
        QuietHours.UNLESS_URGENT,
        (7, 2, Kind.APPOINTMENT_CHANGED),
        "apt:7:v2:changed",
    ),
    (
        "appointment.reminder",
        Priority.REMINDER,
        QuietHours.IGNORE,
        (7, 2, timedelta(hours=24)),
        "apt:7:v2:reminder:1440",
    ),
    ("appointment.cancelled", Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, (7,), "apt:7:cancelled"),
    ("coach.cant_come", Priority.ALERT, QuietHours.IGNORE, (7, 2, AT), f"apt:7:v2:cant-come:{STAMP}"),
    ("coach.cant_come_reason", Priority.ALERT, QuietHours.IGNORE, (7, 2, AT), f"apt:7:v2:reason:{STAMP}"),
    ("coach.no_answer", Priority.INTERACTIVE, QuietHours.IGNORE, (7, 2), "apt:7:v2:no-answer"),
    ("coach.coming_after_all", Priority.ALERT, QuietHours.IGNORE, (7, 2, AT), f"apt:7:v2:coming:{STAMP}"),
    ("coach.unreachable", Priority.ALERT, QuietHours.IGNORE, (11, AT), f"unreachable:11:{STAMP}"),
    (
        "practice.prompt",
        Priority.PROMPT,
        QuietHours.RESPECT,
        (11, date(2025, 11, 24)),
        "practice:11:2025-11-24",
    ),
    (
        "practice.nudge",
        Priority.PROMPT,
        QuietHours.RESPECT,
        (11, date(2025, 11, 24)),
        "practice:11:2025-11-24",
    ),
    ("checkin.offer", Priority.PROMPT, QuietHours.RESPECT, (3,), "checkin:3:offer"),
    ("help.numbers", Priority.CRISIS, QuietHours.IGNORE, (5,), "alert:5:help"),
    (
        "alert.coach",
        Priority.ALERT,
        QuietHours.UNLESS_URGENT,
        (5, Kind.ALERT_COACH, 11),
        "alert:5:alert.coach:11",
    ),
    (
        "alert.staff",
        Priority.ALERT,
        QuietHours.UNLESS_URGENT,
        (5, Kind.ALERT_STAFF, 12),
        "alert:5:alert.staff:12",
    ),
    ("alert.seen", Priority.INTERACTIVE, QuietHours.IGNORE, (5,), "alert:5:seen"),
    ("alert.taken_over", Priority.INTERACTIVE, QuietHours.RESPECT, (5,), "alert:5:taken"),
    ("relay.to_participant", Priority.INTERACTIVE, QuietHours.RESPECT, (9, 11), "relay:9:11"),
    ("relay.to_coach", Priority.INTERACTIVE, QuietHours.UNLESS_URGENT, (9, 12), "relay:9:12"),
    ("broadcast", Priority.BROADCAST, QuietHours.RESPECT, (4, 12), "broadcast:4:12"),
    (
        "coach.reassigned",
        Priority.INTERACTIVE,
        QuietHours.RESPECT,
        (9, 12, datetime(2026, 12, 6, tzinfo=UTC)),
        "reassign:9:1796515200:12",
    ),
]


def test_the_table_lists_every_kind() -> None:
    assert [value for value, *_ in TABLE] == [kind.value for kind in Kind]


@pytest.mark.parametrize(("value", "priority", "quiet", "args", "key"), TABLE, ids=[row[0] for row in TABLE])
def test_each_kind_has_its_renderer_priority_policy_and_key(
    value: str, priority: Priority, quiet: QuietHours, args: tuple[Any, ...], key: str
) -> None:
    kind = Kind(value)
    assert callable(RENDERERS[kind])
    spec = SPECS[kind]
    assert spec.priority is priority
    assert spec.quiet is quiet
    assert spec.key(*args) == key


def test_the_other_key_formats_are_unchanged() -> None:
    assert kinds.checkin_offer_key(3, again=True) == "checkin:3:reoffer"
    assert kinds.appointment_key(7, 2, "new") == "apt:7:v2:new"


def test_prefixes_cover_their_keys() -> None:
    assert kinds.appointment_prefix(7) == "apt:7:"
    assert kinds.announcement_prefix(7) == "apt:7:v"
    assert kinds.appointment_key(7, 2) == "apt:7:v2:"
    assert kinds.reminder_prefix(7, 2) == "apt:7:v2:reminder:"
    assert kinds.checkin_prefix(3) == "checkin:3:"
    assert kinds.alert_prefix(5, Kind.ALERT_STAFF) == "alert:5:alert.staff:"
    # An appointment's own prefix does not take in another appointment whose id starts alike.
    assert not kinds.appointment_key(71, 2, "new").startswith(kinds.appointment_prefix(7))


def test_plan_takes_priority_and_quiet_hours_from_the_spec() -> None:
    row = plan(Kind.CHECKIN_OFFER, 4, AT, {"checkin_id": 3}, key="checkin:3:offer")
    assert (row.recipient_id, row.due_at, row.payload, row.dedupe_key) == (
        4,
        AT,
        {"checkin_id": 3},
        "checkin:3:offer",
    )
    assert type(row.kind) is str and row.kind == "checkin.offer"
    assert row.priority is Priority.PROMPT and row.respect_quiet_hours
    assert not plan(Kind.HELP_NUMBERS, 4, AT, {}, key="k").respect_quiet_hours


def test_urgent_and_crisis_only_where_the_kind_allows() -> None:
    normal = plan(Kind.ALERT_COACH, 4, AT, {}, key="k")
    assert normal.respect_quiet_hours and normal.priority is Priority.ALERT
    urgent = plan(Kind.ALERT_COACH, 4, AT, {}, key="k", urgent=True)
    assert not urgent.respect_quiet_hours and urgent.priority is Priority.ALERT
    crisis = plan(Kind.ALERT_STAFF, 4, AT, {}, key="k", urgent=True, crisis=True)
    assert crisis.priority is Priority.CRISIS
    with pytest.raises(ValueError, match="fixed quiet-hours policy"):
        plan(Kind.PRACTICE_PROMPT, 4, AT, {}, key="k", urgent=True)
