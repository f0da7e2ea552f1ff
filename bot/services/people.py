"""Who someone is to the bot: joining by invite, language, consent, quiet hours, practice time."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import Kind, plan, unreachable_key
from bot.models import ConsentRecord, Counter, Person, PersonStatus, Role
from bot.services import outbox
from bot.services.invites import InviteError, InviteProblem, check_token

log = logging.getLogger(__name__)

UNINVITED_COUNTER = "start.uninvited"


class Step(enum.StrEnum):
    """Where a person is in joining; None on the row means done."""

    LANGUAGE = "language"
    CONSENT = "consent"
    QUIET_HOURS = "quiet_hours"
    PRACTICE_TIME = "practice_time"


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time


DEFAULT_QUIET_HOURS = QuietHours(time(21, 0), time(8, 0))
QUIET_HOURS_CHOICES: dict[str, QuietHours | None] = {
    "2108": DEFAULT_QUIET_HOURS,
    "2207": QuietHours(time(22, 0), time(7, 0)),
    "2009": QuietHours(time(20, 0), time(9, 0)),
    "none": None,
}
DEFAULT_PRACTICE_TIME = time(18, 0)
PRACTICE_TIME_CHOICES: dict[str, time] = {
    "0800": time(8, 0),
    "1200": time(12, 0),
    "1800": DEFAULT_PRACTICE_TIME,
    "2000": time(20, 0),
}


# Built once: every update looks its person up, and building the statement and its cache key
# anew took about 45 µs each time (timeit); a built statement keeps its cache key.
_BY_TELEGRAM_ID = select(Person).where(Person.telegram_user_id == bindparam("telegram_user_id"))


async def find_by_telegram_id(session: AsyncSession, telegram_user_id: int) -> Person | None:
    return await session.scalar(_BY_TELEGRAM_ID, {"telegram_user_id": telegram_user_id})


async def count_uninvited(session: AsyncSession) -> None:
    """Someone without an invite wrote: count it, store nothing about them."""
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(Counter).values(name=UNINVITED_COUNTER, value=1)
    statement = statement.on_conflict_do_update(
        index_elements=[Counter.name], set_={"value": Counter.value + 1}
    )
    await session.execute(statement)


async def counter_value(session: AsyncSession, name: str) -> int:
    value = await session.scalar(select(Counter.value).where(Counter.name == name))
    return int(value or 0)


async def join(
    session: AsyncSession,
    *,
    token: str,
    telegram_user_id: int,
    chat_id: int,
    display_name: str,
    now: datetime,
    timezone: str,
) -> Person | InviteProblem:
    """/start with an invite: the new person, or why the invite cannot be used. Nothing is
    written for an unusable one: the handler counts the stranger's attempt if it answers it
    (bot/strangers.py), so a flood of made-up links costs no write each."""
    try:
        return await join_by_invite(
            session,
            token=token,
            telegram_user_id=telegram_user_id,
            chat_id=chat_id,
            display_name=display_name,
            now=now,
            timezone=timezone,
        )
    except InviteError as error:
        return error.problem


async def join_by_invite(
    session: AsyncSession,
    *,
    token: str,
    telegram_user_id: int,
    chat_id: int,
    display_name: str,
    now: datetime,
    timezone: str,
) -> Person:
    """Redeem an invite for a Telegram user who is not yet known (or was deleted)."""
    invite = await check_token(session, token, now=now)
    existing = await find_by_telegram_id(session, telegram_user_id)
    if existing is not None:
        # Known people do not spend invites; handlers route them elsewhere first.
        raise InviteError(InviteProblem.USED)
    invite.uses += 1
    person = Person(
        telegram_user_id=telegram_user_id,
        chat_id=chat_id,
        role=invite.role,
        status=PersonStatus.ONBOARDING,
        display_name=display_name[:200],
        language=None,
        timezone=timezone,
        cohort_id=invite.cohort_id,
        coach_id=invite.coach_id if invite.role is Role.PARTICIPANT else None,
        invite_id=invite.id,
        onboarding_step=Step.LANGUAGE.value,
        created_at=now,
        last_seen_at=now,
    )
    session.add(person)
    await session.flush()
    return person


def set_language(person: Person, language: str) -> None:
    person.language = language
    if person.onboarding_step == Step.LANGUAGE.value:
        person.onboarding_step = Step.CONSENT.value


def record_consent(
    session: AsyncSession, person: Person, *, granted: bool, version: str, now: datetime
) -> None:
    session.add(
        ConsentRecord(
            person_id=person.id,
            notice_version=version,
            language=person.language or "de",
            granted=granted,
            recorded_at=now,
        )
    )
    if granted:
        person.status = PersonStatus.ACTIVE
        if person.onboarding_step in (Step.CONSENT.value, None) and person.quiet_start is None:
            person.onboarding_step = Step.QUIET_HOURS.value
        else:
            person.onboarding_step = None
    else:
        # Declining keeps nothing beyond the refusal: the Telegram id (to recognise them
        # and let them change their mind), the language they chose (to answer in it), the
        # role and programme the invite fixed, and the refusal record itself.
        person.status = PersonStatus.DECLINED
        person.display_name = None
        person.last_seen_at = None
        person.quiet_start = person.quiet_end = person.practice_time = None
        person.dialogue = None
        person.onboarding_step = Step.CONSENT.value


async def answer_consent(
    session: AsyncSession, person: Person, *, granted: bool, version: str, now: datetime
) -> bool:
    """The answer to the consent question; False (nothing recorded) if it is not asked now."""
    if person.onboarding_step != Step.CONSENT.value:
        return False
    record_consent(session, person, granted=granted, version=version, now=now)
    return True


def set_quiet_hours(person: Person, choice: QuietHours | None) -> None:
    person.quiet_start = choice.start if choice else None
    person.quiet_end = choice.end if choice else None
    if person.onboarding_step == Step.QUIET_HOURS.value:
        person.onboarding_step = Step.PRACTICE_TIME.value if needs_practice_time(person) else None


def set_practice_time(person: Person, moment: time) -> None:
    person.practice_time = moment
    if person.onboarding_step == Step.PRACTICE_TIME.value:
        person.onboarding_step = None


def needs_practice_time(person: Person) -> bool:
    return person.role is Role.PARTICIPANT


def touch(person: Person, now: datetime, *, every: timedelta = timedelta(0)) -> None:
    """Note that the person was here now, unless that was noted less than `every` ago: "last
    seen" is shown in days, and writing it on every update made every update a write."""
    seen = person.last_seen_at
    if seen is None or now - seen >= every:
        person.last_seen_at = now


