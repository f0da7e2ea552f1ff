"""German practice: what to practise next (FSRS), how an answer counts, when to prompt.

One FSRS card per participant and item. Learning steps are switched off: doses come once a
day, so every interval is at least a day. A dose takes due cards first, least likely to be
remembered first, then new items of the participant's level and topics.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import kinds
from bot.decks import LEVELS, Decks, Item, Kind
from bot.models import (
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    PracticeCard,
    PracticeProfile,
    PracticeReview,
    Role,
)
from bot.services import outbox, pace
from bot.services.outbox import Planned

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
DOSE_MIN, DOSE_MAX = 1, 10
FAST_SECONDS = 8  # a right answer this quick is "easy"
LEVEL_UP_RUN, LEVEL_DOWN_RUN = 8, 4
# Unanswered prompts in a row before backing off to every third day, then to a weekly nudge.
BACK_OFF_AFTER, NUDGE_AFTER = 3, 7


@dataclass(frozen=True)
class Answer:
    correct: bool
    hinted: bool = False
    forgiven: bool = False  # right with small typos
    seconds: float = 0.0


def rating_for(answer: Answer) -> Rating:
    if not answer.correct:
        return Rating.Again
    if answer.hinted or answer.forgiven:
        return Rating.Hard
    if answer.seconds and answer.seconds <= FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


def _card(card: PracticeCard) -> Card:
    return Card.from_dict(cast(Any, card.fsrs))


async def profile_of(session: AsyncSession, person: Person) -> PracticeProfile:
    found = await session.get(PracticeProfile, person.id)
    if found is None:
        found = PracticeProfile(
            person_id=person.id, topics=[], dose_size=3, paused=False, streak=0, best_streak=0, run=0
        )
        session.add(found)
        await session.flush()
    return found


def local_day(moment: datetime, person: Person) -> date:
    return moment.astimezone(ZoneInfo(person.timezone)).date()


async def choose_dose(
    session: AsyncSession, person: Person, decks: Decks, *, now: datetime, size: int | None = None
) -> list[str]:
    """Item ids for one dose: due cards by lowest predicted recall, then new items."""
    prof = await profile_of(session, person)
    size = max(DOSE_MIN, min(DOSE_MAX, size or prof.dose_size))
    cards = list(await session.scalars(select(PracticeCard).where(PracticeCard.person_id == person.id)))
    due = [c for c in cards if c.due <= now and c.item_id in decks.items]
    due.sort(key=lambda c: SCHEDULER.get_card_retrievability(_card(c), now))
    chosen = [c.item_id for c in due[:size]]
    if len(chosen) < size:
        seen = {c.item_id for c in cards}
        chosen += new_items(decks, prof, seen, size - len(chosen))
    return chosen


def new_items(decks: Decks, prof: PracticeProfile, seen: set[str], count: int) -> list[str]:
    """Not yet seen items, topics in turn: the own level first, then the levels below (for
    review), then the ones above, so a dose stays full when a level is used up."""
    level = prof.level or LEVELS[0]
    index = LEVELS.index(level)
    order = [level, *reversed(LEVELS[:index]), *LEVELS[index + 1 :]]
    topics = [t for t in decks.topics if not prof.topics or t in prof.topics] or decks.topics
    picked: list[str] = []
    for wanted in order:
        pools = [[i for i in decks.decks[t].items if i.level == wanted and i.id not in seen] for t in topics]
        while len(picked) < count and any(pools):
            for pool in pools:
                if pool and len(picked) < count:
                    picked.append(pool.pop(0).id)
        if len(picked) >= count:
            break
    return picked


async def dose_count(session: AsyncSession, person: Person, decks: Decks, *, now: datetime) -> int:
    """How many items /practice would give now: the placement quiz while the level is open, else
    the dose (0 when nothing is due and nothing new is left). A prompt says this number."""
    prof = await session.get(PracticeProfile, person.id)
    if prof is None or prof.level is None:
        return len(placement_items(decks))
    return len(await choose_dose(session, person, decks, now=now))


def placement_items(decks: Decks) -> list[str]:
    """A short placement quiz: two multiple-choice items per level, easiest first."""
    chosen: list[str] = []
    for level in LEVELS:
        pool = [
            i
            for deck in decks.decks.values()
            for i in deck.items
            if i.level == level and i.kind is Kind.CHOICE
        ]
        chosen += [i.id for i in pool[:: max(1, len(pool) // 2)][:2]]
    return chosen


def placed_level(results: list[tuple[str, bool]], decks: Decks) -> str:
    """The highest level whose placement items were all right, climbing from A1."""
    level = LEVELS[0]
    for candidate in LEVELS:
        answers = [ok for item_id, ok in results if (item := decks.get(item_id)) and item.level == candidate]
        if answers and all(answers):
            level = candidate
        else:
            break
    return level


async def record_answer(
    session: AsyncSession, person: Person, item: Item, answer: Answer, *, now: datetime
) -> PracticeCard:
    card = await session.scalar(
        select(PracticeCard).where(PracticeCard.person_id == person.id, PracticeCard.item_id == item.id)
    )
    if card is None:
        fresh = Card(due=now)
        card = PracticeCard(
            person_id=person.id,
            item_id=item.id,
            fsrs=fresh.to_dict(),
            due=now,
            reps=0,
            lapses=0,
            created_at=now,
        )
        session.add(card)
    rating = rating_for(answer)
    reviewed, _ = SCHEDULER.review_card(_card(card), rating, now)
    card.fsrs = dict(reviewed.to_dict())
    card.due = reviewed.due
    card.reps += 1
    if rating is Rating.Again:
        card.lapses += 1
    session.add(
        PracticeReview(
            person_id=person.id,
            item_id=item.id,
            rating=int(rating),
            correct=answer.correct,
            hinted=answer.hinted,
            seconds=int(answer.seconds),
            reviewed_at=now,
        )
    )
    await _adapt_level(session, person, answer, item)
    await session.flush()
    return card


async def _adapt_level(session: AsyncSession, person: Person, answer: Answer, item: Item) -> None:
    """Easy successes in a row at the own level move up; failures in a row move down."""
    prof = await profile_of(session, person)
    if prof.level is None or item.level != prof.level:
        return
    easy = answer.correct and not answer.hinted and not answer.forgiven
    prof.run = (max(prof.run, 0) + 1) if easy else (min(prof.run, 0) - 1 if not answer.correct else 0)
    index = LEVELS.index(prof.level)
    if prof.run >= LEVEL_UP_RUN and index + 1 < len(LEVELS):
        prof.level, prof.run = LEVELS[index + 1], 0
    elif prof.run <= -LEVEL_DOWN_RUN and index > 0:
        prof.level, prof.run = LEVELS[index - 1], 0


async def finish_dose(session: AsyncSession, person: Person, *, now: datetime) -> int:
    """Count the day towards the streak; returns the streak."""
    prof = await profile_of(session, person)
    today = local_day(now, person)
    if prof.last_practised_on != today:
        yesterday = today - timedelta(days=1)
        prof.streak = prof.streak + 1 if prof.last_practised_on == yesterday else 1
        prof.best_streak = max(prof.best_streak, prof.streak)
        prof.last_practised_on = today
    return prof.streak


@dataclass(frozen=True)
class Progress:
    streak: int
    best_streak: int
    learned: int  # cards answered right at least once and not due
    due: int
    week_reviews: int
    week_correct: int
    level: str | None
    days: list[tuple[int, int]]  # the last seven local days, oldest first: (right, wrong)


async def progress(session: AsyncSession, person: Person, *, now: datetime) -> Progress:
    prof = await profile_of(session, person)
    cards = list(await session.scalars(select(PracticeCard).where(PracticeCard.person_id == person.id)))
    week = list(
        await session.scalars(
            select(PracticeReview).where(
                PracticeReview.person_id == person.id, PracticeReview.reviewed_at > now - timedelta(days=7)
            )
        )
    )
    today = local_day(now, person)
    days = []
    for back in range(6, -1, -1):
        day = today - timedelta(days=back)
        answers = [r.correct for r in week if local_day(r.reviewed_at, person) == day]
        days.append((sum(answers), len(answers) - sum(answers)))
    streak = (
        prof.streak
        if prof.last_practised_on and (local_day(now, person) - prof.last_practised_on).days <= 1
        else 0
    )
    return Progress(
        streak=streak,
        best_streak=prof.best_streak,
        learned=sum(1 for c in cards if c.due > now and c.reps > c.lapses),
        due=sum(1 for c in cards if c.due <= now),
        week_reviews=len(week),
        week_correct=sum(1 for r in week if r.correct),
        level=prof.level,
        days=days,
    )


# -- prompting -----------------------------------------------------------------------------


async def plan_prompts(session: AsyncSession, *, now: datetime, days: int = 2) -> int:
    """Plan today's and tomorrow's practice prompts for every active participant.

    At most one prompt a day (the dedupe key is the person and the local date). People who
    left several prompts unanswered hear from the bot less often: every third day after
    BACK_OFF_AFTER, and a weekly nudge after NUDGE_AFTER. Returns how many rows were added.

    Runs every ten minutes over every participant, so it reads plain columns, skips days
    already planned, and writes in batches: the write lock is held briefly (measured with
    benchmarks/practice_planning.py: one INSERT per row held SQLite's lock for ~40 s at
    50,000 participants).
    """
    people = await pace.all_rows(
        session,
        select(Person.id, Person.timezone, Person.practice_time).where(
            Person.role == Role.PARTICIPANT,
            Person.status == PersonStatus.ACTIVE,
            Person.practice_time.is_not(None),
            Person.unreachable_at.is_(None),
            Person.onboarding_step.is_(None),  # still joining: nothing before "Fertig!"
        ),
    )
    if not people:
        return 0
    profiles = {
        person_id: (paused, last)
        for person_id, paused, last in await pace.all_rows(
            session,
            select(PracticeProfile.person_id, PracticeProfile.paused, PracticeProfile.last_practised_on),
        )
    }
    prompts = await _prompt_days(session)
    planned: list[Planned] = []
    for number, (person_id, timezone, practice_time) in enumerate(people):
        await pace.pause(number)  # the bot's updates go on while 50,000 people are planned
        paused, last_practised = profiles.get(person_id, (False, None))
        if paused:
            continue
        zone = ZoneInfo(timezone)
        sent_days = prompts.get(person_id, [])
        today = now.astimezone(zone).date()
        for offset in range(days):
            day = today + timedelta(days=offset)
            if day == last_practised or day in sent_days:
                continue
            # Every prompt for an earlier day since the last practice counts as unanswered,
            # also one planned but not yet sent: by that day it will have been.
            unanswered = [d for d in sent_days if d < day and (last_practised is None or d > last_practised)]
            if not _prompt_due(day, unanswered, sent_days):
                continue
            assert practice_time is not None  # filtered in the query
            at = datetime.combine(day, practice_time, tzinfo=zone).astimezone(UTC)
            if at <= now:
                continue
            kind = kinds.Kind.PRACTICE_NUDGE if len(unanswered) >= NUDGE_AFTER else kinds.Kind.PRACTICE_PROMPT
            key = kinds.practice_key(person_id, day)
            planned.append(kinds.plan(kind, person_id, at, {"day": day.isoformat()}, key=key))
            sent_days = [*sent_days, day]
    return await outbox.enqueue_many(session, planned, now=now)


def _prompt_due(day: date, unanswered: list[date], sent_days: list[date]) -> bool:
    if len(unanswered) < BACK_OFF_AFTER:
        return True
    gap = 7 if len(unanswered) >= NUDGE_AFTER else 3
    earlier = [d for d in sent_days if d < day]
    return not earlier or (day - max(earlier)).days >= gap


async def _prompt_days(session: AsyncSession) -> dict[int, list[date]]:
    """For each person, the local days of practice prompts planned or sent, in order."""
    rows = await pace.all_rows(
        session,
        select(OutboxMessage.recipient_id, OutboxMessage.payload).where(
            OutboxMessage.kind.in_([kinds.Kind.PRACTICE_PROMPT, kinds.Kind.PRACTICE_NUDGE]),
            OutboxMessage.status.in_([OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.SENDING]),
        ),
    )
    days: dict[int, list[date]] = {}
    for number, (recipient_id, payload) in enumerate(rows):
        await pace.pause(number, every=4 * pace.BATCH)
        day = _day(payload)
        if day is not None:
            days.setdefault(recipient_id, []).append(day)
    for found in days.values():
        found.sort()
    return days


def _day(payload: Any) -> date | None:
    try:
        return date.fromisoformat(str(payload.get("day")))
    except (AttributeError, ValueError):
        return None


async def count_cards(session: AsyncSession, person: Person) -> int:
    return int(await session.scalar(select(func.count()).where(PracticeCard.person_id == person.id)) or 0)


async def days_to_next_prompt(session: AsyncSession, person: Person, *, now: datetime) -> int | None:
    """In how many local days the next practice prompt comes (0: later today); None if none is
    planned or practice is paused, so that "see you tomorrow" is only said when it is true."""
    prof = await profile_of(session, person)
    if prof.paused:
        return None
    due = await session.scalar(
        select(OutboxMessage.due_at)
        .where(
            OutboxMessage.recipient_id == person.id,
            OutboxMessage.kind.in_([kinds.Kind.PRACTICE_PROMPT, kinds.Kind.PRACTICE_NUDGE]),
            OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.due_at > now,
        )
        .order_by(OutboxMessage.due_at)
        .limit(1)
    )
    return None if due is None else (local_day(due, person) - local_day(now, person)).days


async def days_to_next_review(session: AsyncSession, person: Person, decks: Decks, *, now: datetime) -> int:
    """When nothing is left to practise: in how many local days a card is due again (0: later
    today, or none at all)."""
    dues = await session.scalars(
        select(PracticeCard.due).where(
            PracticeCard.person_id == person.id, PracticeCard.item_id.in_(list(decks.items))
        )
    )
    first = min(dues, default=None)
    return 0 if first is None else max(0, (local_day(first, person) - local_day(now, person)).days)
