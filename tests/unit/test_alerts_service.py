"""Who gets an alert: the coach, staff when there is no reachable coach, and escalation."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import Alert, AlertSource, OutboxMessage, Person, Role, Severity
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