@dataclass(frozen=True)
class Contact:
    chat_id: int
    language: str | None


async def coach_to_tell(session: AsyncSession, participant: Person) -> Contact | None:
    """The participant's coach, to hear that they finished joining: None without an active
    coach who can be reached."""
    if participant.role is not Role.PARTICIPANT or participant.coach_id is None:
        return None
    coach = await session.get(Person, participant.coach_id)
    if coach is None or coach.status is not PersonStatus.ACTIVE or coach.chat_id is None:
        return None
    return Contact(chat_id=coach.chat_id, language=coach.language)


async def people_of_role(session: AsyncSession, role: Role) -> list[Person]:
    return list(
        await session.scalars(
            select(Person)
            .where(Person.role == role, Person.status == PersonStatus.ACTIVE)
            .order_by(Person.display_name, Person.id)
        )
    )


async def list_people(session: AsyncSession, role: Role | None = None) -> list[Person]:
    """Everyone in any state (or everyone with this role), in the order they came."""
    query = select(Person).order_by(Person.id)
    if role is not None:
        query = query.where(Person.role == role)
    return list(await session.scalars(query))


async def latest_consent(session: AsyncSession, person: Person) -> ConsentRecord | None:
    return await session.scalar(
        select(ConsentRecord)
        .where(ConsentRecord.person_id == person.id, ConsentRecord.granted.is_(True))
        .order_by(ConsentRecord.id.desc())
        .limit(1)
    )


async def create_member(
    session: AsyncSession,
    *,
    role: Role,
    telegram_user_id: int,
    name: str,
    language: str,
    timezone: str,
    now: datetime,
    notice_version: str,
    cohort_id: int | None = None,
    coach_id: int | None = None,
) -> Person:
    """An active member who agreed already (demo data for the sandbox, and tests)."""
    person = Person(
        telegram_user_id=telegram_user_id,
        chat_id=telegram_user_id,
        role=role,
        status=PersonStatus.ACTIVE,
        display_name=name,
        language=language,
        timezone=timezone,
        cohort_id=cohort_id,
        coach_id=coach_id if role is Role.PARTICIPANT else None,
        quiet_start=DEFAULT_QUIET_HOURS.start,
        quiet_end=DEFAULT_QUIET_HOURS.end,
        practice_time=DEFAULT_PRACTICE_TIME if role is Role.PARTICIPANT else None,
        created_at=now,
    )
    session.add(person)
    await session.flush()
    record_consent(session, person, granted=True, version=notice_version, now=now)
    person.onboarding_step = None
    return person


async def mark_unreachable(session: AsyncSession, person_id: int, now: datetime) -> None:
    """She blocked the bot (a send met Forbidden, from the outbox or as a reply): nothing more
    is queued to her, and her coach hears of it once. Writing again clears the mark."""
    person = await session.get(Person, person_id)
    if person is None or person.unreachable_at is not None:
        return
    person.unreachable_at = now
    cancelled = await outbox.cancel_pending(session, recipient_id=person.id, reason=outbox.BLOCKED)
    log.info("person %s blocked the bot; %d pending rows cancelled", person.id, cancelled)
    coach = await session.get(Person, person.coach_id) if person.coach_id else None
    if coach is not None and coach.status is PersonStatus.ACTIVE:
        planned = plan(
            Kind.COACH_UNREACHABLE,
            coach.id,
            now,
            {"participant_id": person.id},
            key=unreachable_key(person.id, now),
        )
        await outbox.enqueue(session, planned, now=now)
