"""Check-ins: planned per cohort through the outbox, answered question by question.

A participant gets the weekly check-in at their cohort's time (e.g. Mondays 10:00 local;
CHECKIN_SCHEDULE when the cohort sets none), and in the first week of a month the monthly
progress check-in instead. An unanswered one is offered once more a day later and expires
after three days. `/checkin` starts one at once (or resumes the open one).

Answers are stored per question; free text is encrypted at rest by its column type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import kinds, langid
from bot.checkin_content import CheckinContent, Question, QuestionKind, Questionnaire
from bot.i18n import LANGUAGES
from bot.models import (
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    Cohort,
    Person,
    PersonStatus,
    Role,
)
from bot.services import outbox, pace

REOFFER_AFTER = timedelta(days=1)
EXPIRES_AFTER = timedelta(days=3)
OPEN = (CheckinStatus.PLANNED, CheckinStatus.STARTED)
TEXT_LIMIT = 4000


def slot_in_week(day: date, weekday: int, at: time, zone: ZoneInfo) -> datetime:
    """The check-in time in the ISO week of `day`, as UTC."""
    monday = day - timedelta(days=day.weekday())
    return datetime.combine(monday + timedelta(days=weekday), at, tzinfo=zone).astimezone(UTC)


def period_for(slot_local: date) -> tuple[str, str]:
    """(questionnaire, period) for a slot: monthly in the month's first week, else weekly."""
    if slot_local.day <= 7:
        return "monthly", f"{slot_local:%Y-%m}"
    year, week, _ = slot_local.isocalendar()
    return "weekly", f"{year}-W{week:02d}"


async def plan(session: AsyncSession, *, now: datetime, default_weekday: int, default_time: time) -> int:
    """Create this week's check-in (and its two offers) for every active participant whose
    slot is within the next day; expire old ones. Idempotent. Returns how many were made."""
    await expire(session, now=now)
    cohorts = {
        row.id: (row.checkin_weekday, row.checkin_time)
        for row in await session.execute(select(Cohort.id, Cohort.checkin_weekday, Cohort.checkin_time))
    }
    people = await pace.all_rows(
        session,
        select(Person.id, Person.timezone, Person.cohort_id, Person.created_at).where(
            Person.role == Role.PARTICIPANT,
            Person.status == PersonStatus.ACTIVE,
            Person.unreachable_at.is_(None),
            Person.onboarding_step.is_(None),  # still joining: nothing before "Fertig!"
        ),
    )
    made = 0
    for number, (person_id, timezone, cohort_id, created_at) in enumerate(people):
        await pace.pause(number)  # most are not due: without it the loop runs in one piece
        weekday, at = cohorts.get(cohort_id, (None, None)) if cohort_id else (None, None)
        zone = ZoneInfo(timezone)
        local_today = now.astimezone(zone).date()
        for day in (local_today, local_today + timedelta(days=7)):
            slot = slot_in_week(
                day, default_weekday if weekday is None else weekday, at or default_time, zone
            )
            # Not ahead by more than a day, not a slot missed long ago, not from before joining.
            if not (now - REOFFER_AFTER < slot <= now + timedelta(days=1)) or slot < created_at:
                continue
            questionnaire, period = period_for(slot.astimezone(zone).date())
            if await _exists(session, person_id, questionnaire, period):
                continue
            checkin = Checkin(
                person_id=person_id,
                questionnaire=questionnaire,
                period=period,
                status=CheckinStatus.PLANNED,
                offered_at=slot,
                expires_at=slot + EXPIRES_AFTER,
            )
            session.add(checkin)
            await session.flush()
            await _queue_offers(session, checkin, now=now)
            made += 1
    return made


async def _exists(session: AsyncSession, person_id: int, questionnaire: str, period: str) -> bool:
    found = await session.scalar(
        select(Checkin.id).where(
            Checkin.person_id == person_id, Checkin.questionnaire == questionnaire, Checkin.period == period
        )
    )
    return found is not None


