"""Who gets an alert: the coach, staff when there is no reachable coach, and escalation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    AuditEntry,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
    Severity,
)
from bot.services import alerts
from bot.services.flags import Reason

from seed import add_person

CRISIS = Reason(
    rule="keywords", severity=Severity.CRISIS, detail={"language": "de", "term": "x", "via": "original"}
)
LOW = Reason(rule="low_mood", severity=Severity.NORMAL, detail={})


async def _deliveries(deps: Deps) -> list[tuple[str, int, int]]:
    async with deps.sessionmaker() as session:
        rows = await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(row.kind, row.recipient_id, row.priority) for row in rows]


async def _raise(deps: Deps, participant_id: int, reason: Reason) -> int:
    async with deps.sessionmaker.begin() as session:
        participant = await session.get(Person, participant_id)
        assert participant is not None
        alert = await alerts.raise_alert(
            session, participant, source=AlertSource.CHECKIN, reasons=[reason], now=deps.clock.now()
        )
        return alert.id


async def test_a_participant_without_a_coach_goes_to_all_staff_at_once(deps: Deps) -> None:
    staff_a = await add_person(deps, telegram_user_id=901, name="A", role=Role.STAFF)
    staff_b = await add_person(deps, telegram_user_id=902, name="B", role=Role.STAFF)
    participant = await add_person(deps, telegram_user_id=903, name="P", role=Role.PARTICIPANT)
    await _raise(deps, participant, LOW)
    assert sorted(await _deliveries(deps)) == [("alert.staff", staff_a, 10), ("alert.staff", staff_b, 10)]


async def test_escalation_goes_to_everyone_when_nobody_is_on_duty(deps: Deps, clock: ManualClock) -> None:
    coach = await add_person(deps, telegram_user_id=911, name="C", role=Role.COACH)
    staff_a = await add_person(deps, telegram_user_id=912, name="A", role=Role.STAFF)
    staff_b = await add_person(deps, telegram_user_id=913, name="B", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=914, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    alert_id = await _raise(deps, participant, CRISIS)
    assert await _deliveries(deps) == [("alert.coach", coach, 0), ("help.numbers", participant, 0)]
    after = timedelta(minutes=30)
    clock.advance(after - timedelta(seconds=1))
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=after) == 0
    clock.advance(timedelta(seconds=1))
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=after) == 1
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=after) == 0  # once
    staff_rows = [d for d in await _deliveries(deps) if d[0] == "alert.staff"]
    assert sorted(staff_rows) == [("alert.staff", staff_a, 0), ("alert.staff", staff_b, 0)]
    async with deps.sessionmaker() as session:
        alert = await session.get(Alert, alert_id)
        assert alert is not None and alert.escalated_at == clock.now()


async def test_normal_alerts_are_not_escalated(deps: Deps, clock: ManualClock) -> None:
    coach = await add_person(deps, telegram_user_id=921, name="C", role=Role.COACH)
    await add_person(deps, telegram_user_id=922, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=923, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    await _raise(deps, participant, LOW)
    clock.advance(timedelta(days=2))
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=timedelta(minutes=30)) == 0
    assert await _deliveries(deps) == [("alert.coach", coach, 10)]


async def _rows(deps: Deps, model: Any) -> list[Any]:
    async with deps.sessionmaker() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def _ask_for_help(deps: Deps, participant_id: int) -> alerts.HelpRequest:
    async with deps.sessionmaker.begin() as session:
        participant = await session.get(Person, participant_id)
        assert participant is not None
        return await alerts.ask_for_help(session, participant, now=deps.clock.now())


async def test_help_is_one_urgent_alert_per_half_hour(deps: Deps, clock: ManualClock) -> None:
    coach = await add_person(deps, telegram_user_id=931, name="C", role=Role.COACH)
    participant = await add_person(
        deps, telegram_user_id=932, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    assert await _ask_for_help(deps, participant) is alerts.HelpRequest.RAISED
    clock.advance(timedelta(minutes=29))
    assert await _ask_for_help(deps, participant) is alerts.HelpRequest.ALREADY_RAISED
    (alert,) = await _rows(deps, Alert)
    assert alert.source is AlertSource.HELP_BUTTON and alert.severity == Severity.URGENT
    assert [r["rule"] for r in alert.reasons] == ["help_button"]
    assert await _deliveries(deps) == [("alert.coach", coach, 10)]
    clock.advance(timedelta(minutes=2))
    assert await _ask_for_help(deps, participant) is alerts.HelpRequest.RAISED
    assert len(await _rows(deps, Alert)) == 2


async def _acknowledge(deps: Deps, viewer_id: int, alert_id: int | None) -> alerts.Acknowledged | None:
    async with deps.sessionmaker.begin() as session:
        viewer = await session.get(Person, viewer_id)
        assert viewer is not None
        return await alerts.acknowledge_by(session, viewer, alert_id, now=deps.clock.now())


async def test_acknowledged_by_the_coach_or_staff_once_and_the_participant_told(
    deps: Deps, clock: ManualClock
) -> None:
    coach = await add_person(deps, telegram_user_id=941, name="C", role=Role.COACH)
    other_coach = await add_person(deps, telegram_user_id=942, name="D", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=943, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=944, name="Amina", role=Role.PARTICIPANT, coach_id=coach
    )
    alert_id = await _raise(deps, participant, CRISIS)
    assert await _acknowledge(deps, other_coach, alert_id) is None
    assert await _acknowledge(deps, participant, alert_id) is None
    assert await _acknowledge(deps, coach, alert_id + 99) is None
    assert await _acknowledge(deps, coach, None) is None
    (alert,) = await _rows(deps, Alert)
    assert alert.status is AlertStatus.OPEN

    clock.advance(timedelta(minutes=5))
    assert await _acknowledge(deps, coach, alert_id) == alerts.Acknowledged(
        "Amina", first=True, notice_planned=True
    )
    assert await _acknowledge(deps, staff, alert_id) == alerts.Acknowledged(
        "Amina", first=False, notice_planned=False
    )
    (alert,) = await _rows(deps, Alert)
    assert alert.status is AlertStatus.ACKNOWLEDGED and alert.acknowledged_by_id == coach
    assert alert.acknowledged_at == clock.now()
    seen = [row for row in await _rows(deps, OutboxMessage) if row.kind == "alert.seen"]
    assert [(row.recipient_id, row.dedupe_key, row.payload, row.priority) for row in seen] == [
        (participant, f"alert:{alert_id}:seen", {"alert_id": alert_id}, 20)
    ]
    assert seen[0].due_at == clock.now() and not seen[0].respect_quiet_hours
    actions = [(row.action, row.actor_id) for row in await _rows(deps, AuditEntry)]
    assert actions[-1] == ("alert.acknowledged", coach)


async def test_staff_taking_an_urgent_alert_has_her_coach_told_once_in_his_day(deps: Deps) -> None:
    coach = await add_person(deps, telegram_user_id=955, name="C", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=956, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=957, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    by_staff = await _raise(deps, participant, CRISIS)
    by_coach = await _raise(deps, participant, CRISIS)
    await _acknowledge(deps, staff, by_staff)
    await _acknowledge(deps, coach, by_coach)
    await _acknowledge(deps, staff, by_coach)  # seen before: nobody is told again
    taken = [row for row in await _rows(deps, OutboxMessage) if row.kind == "alert.taken_over"]
    assert [(row.recipient_id, row.dedupe_key, row.payload) for row in taken] == [
        (coach, f"alert:{by_staff}:taken", {"alert_id": by_staff})
    ]
    assert taken[0].respect_quiet_hours  # nothing for him to do: it waits for his morning


async def test_a_normal_alert_seen_by_staff_tells_the_participant_nothing(deps: Deps) -> None:
    coach = await add_person(deps, telegram_user_id=951, name="C", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=952, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=953, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    alert_id = await _raise(deps, participant, LOW)
    assert await _acknowledge(deps, staff, alert_id) == alerts.Acknowledged(
        "P", first=True, notice_planned=False
    )
    assert [kind for kind, _, _ in await _deliveries(deps)] == ["alert.coach"]


async def test_duty_is_set_on_and_off_and_each_change_is_audited(deps: Deps, clock: ManualClock) -> None:
    staff_id = await add_person(deps, telegram_user_id=961, name="S", role=Role.STAFF)
    # A button pressed twice (two clients, a double tap) sets, it does not toggle back.
    for wanted in (True, True, False, False):
        async with deps.sessionmaker.begin() as session:
            staff = await session.get(Person, staff_id)
            assert staff is not None
            assert await alerts.set_duty(session, staff, wanted, now=clock.now()) is wanted
        async with deps.sessionmaker() as session:
            stored = await session.get(Person, staff_id)
            assert stored is not None and stored.on_duty is wanted
    audit = [(row.action, row.actor_id, row.details) for row in await _rows(deps, AuditEntry)]
    assert [entry for entry in audit if entry[0] == "staff.duty"] == [
        ("staff.duty", staff_id, {"on": True}),
        ("staff.duty", staff_id, {"on": False}),
    ]


async def test_open_alerts_for_follows_visibility_newest_first(deps: Deps, clock: ManualClock) -> None:
    coach = await add_person(deps, telegram_user_id=971, name="C", role=Role.COACH)
    other = await add_person(deps, telegram_user_id=972, name="O", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=973, name="S", role=Role.STAFF)
    mine = await add_person(deps, telegram_user_id=974, name="P", role=Role.PARTICIPANT, coach_id=coach)
    theirs = await add_person(deps, telegram_user_id=975, name="Q", role=Role.PARTICIPANT, coach_id=other)
    older = await _raise(deps, mine, LOW)
    clock.advance(timedelta(minutes=1))
    newer = await _raise(deps, mine, CRISIS)
    foreign = await _raise(deps, theirs, LOW)
    seen = await _raise(deps, mine, LOW)
    assert await _acknowledge(deps, coach, seen) is not None

    async def listed(viewer_id: int, limit: int = 10) -> tuple[list[int], int]:
        async with deps.sessionmaker() as session:
            viewer = await session.get(Person, viewer_id)
            assert viewer is not None
            items, total = await alerts.open_alerts_for(session, viewer, limit=limit)
            return [alert.id for alert, _ in items], total

    assert await listed(coach) == ([newer, older], 2)
    assert await listed(other) == ([foreign], 1)
    assert await listed(staff) == ([foreign, newer, older], 3)
    assert await listed(staff, limit=1) == ([foreign], 3)
    assert await listed(mine) == ([], 0)


async def test_sent_alert_messages_are_the_sent_coach_and_staff_rows_of_that_alert(
    deps: Deps, clock: ManualClock
) -> None:
    coach = await add_person(deps, telegram_user_id=981, name="C", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=982, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=983, name="P", role=Role.PARTICIPANT, coach_id=coach
    )
    alert_id = await _raise(deps, participant, CRISIS)
    clock.advance(timedelta(minutes=30))
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=timedelta(minutes=30)) == 1
    other_alert = await _raise(deps, participant, CRISIS)
    async with deps.sessionmaker.begin() as session:  # as the dispatcher records a sent row
        for number, row in enumerate(await session.scalars(select(OutboxMessage)), 500):
            if row.kind != "alert.staff":  # staff's is still waiting
                row.status, row.telegram_message_id = OutboxStatus.SENT, number
    async with deps.sessionmaker() as session:
        sent = await alerts.sent_alert_messages(session, alert_id)
        assert [(row.kind, person.id) for row, person in sent] == [("alert.coach", coach)]
        assert [row.kind for row, _ in await alerts.sent_alert_messages(session, other_alert)] == [
            "alert.coach"
        ]
    async with deps.sessionmaker.begin() as session:
        for row in await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "alert.staff")):
            row.status, row.telegram_message_id = OutboxStatus.SENT, 900
    async with deps.sessionmaker() as session:
        sent = await alerts.sent_alert_messages(session, alert_id)
        assert [(row.kind, person.id) for row, person in sent] == [
            ("alert.coach", coach),
            ("alert.staff", staff),
        ]


async def test_alerts_about_her_escalated_together_make_one_staff_row_and_are_seen_together(
    deps: Deps, clock: ManualClock
) -> None:
    """Escalated in one round, before the first went out: one row shows both (newest first);
    its ✅ (the newest alert's) acknowledges both; the next alert starts a new incident."""
    coach = await add_person(deps, telegram_user_id=971, name="C", role=Role.COACH)
    staff = await add_person(deps, telegram_user_id=972, name="S", role=Role.STAFF)
    participant = await add_person(
        deps, telegram_user_id=973, name="Amina", role=Role.PARTICIPANT, coach_id=coach
    )
    first = await _raise(deps, participant, CRISIS)
    clock.advance(timedelta(minutes=1))
    second = await _raise(deps, participant, CRISIS)
    clock.advance(timedelta(minutes=30))
    async with deps.sessionmaker.begin() as session:
        assert await alerts.escalate_due(session, now=clock.now(), after=timedelta(minutes=30)) == 2
    staff_rows = [row for row in await _rows(deps, OutboxMessage) if row.kind == "alert.staff"]
    assert [(row.status, row.payload) for row in staff_rows] == [
        (OutboxStatus.CANCELLED, {"alert_id": first}),
        (OutboxStatus.PENDING, {"alert_id": second, "alerts": [second, first]}),
    ]
    seen = await _acknowledge(deps, staff, second)
    assert seen is not None and seen.first and seen.alert_ids == (second, first)
    assert {a.id: a.status for a in await _rows(deps, Alert)} == {
        first: AlertStatus.ACKNOWLEDGED,
        second: AlertStatus.ACKNOWLEDGED,
    }

    clock.advance(timedelta(minutes=5))
    third = await _raise(deps, participant, CRISIS)
    clock.advance(timedelta(minutes=30))
    async with deps.sessionmaker.begin() as session:
        await alerts.escalate_due(session, now=clock.now(), after=timedelta(minutes=30))
    last = [row for row in await _rows(deps, OutboxMessage) if row.kind == "alert.staff"][-1]
    assert last.payload == {"alert_id": third} and last.recipient_id == staff
