"""Check-in planning, answering and expiry on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession

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


async def test_nothing_is_offered_while_she_is_still_joining(deps: Deps, clock: ManualClock) -> None:
    """Between agreeing and "Fertig!" she is active but still answering the joining questions:
    a check-in offer would land in the middle of them."""
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    person_id = await _participant(deps)
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.onboarding_step = "practice"
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=UTC))
    assert await _plan(deps) == 0
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.onboarding_step = None
    assert await _plan(deps) == 1


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


async def test_a_checkin_with_its_answers_in_one_statement(deps: Deps, clock: ManualClock) -> None:
    person_id = await _participant(deps)
    weekly = deps.checkins.questionnaires["weekly"]
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        checkin_id = (await checkins.start_now(session, person, now=clock.now())).id
    async with deps.sessionmaker.begin() as session:
        found, answers = await checkins.with_answers(session, checkin_id)  # none answered yet
        assert found is not None and found.id == checkin_id and answers == {}
        checkin = found
        await checkins.record_answer(session, checkin, weekly.questions[0], Value(score=4), now=clock.now())
        await checkins.record_answer(session, checkin, weekly.questions[1], None, now=clock.now())  # skipped
    statements: list[str] = []
    engine = deps.engine.sync_engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        async with deps.sessionmaker() as session:
            found, answers = await checkins.with_answers(session, checkin_id)
            missing = await checkins.with_answers(session, checkin_id + 1000)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert found is not None and found.id == checkin_id and found.person_id == person_id
    assert {question: answer.score for question, answer in answers.items()} == {
        weekly.questions[0].id: 4,
        weekly.questions[1].id: None,
    }
    assert missing == (None, {})
    assert len(statements) == 2  # one each
    statements.clear()
    event.listen(engine, "before_cursor_execute", listener)
    try:
        async with deps.sessionmaker() as session:
            triaged = await checkins.with_participant(session, checkin_id)  # what the triage reads
            nothing = await checkins.with_participant(session, checkin_id + 1000)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert triaged is not None and nothing is None
    checkin, participant, answers = triaged
    assert checkin.id == checkin_id and participant.id == person_id and participant.display_name == "P601"
    assert set(answers) == {weekly.questions[0].id, weekly.questions[1].id}
    assert len(statements) == 2  # one each


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


# -- answering in the chat ---------------------------------------------------------------------


async def _open_offered_checkin(deps: Deps, clock: ManualClock) -> tuple[int, int]:
    """A participant with this week's planned check-in and its two pending offers."""
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    person_id = await _participant(deps)
    clock.set(datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    assert await _plan(deps) == 1
    async with deps.sessionmaker() as session:
        checkin_id = await session.scalar(select(Checkin.id))
        assert checkin_id is not None
    return person_id, checkin_id


async def _person(session: AsyncSession, person_id: int) -> Person:
    person = await session.get(Person, person_id)
    assert person is not None
    return person


async def test_open_question_only_for_the_own_open_checkin_at_its_question(
    deps: Deps, clock: ManualClock
) -> None:
    person_id, checkin_id = await _open_offered_checkin(deps, clock)
    other_id = await _participant(deps, 602)
    content, now = deps.checkins, clock.now()
    async with deps.sessionmaker.begin() as session:
        person, other = await _person(session, person_id), await _person(session, other_id)
        found = await checkins.open_question(session, content, person, checkin_id, now=now)
        assert found is not None and (found.index, found.question.id) == (0, "mood")
        assert found.checkin.id == checkin_id and found.questionnaire.id == "weekly"
        assert await checkins.open_question(session, content, person, checkin_id, now=now, at=0) == found
        assert await checkins.open_question(session, content, person, checkin_id, now=now, at=1) is None
        assert await checkins.open_question(session, content, other, checkin_id, now=now) is None
        assert await checkins.open_question(session, content, person, checkin_id + 99, now=now) is None
        assert await checkins.open_question(session, content, person, None, now=now) is None
        step = await checkins.answer(session, content, found, Value(score=2), now=now)
        assert isinstance(step, checkins.OpenQuestion) and step.index == 1
        assert await checkins.open_question(session, content, person, checkin_id, now=now, at=0) is None
        assert await checkins.open_question(session, content, person, checkin_id, now=now, at=1) == step
        # Expired by the clock, though the planner has not marked it yet.
        later = found.checkin.expires_at
        assert await checkins.open_question(session, content, person, checkin_id, now=later) is None


async def test_resume_withdraws_the_offers_and_answering_everything_finishes(
    deps: Deps, clock: ManualClock
) -> None:
    person_id, checkin_id = await _open_offered_checkin(deps, clock)
    content, now = deps.checkins, clock.now()
    async with deps.sessionmaker.begin() as session:
        person = await _person(session, person_id)
        found = await checkins.open_question(session, content, person, checkin_id, now=now)
        assert found is not None
        step = await checkins.resume(session, content, found.checkin, now=now)
        assert step == found
        values: list[Value | None] = [
            Value(score=4),
            None,  # skipped
            Value(choice=("all",)),
            Value.chosen(found.questionnaire.questions[3], ["health", "work", "elsewhere"]),
            Value(choice=("yes",)),
        ]
        for value in values:
            assert isinstance(step, checkins.OpenQuestion)
            step = await checkins.answer(session, content, step, value, now=now)
        assert isinstance(step, checkins.OpenQuestion) and step.question.id == "text"
        step = await checkins.answer(session, content, step, None, now=now)
        assert step == checkins.Finished(checkin_id, wants_contact=True)
        assert await checkins.open_question(session, content, person, checkin_id, now=now) is None
        answers = await checkins.answers_of(session, checkin_id)
        assert answers["problems"].choice == "work,health"  # in the question's order
        assert answers["sleep"].choice is None
    async with deps.sessionmaker() as session:
        checkin = await session.get(Checkin, checkin_id)
        assert checkin is not None and checkin.status is CheckinStatus.COMPLETED
        assert checkin.completed_at == now
    assert {r.status for r in await _rows(deps)} == {OutboxStatus.CANCELLED}


async def test_begin_starts_one_or_takes_up_the_open_one(deps: Deps, clock: ManualClock) -> None:
    person_id, checkin_id = await _open_offered_checkin(deps, clock)
    content = deps.checkins
    async with deps.sessionmaker.begin() as session:
        person = await _person(session, person_id)
        step = await checkins.begin(session, content, person, now=clock.now())
        assert isinstance(step, checkins.OpenQuestion) and step.checkin.id == checkin_id
        assert step.index == 0
    assert {r.status for r in await _rows(deps)} == {OutboxStatus.CANCELLED}  # offers withdrawn
    newcomer_id = await _participant(deps, 603)
    async with deps.sessionmaker.begin() as session:
        newcomer = await _person(session, newcomer_id)
        step = await checkins.begin(session, content, newcomer, now=clock.now())
        assert isinstance(step, checkins.OpenQuestion) and step.checkin.person_id == newcomer_id
        assert step.checkin.status is CheckinStatus.PLANNED


async def test_typed_text_answers_only_the_free_text_question(deps: Deps, clock: ManualClock) -> None:
    person_id, checkin_id = await _open_offered_checkin(deps, clock)
    content, now = deps.checkins, clock.now()
    async with deps.sessionmaker.begin() as session:
        person = await _person(session, person_id)
        person.language = "ar"
        answer_text = checkins.answer_text
        refused = await answer_text(session, content, person, checkin_id, "gut", now=now)
        assert refused is checkins.TextRefused.NOT_TEXT
        step: checkins.OpenQuestion | checkins.Finished | checkins.TextRefused | None
        step = await checkins.open_question(session, content, person, checkin_id, now=now)
        while isinstance(step, checkins.OpenQuestion) and step.question.id != "text":
            step = await checkins.answer(session, content, step, None, now=now)
        assert await answer_text(session, content, person, checkin_id, " \n ", now=now) is (
            checkins.TextRefused.EMPTY
        )
        words = "  " + "غرفة " * 1000
        step = await answer_text(session, content, person, checkin_id, words, now=now)
        assert step == checkins.Finished(checkin_id, wants_contact=False, has_foreign_text=True)
        stored = (await checkins.answers_of(session, checkin_id))["text"]
        assert stored.text == words.strip()[: checkins.TEXT_LIMIT] and stored.text_language == "ar"
        closed = await answer_text(session, content, person, checkin_id, "noch etwas", now=now)
        assert closed is checkins.TextRefused.CLOSED
        assert await answer_text(session, content, person, None, "x", now=now) is checkins.TextRefused.CLOSED


def test_toggling_several_options(deps: Deps) -> None:
    problems = deps.checkins.questionnaires["weekly"].questions[3]
    assert checkins.toggle(problems, [], "work") == ["work"]
    assert checkins.toggle(problems, ["work"], "home") == ["work", "home"]
    assert checkins.toggle(problems, ["work", "home"], "work") == ["home"]
    assert checkins.toggle(problems, ["work"], "garden") is None
    assert checkins.toggle(problems, ["work"], None) is None
    assert Value.chosen(problems, ["health", "work"]) == Value(choice=("work", "health"))
    assert Value.chosen(problems, []) == Value(choice=())