async def _queue_offers(session: AsyncSession, checkin: Checkin, *, now: datetime) -> None:
    for second, due in ((False, checkin.offered_at), (True, checkin.offered_at + REOFFER_AFTER)):
        payload = {"checkin_id": checkin.id, "again": second}
        key = kinds.checkin_offer_key(checkin.id, second)
        planned = kinds.plan(kinds.Kind.CHECKIN_OFFER, checkin.person_id, due, payload, key=key)
        await outbox.enqueue(session, planned, now=now)


async def expire(session: AsyncSession, *, now: datetime) -> int:
    rows = list(
        await session.scalars(select(Checkin).where(Checkin.status.in_(OPEN), Checkin.expires_at <= now))
    )
    for checkin in rows:
        checkin.status = CheckinStatus.EXPIRED
        await outbox.cancel_pending(session, key_prefix=kinds.checkin_prefix(checkin.id))
    return len(rows)


async def open_checkin(session: AsyncSession, person_id: int, *, now: datetime) -> Checkin | None:
    return await session.scalar(
        select(Checkin)
        .where(Checkin.person_id == person_id, Checkin.status.in_(OPEN), Checkin.expires_at > now)
        .order_by(Checkin.offered_at.desc())
        .limit(1)
    )


async def start_now(session: AsyncSession, person: Person, *, now: datetime) -> Checkin:
    """`/checkin`: the open check-in if there is one, else a new weekly one."""
    existing = await open_checkin(session, person.id, now=now)
    if existing is not None:
        return existing
    period = f"now-{now:%Y%m%d%H%M%S}"
    for again in range(2, 1000):
        if not await _exists(session, person.id, "weekly", period):
            break
        # Another /checkin within the same second (one was just completed); the column
        # holds 20 characters.
        period = f"now-{now:%y%m%d%H%M%S}-{again}"
    checkin = Checkin(
        person_id=person.id,
        questionnaire="weekly",
        period=period,
        status=CheckinStatus.PLANNED,
        offered_at=now,
        expires_at=now + EXPIRES_AFTER,
    )
    session.add(checkin)
    await session.flush()
    return checkin


async def answers_of(session: AsyncSession, checkin_id: int) -> dict[str, CheckinAnswer]:
    rows = await session.scalars(select(CheckinAnswer).where(CheckinAnswer.checkin_id == checkin_id))
    return {row.question: row for row in rows}


# Built once, as people.find_by_telegram_id's: each press of a check-in's buttons reads it.
_WITH_ANSWERS = (
    select(Checkin, CheckinAnswer)
    .outerjoin(CheckinAnswer, CheckinAnswer.checkin_id == Checkin.id)
    .where(Checkin.id == bindparam("checkin_id"))
)


async def with_answers(
    session: AsyncSession, checkin_id: int
) -> tuple[Checkin | None, dict[str, CheckinAnswer]]:
    """A check-in and its answers so far, read in one statement (each button of a check-in
    needs both); (None, {}) if there is no such check-in."""
    rows = (await session.execute(_WITH_ANSWERS, {"checkin_id": checkin_id})).all()
    if not rows:
        return None, {}
    return rows[0][0], {answer.question: answer for _, answer in rows if answer is not None}


async def with_participant(
    session: AsyncSession, checkin_id: int
) -> tuple[Checkin, Person, dict[str, CheckinAnswer]] | None:
    """A check-in, its participant and its answers, read in one statement (the triage needs
    all three); None if there is no such check-in or its participant is gone."""
    rows = (
        await session.execute(
            select(Checkin, Person, CheckinAnswer)
            .join(Person, Person.id == Checkin.person_id)
            .outerjoin(CheckinAnswer, CheckinAnswer.checkin_id == Checkin.id)
            .where(Checkin.id == checkin_id)
        )
    ).all()
    if not rows:
        return None
    checkin, participant = rows[0][0], rows[0][1]
    return checkin, participant, {answer.question: answer for _, _, answer in rows if answer is not None}


