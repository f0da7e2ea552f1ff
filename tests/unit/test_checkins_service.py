"""Check-in planning, answering and expiry on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import Checkin, CheckinStatus, Cohort, OutboxMessage, OutboxStatus, Person, Role
from bot.services import checkins
from bot.services.checkins import Value, period_for

from seed import add_person

MONDAY_10 = time(10, 0)


async def _plan(deps: Deps) -> int:
    async with deps.sessionmaker.begin() as session:
        return await checkins.plan(session, now=deps.clock.now(), default_weekday=0, default_time=MONDAY_10)


async def _participant(deps: Deps, tid: int = 601) -> int:
    return await add_person(deps, telegram_user_id=tid, name=f"P{tid}", role=Role.PARTICIPANT)


async def _rows(deps: Deps) -> list[OutboxMessage]:
    async with deps.sessionmaker() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.due_at)))


def test_period_for_first_week_of_month_is_monthly() -> None:
    assert period_for(datetime(2026, 12, 7).date()) == ("monthly", "2026-12")
    assert period_for(datetime(2026, 11, 23).date()) == ("weekly", "2026-W48")
    assert period_for(datetime(2026, 12, 8).date()) == ("weekly", "2026-W50")


async def test_planned_for_monday_ten_local_with_a_second_offer(deps: Deps, clock: ManualClock) -> None:
    # The clock starts Monday 2026-11-23 09:00 UTC = 10:00 in Kassel; participants joined earlier.
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    person = await _participant(deps)
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=UTC))
    assert await _plan(deps) == 1
    assert await _plan(deps) == 0  # idempotent
    rows = await _rows(deps)
    assert [(r.kind, r.due_at, r.payload["again"]) for r in rows] == [
        ("checkin.offer", datetime(2026, 11, 23, 9, 0, tzinfo=UTC), False),
        ("checkin.offer", datetime(2026, 11, 24, 9, 0, tzinfo=UTC), True),
    ]
    async with deps.sessionmaker() as session:
        checkin = await session.scalar(select(Checkin))
        assert checkin is not None
        assert (checkin.person_id, checkin.questionnaire, checkin.period) == (person, "weekly", "2026-W48")
        assert checkin.expires_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


async def test_not_planned_more_than_a_day_ahead_nor_for_before_joining(
    deps: Deps, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))  # Friday: Monday is 3 days away
    await _participant(deps)
    assert await _plan(deps) == 0
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))  # Monday noon: this week's slot is past
    assert await _plan(deps) == 1
    clock.set(datetime(2026, 11, 23, 13, 0, tzinfo=UTC))
    await _participant(deps, 602)  # joined after the slot: no check-in this week
    assert await _plan(deps) == 0


async def test_cohort_schedule_wins_over_the_default(deps: Deps, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    person_id = await _participant(deps)
    async with deps.sessionmaker.begin() as session:
        cohort = Cohort(name="Pflege", created_at=clock.now(), checkin_weekday=4, checkin_time=time(14, 30))
        session.add(cohort)
        await session.flush()
        person = await session.get(Person, person_id)
        assert person is not None
        person.cohort_id = cohort.id
    clock.set(datetime(2026, 11, 27, 8, 0, tzinfo=UTC))  # Friday morning
    assert await _plan(deps) == 1
    offers = [r for r in await _rows(deps) if not r.payload["again"]]
    assert offers[0].due_at == datetime(2026, 11, 27, 13, 30, tzinfo=UTC)  # 14:30 in Kassel


async def test_monthly_in_the_first_week(deps: Deps, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    await _participant(deps)
    clock.set(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))  # Monday 7 December
    assert await _plan(deps) == 1
    async with deps.sessionmaker() as session:
        checkin = await session.scalar(select(Checkin))
        assert checkin is not None and (checkin.questionnaire, checkin.period) == ("monthly", "2026-12")


async def test_expires_after_three_days_and_cancels_the_offers(deps: Deps, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    await _participant(deps)
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    await _plan(deps)
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    await _plan(deps)
    async with deps.sessionmaker() as session:
        checkin = await session.scalar(select(Checkin))
        assert checkin is not None and checkin.status is CheckinStatus.EXPIRED
    assert {r.status for r in await _rows(deps)} == {OutboxStatus.CANCELLED}


async def test_answers_in_order_then_complete_and_mood_history(deps: Deps, clock: ManualClock) -> None:
    person_id = await _participant(deps)
    weekly = deps.checkins.questionnaires["weekly"]
    for week, mood in enumerate((5, 4, 2)):
        clock.advance(timedelta(days=7 * week))
        async with deps.sessionmaker.begin() as session:
            person = await session.get(Person, person_id)
            assert person is not None
            checkin = await checkins.start_now(session, person, now=clock.now())
            assert checkins.next_question(weekly, set()) == (0, weekly.questions[0])
            await checkins.record_answer(
                session, checkin, weekly.questions[0], Value(score=mood), now=clock.now()
            )
            answered = set(await checkins.answers_of(session, checkin.id))
            assert checkins.next_question(weekly, answered) == (1, weekly.questions[1])
            assert checkin.status is CheckinStatus.STARTED
            checkins.complete(checkin, now=clock.now())
            clock.advance(timedelta(minutes=1))
    async with deps.sessionmaker() as session:
        latest = await session.scalar(select(Checkin).order_by(Checkin.id.desc()))
        assert latest is not None
        assert await checkins.mood_history(session, latest) == [4, 5]


async def test_start_now_resumes_an_open_checkin(deps: Deps, clock: ManualClock) -> None:
    person_id = await _participant(deps)
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        first = await checkins.start_now(session, person, now=clock.now())
        again = await checkins.start_now(session, person, now=clock.now())
        assert first.id == again.id


def test_button_values_are_checked_against_the_question(deps: Deps) -> None:
    weekly = deps.checkins.questionnaires["weekly"]
    mood, sleep = weekly.questions[0], weekly.questions[1]
    assert Value.parse(mood, "3") == Value(score=3)
    assert Value.parse(mood, "6") is None
    assert Value.parse(mood, "good") is None
    assert Value.parse(sleep, "bad") == Value(choice=("bad",))
    assert Value.parse(sleep, "terrible") is None
