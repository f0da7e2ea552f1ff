"""bot/services/practice.py on a real, migrated database (SQLite and PostgreSQL): FSRS doses,
ratings, level placement and adaptation, streaks, and the daily prompts with their back-off."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.decks import LEVELS, Decks, Item, Kind
from bot.deps import Deps
from bot.models import (
    OutboxMessage,
    OutboxStatus,
    Person,
    PracticeCard,
    PracticeProfile,
    PracticeReview,
    Role,
)
from bot.services import practice
from bot.services.practice import (
    LEVEL_DOWN_RUN,
    LEVEL_UP_RUN,
    NUDGE_AFTER,
    SCHEDULER,
    Answer,
    choose_dose,
    finish_dose,
    local_day,
    placed_level,
    placement_items,
    plan_prompts,
    rating_for,
    record_answer,
)
from bot.settings import PROJECT_ROOT
from ui.outbox.base import RenderContext
from ui.outbox.practice import practice_prompt

from seed import make_member

TZ = ZoneInfo("Europe/Berlin")
DAY0 = date(2026, 11, 23)  # the Monday of the `clock` fixture
PROMPT_KINDS = ("practice.prompt", "practice.nudge")
RIGHT = Answer(correct=True, seconds=20)  # slow and right: Good
WRONG = Answer(correct=False, seconds=20)

_telegram_ids = itertools.count(70_000)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """UTC moment of a wall-clock time in Kassel, `day` days after the first Monday."""
    return datetime.combine(DAY0 + timedelta(days=day), time(hour, minute), tzinfo=TZ).astimezone(UTC)


async def participant(
    session: AsyncSession,
    deps: Deps,
    *,
    level: str | None = "A1",
    dose: int = 3,
    topics: tuple[str, ...] = (),
) -> Person:
    """A participant who practises at 18:00, without quiet hours, already placed at `level`."""
    telegram_id = next(_telegram_ids)
    person = await make_member(
        session,
        role=Role.PARTICIPANT,
        now=deps.clock.now(),
        telegram_user_id=telegram_id,
        name=f"Teilnehmerin {telegram_id}",
        language="ar",
    )
    person.practice_time = time(18, 0)
    person.quiet_start = person.quiet_end = None
    prof = await practice.profile_of(session, person)
    prof.level, prof.dose_size, prof.topics = level, dose, list(topics)
    await session.flush()
    return person


async def profile(session: AsyncSession, person: Person) -> PracticeProfile:
    return await practice.profile_of(session, person)


async def prompt_rows(session: AsyncSession, person: Person) -> list[OutboxMessage]:
    return list(
        await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient_id == person.id)
            .order_by(OutboxMessage.due_at, OutboxMessage.id)
        )
    )


async def dispatch(session: AsyncSession, deps: Deps, person: Person, now: datetime) -> OutboxMessage | None:
    """What the dispatcher does with due prompt rows: render them (the real renderer), then
    mark them sent, or cancelled when the renderer says they no longer apply."""
    sent = None
    for row in await prompt_rows(session, person):
        if row.status is not OutboxStatus.PENDING or row.due_at > now:
            continue
        assert row.kind in PROMPT_KINDS
        message = await practice_prompt(RenderContext(session, row, person, deps, now))
        if message is None:
            row.status = OutboxStatus.CANCELLED
        else:
            row.status, row.sent_at = OutboxStatus.SENT, now
            sent = row
    await session.flush()
    return sent


async def cards_of(session: AsyncSession, person: Person) -> dict[str, PracticeCard]:
    return {
        c.item_id: c
        for c in await session.scalars(select(PracticeCard).where(PracticeCard.person_id == person.id))
    }


async def review_days(session: AsyncSession, person: Person) -> dict[str, list[int]]:
    """For each item, the day numbers (since DAY0, local) on which it was reviewed."""
    days: dict[str, list[int]] = {}
    for review in await session.scalars(
        select(PracticeReview)
        .where(PracticeReview.person_id == person.id)
        .order_by(PracticeReview.reviewed_at, PracticeReview.id)
    ):
        days.setdefault(review.item_id, []).append((local_day(review.reviewed_at, person) - DAY0).days)
    return days


def gaps(days: list[int]) -> list[int]:
    return [b - a for a, b in itertools.pairwise(days)]


async def practise(
    session: AsyncSession, deps: Deps, person: Person, now: datetime, answers: dict[str, Answer] | None = None
) -> list[str]:
    """Take a dose and answer it (right unless `answers` says otherwise); returns the item ids."""
    dose = await choose_dose(session, person, deps.decks, now=now)
    for item_id in dose:
        item = deps.decks.get(item_id)
        assert item is not None
        await record_answer(session, person, item, (answers or {}).get(item_id, RIGHT), now=now)
    await finish_dose(session, person, now=now)
    return dose


def items_where(decks: Decks, *, topic: str | None = None, level: str | None = None) -> list[Item]:
    return [
        item
        for item in decks.items.values()
        if (topic is None or item.topic == topic) and (level is None or item.level == level)
    ]


# -- a) ratings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "rating"),
    [
        (Answer(correct=False), Rating.Again),
        (Answer(correct=False, seconds=2), Rating.Again),
        (Answer(correct=False, hinted=True), Rating.Again),
        (Answer(correct=False, forgiven=True, seconds=2), Rating.Again),
        (Answer(correct=True, hinted=True, seconds=30), Rating.Hard),
        (Answer(correct=True, forgiven=True, seconds=30), Rating.Hard),
        (Answer(correct=True, hinted=True, seconds=2), Rating.Hard),  # fast does not undo a hint
        (Answer(correct=True, forgiven=True, seconds=2), Rating.Hard),
        (Answer(correct=True, seconds=2), Rating.Easy),
        (Answer(correct=True, seconds=practice.FAST_SECONDS), Rating.Easy),
        (Answer(correct=True, seconds=practice.FAST_SECONDS + 0.5), Rating.Good),
        (Answer(correct=True, seconds=45), Rating.Good),
        (Answer(correct=True, seconds=3600), Rating.Good),
        (Answer(correct=True), Rating.Good),  # time unknown: not counted as fast
    ],
)
def test_rating_for(answer: Answer, rating: Rating) -> None:
    assert rating_for(answer) is rating


async def test_record_answer_keeps_the_fsrs_card_and_a_review(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    item = items_where(deps.decks, level="A1")[0]
    now = clock.now()
    card = await record_answer(session, person, item, Answer(correct=True, seconds=3), now=now)
    assert (card.reps, card.lapses) == (1, 0)
    assert card.due >= now + timedelta(days=1)
    assert card.fsrs["due"] and practice._card(card).due == card.due
    card = await record_answer(session, person, item, WRONG, now=card.due)
    assert (card.reps, card.lapses) == (2, 1)
    reviews = list(await session.scalars(select(PracticeReview).where(PracticeReview.person_id == person.id)))
    assert [(r.rating, r.correct) for r in reviews] == [(int(Rating.Easy), True), (int(Rating.Again), False)]
    assert await practice.count_cards(session, person) == 1


# -- b) thirty days with one participant ---------------------------------------------------

SILENT = range(10, 14)  # days 10 to 13: no answers at all
PLANNER_TIMES = ((0, 5), (9, 0), (17, 50), (18, 0), (18, 30), (23, 55))


@dataclass
class Day:
    number: int
    prompt: str | None = None  # the kind of the prompt that went out
    dose: list[str] = field(default_factory=list)


@pytest.mark.slow
async def test_thirty_days(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    always_wrong: str | None = None
    tracked: str | None = None  # an item always answered right
    scheduled: dict[str, list[float]] = {}  # per item, the interval FSRS gave at each review
    diary: list[Day] = []
    for number in range(30):
        day = Day(number)
        diary.append(day)
        for hour, minute in PLANNER_TIMES:
            clock.set(local(number, hour, minute))
            await plan_prompts(session, now=clock.now())
            if (hour, minute) == (18, 0):
                sent = await dispatch(session, deps, person, clock.now())
                day.prompt = sent.kind if sent else None
                if number in SILENT:
                    continue
                # A few minutes later the participant takes the dose (on her own if no prompt came).
                clock.set(local(number, 18, 5))
                now = clock.now()
                cards = await cards_of(session, person)
                due = {item_id for item_id, card in cards.items() if card.due <= now}
                dose = await choose_dose(session, person, deps.decks, now=now)
                # due cards come first, new items only fill the dose up
                assert len(dose) == 3 == len(set(dose))
                n_due = min(len(due), 3)
                assert set(dose[:n_due]) <= due, (number, dose, due)
                assert not set(dose[n_due:]) & set(cards), (number, dose)
                # ... the least likely to be remembered first
                recall = {i: SCHEDULER.get_card_retrievability(practice._card(cards[i]), now) for i in due}
                left_out = [recall[i] for i in due - set(dose)]
                assert not left_out or max(recall[i] for i in dose[:n_due]) <= min(left_out)
                if always_wrong is None:
                    always_wrong, tracked = dose[0], dose[1]
                for item_id in dose:
                    item = deps.decks.get(item_id)
                    assert item is not None
                    card = await record_answer(
                        session, person, item, WRONG if item_id == always_wrong else RIGHT, now=now
                    )
                    scheduled.setdefault(item_id, []).append((card.due - now) / timedelta(days=1))
                assert await finish_dose(session, person, now=now) >= 1
                day.dose = dose
    assert always_wrong and tracked

    reviews = await review_days(session, person)
    right_gaps = gaps(reviews[tracked])
    wrong_gaps = gaps(reviews[always_wrong])
    print(
        f"\nalways right {tracked}: days {reviews[tracked]}, gaps {right_gaps}, scheduled {scheduled[tracked]}"
    )
    print(f"always wrong scheduled {scheduled[always_wrong]}")
    print(f"always wrong {always_wrong}: days {reviews[always_wrong]}, gaps {wrong_gaps}")
    print("prompts on days", [d.number for d in diary if d.prompt])

    # An item always answered right comes back later and later.
    assert len(right_gaps) >= 2
    assert right_gaps == sorted(right_gaps) and right_gaps[-1] > right_gaps[0]
    assert right_gaps[0] >= 1 and right_gaps[1] >= 2
    # FSRS gives it longer and longer intervals, and it is never asked before it is due.
    planned = scheduled[tracked]
    assert planned == sorted(planned) and len(set(planned)) == len(planned)
    assert all(gap >= round(interval) for gap, interval in zip(right_gaps, planned, strict=False))
    # the wrong one is always given one day
    assert set(scheduled[always_wrong]) == {1.0}
    # One always answered wrong comes back every day or two (except over the silent days).
    assert len(reviews[always_wrong]) >= 20
    for before, after in itertools.pairwise(reviews[always_wrong]):
        if not (before < SILENT.start and after >= SILENT.stop):
            assert after - before <= 2, reviews[always_wrong]
    assert reviews[always_wrong][0] == 0 and reviews[always_wrong][-1] >= 28
    # Every day practised is a review day, and no review happened on the silent days.
    practised = {n for item_days in reviews.values() for n in item_days}
    assert practised == set(range(30)) - set(SILENT)

    # The prompts: every day while she answers, one row a day at most, at 18:00 local.
    rows = await prompt_rows(session, person)
    per_day = Counter(local_day(row.due_at, person) for row in rows)
    assert max(per_day.values()) == 1
    assert len({row.dedupe_key for row in rows}) == len(rows)
    for row in rows:
        assert row.kind in PROMPT_KINDS
        assert row.due_at.astimezone(TZ).time() == time(18, 0)
        assert row.payload == {"day": local_day(row.due_at, person).isoformat()}
    prompt_days = [d.number for d in diary if d.prompt]
    assert set(range(0, 13)) <= set(prompt_days)  # daily until three went unanswered (10, 11, 12)
    assert 14 not in prompt_days  # backing off after the silent days
    assert set(range(15, 30)) <= set(prompt_days)  # daily again once she practised (day 14)
    assert all(d.prompt == "practice.prompt" for d in diary if d.prompt)
    prof = await profile(session, person)
    assert prof.streak == prof.best_streak == 30 - SILENT.stop  # 16 days beat the first 10
    assert prof.last_practised_on == DAY0 + timedelta(days=29)


async def test_no_prompt_the_day_after_three_missed(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    """The thirty days again: prompts on days 10, 11 and 12 went unanswered, so none on day 13."""
    person = await participant(session, deps)
    prompt_days = []
    for number in range(14):
        for hour, minute in PLANNER_TIMES:
            clock.set(local(number, hour, minute))
            await plan_prompts(session, now=clock.now())
            if (hour, minute) == (18, 0):
                if await dispatch(session, deps, person, clock.now()):
                    prompt_days.append(number)
                if number not in SILENT:
                    await practise(session, deps, person, local(number, 18, 5))
    assert prompt_days == list(range(13)), prompt_days


# -- b) back-off when she stops answering --------------------------------------------------


async def silent_prompts(
    session: AsyncSession, deps: Deps, clock: ManualClock, person: Person, days: int
) -> list[tuple[int, str]]:
    """Run the planner and the dispatcher for `days` days without an answer: (day, kind) sent."""
    sent_days = []
    for number in range(days):
        for hour, minute in PLANNER_TIMES:
            clock.set(local(number, hour, minute))
            await plan_prompts(session, now=clock.now())
            if (hour, minute) == (18, 0):
                sent = await dispatch(session, deps, person, clock.now())
                if sent is not None:
                    sent_days.append((number, sent.kind))
    return sent_days


async def test_back_off_when_no_answer_comes(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    sent = await silent_prompts(session, deps, clock, person, 36)
    days = [d for d, _ in sent]
    print("\nprompt days without answers:", sent)
    # first daily, then no more than every third day, then weekly nudges
    assert days[:3] == [0, 1, 2]
    assert all(gap >= 3 for gap in gaps(days[3:])), days
    assert all(gap == 7 for gap in gaps(days[NUDGE_AFTER - 1 :])), days
    assert len(days) >= NUDGE_AFTER + 2
    assert [k for _, k in sent[:NUDGE_AFTER]] == ["practice.prompt"] * NUDGE_AFTER
    assert [k for _, k in sent[NUDGE_AFTER:]] == ["practice.nudge"] * (len(sent) - NUDGE_AFTER)
    # one row a day at most; every row sent, or pending for a day still ahead
    rows = await prompt_rows(session, person)
    assert max(Counter(local_day(row.due_at, person) for row in rows).values()) == 1
    assert [local_day(r.due_at, person) for r in rows if r.status is OutboxStatus.SENT] == [
        DAY0 + timedelta(days=d) for d in days
    ]
    assert all(r.status in (OutboxStatus.SENT, OutboxStatus.PENDING) for r in rows)

    # She comes back: the very next day is a daily prompt again, not a nudge.
    clock.set(local(36, 12))
    await practise(session, deps, person, clock.now())
    await plan_prompts(session, now=clock.now())
    clock.set(local(37, 18))
    await plan_prompts(session, now=clock.now())
    again = await dispatch(session, deps, person, clock.now())
    assert again is not None and again.kind == "practice.prompt"
    assert again.payload == {"day": (DAY0 + timedelta(days=37)).isoformat()}


async def test_back_off_starts_after_three_unanswered(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    days = [d for d, _ in await silent_prompts(session, deps, clock, person, 10)]
    assert days[:4] == [0, 1, 2, 5], days


# -- b) pausing, and practising before the prompt ------------------------------------------


async def test_paused_plans_nothing(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    (await profile(session, person)).paused = True
    await session.flush()
    for number in range(3):
        for hour in (0, 9, 18, 23):
            clock.set(local(number, hour))
            assert await plan_prompts(session, now=clock.now()) == 0
    assert await prompt_rows(session, person) == []
    # Resumed: planned again, today's (still ahead) and tomorrow's.
    (await profile(session, person)).paused = False
    clock.set(local(3, 9))
    assert await plan_prompts(session, now=clock.now()) == 2
    # Paused again with rows planned: the dispatcher drops them.
    (await profile(session, person)).paused = True
    clock.set(local(3, 18))
    assert await plan_prompts(session, now=clock.now()) == 0
    assert await dispatch(session, deps, person, clock.now()) is None
    statuses = [r.status for r in await prompt_rows(session, person)]
    assert statuses == [OutboxStatus.CANCELLED, OutboxStatus.PENDING]


async def test_no_prompt_while_she_is_still_joining(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    person.onboarding_step = "practice"  # agreed, but the joining questions are not done
    await session.flush()
    clock.set(local(0, 9))
    assert await plan_prompts(session, now=clock.now()) == 0
    person.onboarding_step = None
    await session.flush()
    assert await plan_prompts(session, now=clock.now()) > 0


async def test_no_prompt_on_a_day_already_practised(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    clock.set(local(0, 8))
    await practise(session, deps, person, clock.now())  # on her own, before any prompt
    clock.set(local(0, 9))
    assert await plan_prompts(session, now=clock.now()) == 1
    assert [local_day(r.due_at, person) for r in await prompt_rows(session, person)] == [DAY0 + timedelta(1)]
    # Tomorrow's row is planned already; she practises in the morning: it is not sent.
    clock.set(local(1, 7, 30))
    await practise(session, deps, person, clock.now())
    clock.set(local(1, 18))
    assert await plan_prompts(session, now=clock.now()) == 1  # only the day after
    assert await dispatch(session, deps, person, clock.now()) is None
    rows = await prompt_rows(session, person)
    assert [(local_day(r.due_at, person), r.status) for r in rows] == [
        (DAY0 + timedelta(1), OutboxStatus.CANCELLED),
        (DAY0 + timedelta(2), OutboxStatus.PENDING),
    ]


async def test_planning_is_idempotent_and_skips_the_past(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    clock.set(local(0, 9))
    assert await plan_prompts(session, now=clock.now()) == 2
    assert await plan_prompts(session, now=clock.now()) == 0
    clock.set(local(0, 18, 1))  # today's time has passed, tomorrow's is planned already
    assert await plan_prompts(session, now=clock.now()) == 0
    assert await plan_prompts(session, now=clock.now(), days=3) == 1  # the day after tomorrow
    rows = await prompt_rows(session, person)
    assert [local_day(r.due_at, person) for r in rows] == [DAY0 + timedelta(d) for d in range(3)]
    # Someone without a practice time, someone unreachable, a coach: nobody is planned.
    other = await participant(session, deps)
    other.practice_time = None
    blocked = await participant(session, deps)
    blocked.unreachable_at = clock.now()
    coach = await make_member(
        session,
        role=Role.COACH,
        now=clock.now(),
        telegram_user_id=next(_telegram_ids),
        name="Jonas",
    )
    coach.practice_time = time(18, 0)
    await session.flush()
    assert await plan_prompts(session, now=clock.now(), days=3) == 0
    for nobody in (other, blocked, coach):
        assert await prompt_rows(session, nobody) == []


# -- c) what a dose holds -------------------------------------------------------------------


async def test_dose_respects_topics_and_level(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps, level="A2", dose=10, topics=("doctor", "housing"))
    dose = await choose_dose(session, person, deps.decks, now=clock.now())
    items = [deps.decks.items[i] for i in dose]
    assert len(dose) == 10 == len(set(dose))
    assert {i.level for i in items} == {"A2"}
    assert [i.topic for i in items] == ["doctor", "housing"] * 5  # topics in turn
    # the dose size is clamped, and an explicit size wins
    assert len(await choose_dose(session, person, deps.decks, now=clock.now(), size=1)) == 1
    assert len(await choose_dose(session, person, deps.decks, now=clock.now(), size=99)) == 10
    # no topics chosen: every topic
    (await profile(session, person)).topics = []
    dose = await choose_dose(session, person, deps.decks, now=clock.now())
    assert len({deps.decks.items[i].topic for i in dose}) == 10


async def test_dose_falls_back_to_the_level_below(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps, level="B1", dose=3, topics=("doctor",))
    now = clock.now()
    hinted = Answer(correct=True, hinted=True)  # right but not easy: the level stays
    for level, below in (("B1", "A2"), ("A2", "A1")):
        for item in items_where(deps.decks, topic="doctor", level=level):
            await record_answer(session, person, item, hinted, now=now)
        assert (await profile(session, person)).level == "B1"
        dose = await choose_dose(session, person, deps.decks, now=now)
        assert [deps.decks.items[i].level for i in dose] == [below] * 3, dose
        assert {deps.decks.items[i].topic for i in dose} == {"doctor"}
    for item in items_where(deps.decks, topic="doctor", level="A1"):
        await record_answer(session, person, item, hinted, now=now)
    # everything of the topic seen, nothing due: nothing to do
    assert await choose_dose(session, person, deps.decks, now=now) == []
    # The next day the cards are due again: a dose of due cards only.
    later = now + timedelta(days=1, hours=1)
    cards = await cards_of(session, person)
    dose = await choose_dose(session, person, deps.decks, now=later)
    assert len(dose) == 3 and all(cards[i].due <= later for i in dose)


async def test_dose_is_full_when_the_level_runs_out_in_the_middle(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps, level="A2", dose=3, topics=("doctor",))
    (await profile(session, person)).level = "B1"  # record without moving the run at A2
    a2 = items_where(deps.decks, topic="doctor", level="A2")
    for item in a2[:-1]:
        await record_answer(session, person, item, RIGHT, now=clock.now())
    (await profile(session, person)).level = "A2"
    dose = await choose_dose(session, person, deps.decks, now=clock.now())
    assert [deps.decks.items[i].level for i in dose] == ["A2", "A1", "A1"], dose


async def test_nothing_left_and_nothing_due(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps, level="B1", dose=10)
    now = clock.now()
    (await profile(session, person)).level = None  # no level moves while everything is recorded
    for item in deps.decks.items.values():
        await record_answer(session, person, item, RIGHT, now=now)
    (await profile(session, person)).level = "B1"
    assert await choose_dose(session, person, deps.decks, now=now + timedelta(hours=1)) == []
    progress = await practice.progress(session, person, now=now + timedelta(hours=1))
    assert progress.learned == len(deps.decks.items) and progress.due == 0


@cache
def real_decks() -> Decks:
    return Decks(PROJECT_ROOT / "content" / "decks")


def test_placement_items() -> None:
    decks = real_decks()
    chosen = placement_items(decks)
    assert len(chosen) == 6 == len(set(chosen))
    items = [decks.items[i] for i in chosen]
    assert all(i.kind is Kind.CHOICE for i in items)
    assert [i.level for i in items] == ["A1", "A1", "A2", "A2", "B1", "B1"]
    assert placement_items(decks) == chosen  # the same quiz every time


@pytest.mark.parametrize(
    ("right", "level"),
    [
        ({}, "A1"),  # nothing right
        ({"A1": [True, False]}, "A1"),
        ({"A1": [True, True]}, "A1"),
        ({"A1": [True, True], "A2": [True, False]}, "A1"),
        ({"A1": [True, True], "A2": [True, True]}, "A2"),
        ({"A1": [True, True], "A2": [True, True], "B1": [False, True]}, "A2"),
        ({"A1": [True, True], "A2": [True, True], "B1": [True, True]}, "B1"),
        ({"A1": [False, True], "A2": [True, True], "B1": [True, True]}, "A1"),  # no skipping
        ({"A1": [True, True], "A2": [False, False], "B1": [True, True]}, "A1"),
    ],
)
def test_placed_level(right: dict[str, list[bool]], level: str) -> None:
    decks = real_decks()
    by_level: dict[str, list[str]] = {}
    for item_id in placement_items(decks):
        by_level.setdefault(decks.items[item_id].level, []).append(item_id)
    results = [
        (item_id, ok)
        for lvl, ids in by_level.items()
        for item_id, ok in zip(ids, right.get(lvl, [False, False]), strict=True)
    ]
    assert placed_level(results, decks) == level
    assert placed_level([*results, ("no-such-item", False)], decks) == level


def test_placed_level_without_answers() -> None:
    assert placed_level([], real_decks()) == "A1"
    # only A1 answered, all right: A1, not higher
    a1 = [i for i in placement_items(real_decks()) if real_decks().items[i].level == "A1"]
    assert placed_level([(i, True) for i in a1], real_decks()) == "A1"


async def test_level_moves_up_after_a_run_of_easy_successes(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps, level="A1")
    a1 = items_where(deps.decks, level="A1")
    a2 = items_where(deps.decks, level="A2")
    now = clock.now()
    for item in a1[: LEVEL_UP_RUN - 1]:
        await record_answer(session, person, item, RIGHT, now=now)
    prof = await profile(session, person)
    assert (prof.level, prof.run) == ("A1", LEVEL_UP_RUN - 1)
    await record_answer(session, person, a2[0], RIGHT, now=now)  # another level: does not count
    await record_answer(session, person, a1[LEVEL_UP_RUN], Answer(True, hinted=True), now=now)
    assert (prof.level, prof.run) == ("A1", 0)  # a hint breaks the run
    for item in a1[LEVEL_UP_RUN + 1 : 2 * LEVEL_UP_RUN]:
        await record_answer(session, person, item, Answer(True, forgiven=True), now=now)
    assert (prof.level, prof.run) == ("A1", 0)  # so do typos
    for item in a1[2 * LEVEL_UP_RUN : 3 * LEVEL_UP_RUN]:
        await record_answer(session, person, item, RIGHT, now=now)
    assert (prof.level, prof.run) == ("A2", 0)
    # The next dose brings new items of the new level.
    assert {deps.decks.items[i].level for i in await choose_dose(session, person, deps.decks, now=now)} == {
        "A2"
    }


async def test_level_moves_down_after_a_run_of_failures(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps, level="A2")
    a2 = items_where(deps.decks, level="A2")
    now = clock.now()
    prof = await profile(session, person)
    for item in a2[: LEVEL_DOWN_RUN - 1]:
        await record_answer(session, person, item, WRONG, now=now)
    assert (prof.level, prof.run) == ("A2", -(LEVEL_DOWN_RUN - 1))
    await record_answer(session, person, a2[LEVEL_DOWN_RUN], RIGHT, now=now)
    assert (prof.level, prof.run) == ("A2", 1)  # a success breaks the run
    for item in a2[LEVEL_DOWN_RUN + 1 : 2 * LEVEL_DOWN_RUN + 1]:
        await record_answer(session, person, item, WRONG, now=now)
    assert (prof.level, prof.run) == ("A1", 0)


@pytest.mark.parametrize(("level", "answer"), [(LEVELS[-1], RIGHT), (LEVELS[0], WRONG)])
async def test_level_stays_within_bounds(
    deps: Deps, session: AsyncSession, clock: ManualClock, level: str, answer: Answer
) -> None:
    person = await participant(session, deps, level=level)
    for item in items_where(deps.decks, level=level)[: 2 * max(LEVEL_UP_RUN, LEVEL_DOWN_RUN)]:
        await record_answer(session, person, item, answer, now=clock.now())
    assert (await profile(session, person)).level == level


# -- d) streak and progress -------------------------------------------------------------------


async def test_streak(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    prof = await profile(session, person)
    assert await finish_dose(session, person, now=local(0, 18)) == 1
    assert await finish_dose(session, person, now=local(0, 21)) == 1  # same day: counted once
    assert await finish_dose(session, person, now=local(1, 7)) == 2
    # late evening and just after midnight in Kassel: two local days, one UTC date
    assert local(2, 23, 50).date() == local(3, 0, 10).date()
    assert await finish_dose(session, person, now=local(2, 23, 50)) == 3
    assert await finish_dose(session, person, now=local(3, 0, 10)) == 4
    assert (prof.streak, prof.best_streak) == (4, 4)
    assert await finish_dose(session, person, now=local(5, 18)) == 1  # day 4 missed
    assert await finish_dose(session, person, now=local(6, 18)) == 2
    assert (prof.streak, prof.best_streak, prof.last_practised_on) == (2, 4, DAY0 + timedelta(6))


async def test_progress(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    a1 = items_where(deps.decks, level="A1")
    now = local(0, 18)
    empty = await practice.progress(session, person, now=now)
    assert (empty.streak, empty.learned, empty.due, empty.week_reviews, empty.level) == (0, 0, 0, 0, "A1")
    await record_answer(session, person, a1[0], RIGHT, now=now)  # Good: due in days
    await record_answer(session, person, a1[1], WRONG, now=now)  # Again: due tomorrow, not learned
    await record_answer(session, person, a1[2], Answer(True, hinted=True), now=now)  # Hard: due tomorrow
    await finish_dose(session, person, now=now)
    cards = await cards_of(session, person)
    p = await practice.progress(session, person, now=now + timedelta(minutes=1))
    assert (p.streak, p.best_streak, p.learned, p.due, p.week_reviews, p.week_correct, p.level) == (
        1,
        1,
        2,
        0,
        3,
        2,
        "A1",
    )
    # Once the cards fall due they are due, not learned.
    later = max(c.due for c in cards.values()) + timedelta(minutes=1)
    p = await practice.progress(session, person, now=later)
    assert (p.learned, p.due) == (0, 3)
    # Next day, the failed card answered right: it counts as learned now.
    tomorrow = local(1, 18, 30)
    assert cards[a1[1].id].due <= tomorrow
    await record_answer(session, person, a1[1], RIGHT, now=tomorrow)
    await finish_dose(session, person, now=tomorrow)
    p = await practice.progress(session, person, now=tomorrow)
    assert (p.streak, p.week_reviews, p.week_correct) == (2, 4, 3)
    assert (p.learned, p.due) == (2, 1)  # the Good one and the repaired one; the Hard one is due
    # A week and a day later: the streak is broken, the reviews out of the week.
    p = await practice.progress(session, person, now=local(9, 18, 31))
    assert (p.streak, p.best_streak, p.week_reviews, p.week_correct) == (0, 2, 0, 0)
    # One day without practice keeps the streak on show (it can still go on today).
    p = await practice.progress(session, person, now=local(2, 12))
    assert p.streak == 2


async def rendered_prompt(session: AsyncSession, deps: Deps, person: Person, now: datetime) -> str | None:
    """The text of her next planned prompt, rendered at its time; None where none would be sent."""
    await plan_prompts(session, now=now)
    row = next(r for r in await prompt_rows(session, person) if r.status is OutboxStatus.PENDING)
    message = await practice_prompt(RenderContext(session, row, person, deps, row.due_at))
    return None if message is None else message.text


async def test_a_prompt_promises_as_many_exercises_as_practice_gives(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    clock.set(local(0, 9))
    # Not yet placed: /practice gives the placement quiz, not a dose of three.
    newcomer = await participant(session, deps, level=None)
    assert len(practice.placement_items(deps.decks)) == 6
    text = await rendered_prompt(session, deps, newcomer, clock.now())
    assert text is not None and text.startswith("Zeit für Deutsch! 6 kurze Übungen")
    # Every item of her topic seen, one due: one exercise, not three.
    person = await participant(session, deps, topics=("greetings",))
    items = deps.decks.decks["greetings"].items
    for number, item in enumerate(items):
        await record_answer(session, person, item, Answer(correct=True, seconds=30), now=clock.now())
        card = (await cards_of(session, person))[item.id]
        card.due = clock.now() if number == 0 else clock.now() + timedelta(days=5)
    await session.flush()
    text = await rendered_prompt(session, deps, person, clock.now())
    assert text is not None and text.startswith("Zeit für Deutsch! Eine kurze Übung")
    # Nothing due before her practice time, nothing new: no prompt for exercises there are not.
    (await cards_of(session, person))[items[0].id].due = clock.now() + timedelta(days=5)
    await session.flush()
    assert await rendered_prompt(session, deps, person, clock.now()) is None