def next_question(questionnaire: Questionnaire, answered: set[str]) -> tuple[int, Question] | None:
    for index, question in enumerate(questionnaire.questions):
        if question.id not in answered:
            return index, question
    return None


@dataclass(frozen=True)
class Value:
    score: int | None = None
    choice: tuple[str, ...] = ()
    text: str | None = None
    language: str | None = None

    @classmethod
    def parse(cls, question: Question, raw: str) -> Value | None:
        """A button value for this question, or None when it does not fit (forged/stale)."""
        if question.kind is QuestionKind.SCALE:
            if raw in {"1", "2", "3", "4", "5"}:
                return cls(score=int(raw))
            return None
        if question.kind is QuestionKind.CHOICE and raw in question.options:
            return cls(choice=(raw,))
        return None

    @classmethod
    def chosen(cls, question: Question, selected: Sequence[str]) -> Value:
        """The ticked options of a "several" question, in the question's order."""
        return cls(choice=tuple(o for o in question.options if o in selected))


async def record_answer(
    session: AsyncSession,
    checkin: Checkin,
    question: Question,
    value: Value | None,
    *,
    now: datetime,
) -> CheckinAnswer:
    """Store one answer (None: skipped) and return it. The caller checked it is the next question.

    "None of these" on a "several" question is stored as an empty choice, not as NULL:
    the coach reads "none of these", not "skipped"."""
    if value is not None and (value.choice or question.kind is QuestionKind.SEVERAL):
        choice: str | None = ",".join(value.choice)
    else:
        choice = None
    stored = CheckinAnswer(
        checkin_id=checkin.id,
        person_id=checkin.person_id,
        question=question.id,
        score=value.score if value else None,
        choice=choice,
        text=(value.text or None) if value else None,
        text_language=value.language if value and value.text else None,
        answered_at=now,
    )
    session.add(stored)
    if checkin.status is CheckinStatus.PLANNED:
        checkin.status = CheckinStatus.STARTED
        checkin.started_at = now
    await session.flush()
    return stored


def complete(checkin: Checkin, *, now: datetime) -> None:
    checkin.status = CheckinStatus.COMPLETED
    checkin.completed_at = now


async def cancel_offers(session: AsyncSession, checkin: Checkin) -> None:
    await outbox.cancel_pending(session, key_prefix=kinds.checkin_prefix(checkin.id))


async def mood_history(session: AsyncSession, checkin: Checkin, *, limit: int = 3) -> list[int]:
    """The mood scores of the participant's earlier completed check-ins, newest first."""
    rows = await session.scalars(
        select(CheckinAnswer.score)
        .join(Checkin, Checkin.id == CheckinAnswer.checkin_id)
        .where(
            Checkin.person_id == checkin.person_id,
            Checkin.id != checkin.id,
            Checkin.status == CheckinStatus.COMPLETED,
            CheckinAnswer.question == "mood",
            CheckinAnswer.score.is_not(None),
        )
        .order_by(Checkin.completed_at.desc())
        .limit(limit)
    )
    return [int(score) for score in rows if score is not None]


def questionnaire_of(content: CheckinContent, checkin: Checkin) -> Questionnaire:
    return content.questionnaires[checkin.questionnaire]


@dataclass(frozen=True)
class OpenQuestion:
    """The next unanswered question of an open check-in."""

    checkin: Checkin
    questionnaire: Questionnaire
    index: int
    question: Question
    # The answers given so far, as read to find this question: an answer to it goes on from
    # these, not from a second read of the same rows.
    answers: dict[str, CheckinAnswer]


@dataclass(frozen=True)
class Finished:  # every question answered or skipped: the check-in is completed
    checkin_id: int
    wants_contact: bool
    has_foreign_text: bool = False  # free text to translate before the triage can read it


Step = OpenQuestion | Finished


class TextRefused(Enum):
    CLOSED = "closed"  # no open check-in of theirs at a question (any more)
    NOT_TEXT = "not-text"  # the open question is answered by a tap
    EMPTY = "empty"


async def open_question(
    session: AsyncSession,
    content: CheckinContent,
    person: Person,
    checkin_id: int | None,
    *,
    now: datetime,
    at: int | None = None,
) -> OpenQuestion | None:
    """The next question of the check-in, if it is this person's, open and not expired (the
    planner may not have marked it yet); with `at`, only if that is the question's index (a
    button of an earlier question is stale). None otherwise, also when all are answered."""
    checkin, answers = await with_answers(session, checkin_id) if checkin_id is not None else (None, {})
    if (
        checkin is None
        or checkin.person_id != person.id
        or checkin.status not in OPEN
        or checkin.expires_at <= now
    ):
        return None
    questionnaire = questionnaire_of(content, checkin)
    following = next_question(questionnaire, set(answers))
    if following is None or (at is not None and following[0] != at):
        return None
    index, question = following
    return OpenQuestion(checkin, questionnaire, index, question, answers)


async def next_step(
    session: AsyncSession,
    content: CheckinContent,
    checkin: Checkin,
    *,
    now: datetime,
    answers: dict[str, CheckinAnswer] | None = None,
) -> Step:
    """The next unanswered question; with none left, the check-in completed and its offers
    withdrawn. `answers`: all of the check-in's answers, when the caller has them."""
    questionnaire = questionnaire_of(content, checkin)
    if answers is None:
        answers = await answers_of(session, checkin.id)
    following = next_question(questionnaire, set(answers))
    if following is not None:
        index, question = following
        return OpenQuestion(checkin, questionnaire, index, question, answers)
    complete(checkin, now=now)
    await cancel_offers(session, checkin)
    contact = answers.get("contact")
    foreign = any(a.text and (a.text_language or "de") != "de" for a in answers.values())
    return Finished(
        checkin.id, wants_contact=contact is not None and contact.choice == "yes", has_foreign_text=foreign
    )


async def begin(session: AsyncSession, content: CheckinContent, person: Person, *, now: datetime) -> Step:
    """`/checkin`: the open check-in (or a new one) at its next question."""
    return await resume(session, content, await start_now(session, person, now=now), now=now)


async def resume(session: AsyncSession, content: CheckinContent, checkin: Checkin, *, now: datetime) -> Step:
    """A check-in taken up in the chat: its offers are withdrawn, the next question comes."""
    await cancel_offers(session, checkin)
    return await next_step(session, content, checkin, now=now)


async def answer(
    session: AsyncSession, content: CheckinContent, found: OpenQuestion, value: Value | None, *, now: datetime
) -> Step:
    """Store the answer to the open question (None: skipped) and go on."""
    stored = await record_answer(session, found.checkin, found.question, value, now=now)
    answers = {**found.answers, stored.question: stored}
    return await next_step(session, content, found.checkin, now=now, answers=answers)


async def answer_text(
    session: AsyncSession,
    content: CheckinContent,
    person: Person,
    checkin_id: int | None,
    text: str,
    *,
    now: datetime,
) -> Step | TextRefused:
    """Typed (or forwarded) text during a check-in: the answer to its free-text question,
    cut to TEXT_LIMIT and kept with its language (bot/langid)."""
    found = await open_question(session, content, person, checkin_id, now=now)
    if found is None:
        return TextRefused.CLOSED
    if found.question.kind is not QuestionKind.TEXT:
        return TextRefused.NOT_TEXT
    text = text.strip()[:TEXT_LIMIT]
    if not text:
        return TextRefused.EMPTY
    # Kept with the language it is written in (German needs no translation, Arabic text
    # from a participant set to Farsi goes through ar→de), her profile's when unsure.
    value = Value(text=text, language=langid.source_language(text, person.language or "de", LANGUAGES))
    return await answer(session, content, found, value, now=now)


def toggle(question: Question, selected: Sequence[str], option: str | None) -> list[str] | None:
    """The selection of a "several" question after tapping `option`; None if it is not one of its options."""
    if option is None or option not in question.options:
        return None
    return [o for o in selected if o != option] if option in selected else [*selected, option]
