"""bot/services/people.py on a real, migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import PRIVACY_NOTICE_VERSION, Deps
from bot.models import ConsentRecord, Counter, Invite, Person, PersonStatus, Role
from bot.services import invites, people
from bot.services.invites import InviteError, InviteProblem
from bot.services.people import (
    DEFAULT_PRACTICE_TIME,
    DEFAULT_QUIET_HOURS,
    PRACTICE_TIME_CHOICES,
    QUIET_HOURS_CHOICES,
    UNINVITED_COUNTER,
    Step,
)

from seed import make_member

TZ = "Europe/Berlin"
TTL = timedelta(days=14)


async def active(session: AsyncSession, clock: ManualClock, role: Role, telegram_id: int) -> Person:
    return await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
    )


async def invite(
    session: AsyncSession,
    clock: ManualClock,
    role: Role = Role.PARTICIPANT,
    **kwargs: object,
) -> invites.CreatedInvite:
    return await invites.create_invite(
        session,
        now=clock.now(),
        role=role,
        actor=None,
        ttl=TTL,
        **kwargs,  # type: ignore[arg-type]
    )


async def join(
    session: AsyncSession, clock: ManualClock, token: str, telegram_id: int, name: str = "Amal Haddad"
) -> Person:
    return await people.join_by_invite(
        session,
        token=token,
        telegram_user_id=telegram_id,
        chat_id=telegram_id + 1,
        display_name=name,
        now=clock.now(),
        timezone=TZ,
    )


async def consents(session: AsyncSession, person: Person) -> list[ConsentRecord]:
    await session.flush()
    return list(
        await session.scalars(
            select(ConsentRecord).where(ConsentRecord.person_id == person.id).order_by(ConsentRecord.id)
        )
    )


async def onboarded_to_consent(
    session: AsyncSession, clock: ManualClock, role: Role, telegram_id: int, language: str = "ar"
) -> Person:
    created = await invite(session, clock, role)
    person = await join(session, clock, created.token, telegram_id)
    people.set_language(person, language)
    return person


# --- joining ----------------------------------------------------------------------------------


async def test_join_creates_an_onboarding_person_from_the_invite(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach = await active(session, clock, Role.COACH, 1)
    cohort = await invites.get_or_create_cohort(session, "Kassel 2026 A", now=clock.now())
    created = await invite(session, clock, Role.PARTICIPANT, cohort=cohort, coach=coach)
    assert created.invite.uses == 0

    person = await join(session, clock, created.token, 4242, name="Amal Haddad")
    assert person.id is not None
    assert person.telegram_user_id == 4242
    assert person.chat_id == 4243
    assert person.status is PersonStatus.ONBOARDING
    assert person.onboarding_step == Step.LANGUAGE.value == "language"
    assert person.role is Role.PARTICIPANT
    assert person.cohort_id == cohort.id
    assert person.coach_id == coach.id
    assert person.invite_id == created.invite.id
    assert person.display_name == "Amal Haddad"
    assert person.language is None
    assert person.timezone == TZ
    assert person.created_at == clock.now()
    assert person.last_seen_at == clock.now()

    await session.flush()
    stored = await session.scalar(select(Invite.uses).where(Invite.id == created.invite.id))
    assert stored == 1
    assert await people.find_by_telegram_id(session, 4242) is person
    # Nothing has been agreed to yet.
    assert await consents(session, person) == []


@pytest.mark.parametrize("role", [Role.COACH, Role.STAFF])
async def test_join_as_coach_or_staff(session: AsyncSession, clock: ManualClock, role: Role) -> None:
    cohort = await invites.get_or_create_cohort(session, "Team", now=clock.now())
    created = await invite(session, clock, role, cohort=cohort)
    person = await join(session, clock, created.token, 77)
    assert person.role is role
    assert person.coach_id is None
    assert person.cohort_id == cohort.id


async def test_long_display_names_are_cut_to_the_column(session: AsyncSession, clock: ManualClock) -> None:
    created = await invite(session, clock)
    person = await join(session, clock, created.token, 78, name="ب" * 500)
    await session.flush()
    assert person.display_name == "ب" * 200


async def test_a_known_telegram_user_cannot_spend_an_invite(
    session: AsyncSession, clock: ManualClock
) -> None:
    known = await active(session, clock, Role.PARTICIPANT, 4242)
    created = await invite(session, clock)
    with pytest.raises(InviteError) as caught:
        await join(session, clock, created.token, 4242)
    assert caught.value.problem is InviteProblem.USED
    await session.flush()
    assert await session.scalar(select(Invite.uses).where(Invite.id == created.invite.id)) == 0
    assert await session.scalar(select(func.count()).select_from(Person)) == 1
    assert known.invite_id is None
    # The invite stays usable for the person it was meant for.
    newcomer = await join(session, clock, created.token, 5000)
    assert newcomer.invite_id == created.invite.id


async def test_someone_onboarding_cannot_spend_a_second_invite(
    session: AsyncSession, clock: ManualClock
) -> None:
    first = await invite(session, clock)
    second = await invite(session, clock)
    await join(session, clock, first.token, 4242)
    with pytest.raises(InviteError):
        await join(session, clock, second.token, 4242)
    await session.flush()
    assert await session.scalar(select(Invite.uses).where(Invite.id == second.invite.id)) == 0


# --- language, consent ------------------------------------------------------------------------


async def test_set_language_advances_to_consent(session: AsyncSession, clock: ManualClock) -> None:
    created = await invite(session, clock)
    person = await join(session, clock, created.token, 1)
    people.set_language(person, "fa")
    assert person.language == "fa"
    assert person.onboarding_step == Step.CONSENT.value
    # Changing the language later does not move the step.
    people.set_language(person, "uk")
    assert person.language == "uk"
    assert person.onboarding_step == Step.CONSENT.value


async def test_set_language_after_onboarding_leaves_the_step_alone(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await active(session, clock, Role.PARTICIPANT, 1)
    people.set_language(person, "tr")
    assert person.language == "tr"
    assert person.onboarding_step is None
    assert person.status is PersonStatus.ACTIVE


async def test_granted_consent_activates(session: AsyncSession, clock: ManualClock) -> None:
    person = await onboarded_to_consent(session, clock, Role.PARTICIPANT, 1, language="ar")
    people.record_consent(session, person, granted=True, version="2026-11", now=clock.now())
    assert person.status is PersonStatus.ACTIVE
    assert person.onboarding_step == Step.QUIET_HOURS.value
    records = await consents(session, person)
    assert len(records) == 1
    assert records[0].granted is True
    assert records[0].notice_version == "2026-11"
    assert records[0].language == "ar"
    assert records[0].recorded_at == clock.now()


async def test_declined_consent_keeps_only_the_refusal(session: AsyncSession, clock: ManualClock) -> None:
    coach = await active(session, clock, Role.COACH, 1)
    cohort = await invites.get_or_create_cohort(session, "Kassel", now=clock.now())
    created = await invite(session, clock, cohort=cohort, coach=coach)
    person = await join(session, clock, created.token, 2, name="Amal Haddad")
    people.set_language(person, "ar")
    # Whatever was already there goes too.
    person.quiet_start, person.quiet_end = time(21), time(8)
    person.practice_time = time(18)
    person.dialogue = {"flow": "something"}

    people.record_consent(session, person, granted=False, version="2026-11", now=clock.now())
    await session.flush()

    assert person.status is PersonStatus.DECLINED
    assert person.display_name is None
    assert person.quiet_start is None
    assert person.quiet_end is None
    assert person.practice_time is None
    assert person.dialogue is None
    assert person.onboarding_step == Step.CONSENT.value
    # What is kept: the Telegram id, and the role and programme the invite fixed.
    assert person.telegram_user_id == 2
    assert person.role is Role.PARTICIPANT
    assert person.cohort_id == cohort.id

    records = await consents(session, person)
    assert [(record.granted, record.notice_version, record.language) for record in records] == [
        (False, "2026-11", "ar")
    ]
    assert await people.latest_consent(session, person) is None
    # Nothing else was recorded about them (no other consent rows anywhere but the coach's).
    others = await session.scalar(
        select(func.count()).select_from(ConsentRecord).where(ConsentRecord.person_id != coach.id)
    )
    assert others == 1

    # Reading the row afresh from the database shows the same.
    await session.refresh(person)
    assert person.display_name is None
    assert person.status is PersonStatus.DECLINED


async def test_changing_ones_mind_after_declining(session: AsyncSession, clock: ManualClock) -> None:
    person = await onboarded_to_consent(session, clock, Role.PARTICIPANT, 1)
    people.record_consent(session, person, granted=False, version="v1", now=clock.now())
    clock.advance(timedelta(days=1))
    people.record_consent(session, person, granted=True, version="v1", now=clock.now())
    assert person.status is PersonStatus.ACTIVE
    assert person.onboarding_step == Step.QUIET_HOURS.value
    records = await consents(session, person)
    assert [record.granted for record in records] == [False, True]


# --- quiet hours, practice time ---------------------------------------------------------------


async def test_participant_onboarding_runs_to_the_end(session: AsyncSession, clock: ManualClock) -> None:
    person = await onboarded_to_consent(session, clock, Role.PARTICIPANT, 1)
    people.record_consent(session, person, granted=True, version="v", now=clock.now())
    assert person.onboarding_step == Step.QUIET_HOURS.value

    people.set_quiet_hours(person, QUIET_HOURS_CHOICES["2207"])
    assert (person.quiet_start, person.quiet_end) == (time(22), time(7))
    assert person.onboarding_step == Step.PRACTICE_TIME.value

    people.set_practice_time(person, PRACTICE_TIME_CHOICES["0800"])
    assert person.practice_time == time(8)
    assert person.onboarding_step is None
    assert person.status is PersonStatus.ACTIVE

    await session.flush()
    await session.refresh(person)
    assert (person.quiet_start, person.quiet_end, person.practice_time) == (time(22), time(7), time(8))
    assert person.onboarding_step is None


async def test_no_quiet_hours_is_a_valid_choice(session: AsyncSession, clock: ManualClock) -> None:
    person = await onboarded_to_consent(session, clock, Role.PARTICIPANT, 1)
    people.record_consent(session, person, granted=True, version="v", now=clock.now())
    people.set_quiet_hours(person, QUIET_HOURS_CHOICES["none"])
    assert person.quiet_start is None and person.quiet_end is None
    assert person.onboarding_step == Step.PRACTICE_TIME.value


@pytest.mark.parametrize("role", [Role.COACH, Role.STAFF])
async def test_coach_and_staff_finish_after_quiet_hours(
    session: AsyncSession, clock: ManualClock, role: Role
) -> None:
    person = await onboarded_to_consent(session, clock, role, 1, language="de")
    people.record_consent(session, person, granted=True, version="v", now=clock.now())
    assert person.onboarding_step == Step.QUIET_HOURS.value
    assert not people.needs_practice_time(person)
    people.set_quiet_hours(person, DEFAULT_QUIET_HOURS)
    assert person.onboarding_step is None
    assert person.practice_time is None


async def test_changing_settings_later_does_not_reopen_onboarding(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await active(session, clock, Role.PARTICIPANT, 1)
    people.set_quiet_hours(person, QUIET_HOURS_CHOICES["2009"])
    people.set_practice_time(person, time(20))
    assert person.onboarding_step is None
    assert (person.quiet_start, person.quiet_end, person.practice_time) == (time(20), time(9), time(20))


# --- uninvited counter ------------------------------------------------------------------------


async def test_count_uninvited_counts_and_stores_nobody(session: AsyncSession) -> None:
    assert await people.counter_value(session, UNINVITED_COUNTER) == 0
    await people.count_uninvited(session)
    assert await people.counter_value(session, UNINVITED_COUNTER) == 1
    await people.count_uninvited(session)
    assert await people.counter_value(session, UNINVITED_COUNTER) == 2
    assert await session.scalar(select(func.count()).select_from(Person)) == 0
    counters = (await session.execute(select(Counter.name, Counter.value))).all()
    assert [tuple(row) for row in counters] == [(UNINVITED_COUNTER, 2)]


async def test_count_uninvited_across_sessions(deps: Deps) -> None:
    for _ in range(3):
        async with deps.sessionmaker.begin() as session:
            await people.count_uninvited(session)
    async with deps.sessionmaker() as session:
        assert await people.counter_value(session, UNINVITED_COUNTER) == 3


# --- members, lookups -------------------------------------------------------------------------


async def test_create_member_is_active_with_consent(session: AsyncSession, clock: ManualClock) -> None:
    coach = await active(session, clock, Role.COACH, 1)
    participant = await people.create_member(
        session,
        role=Role.PARTICIPANT,
        telegram_user_id=2,
        name="Olena",
        language="uk",
        timezone=TZ,
        now=clock.now(),
        notice_version="2026-11",
        coach_id=coach.id,
    )
    assert participant.status is PersonStatus.ACTIVE
    assert participant.onboarding_step is None
    assert participant.chat_id == 2
    assert participant.coach_id == coach.id
    assert (participant.quiet_start, participant.quiet_end) == (
        DEFAULT_QUIET_HOURS.start,
        DEFAULT_QUIET_HOURS.end,
    )
    assert participant.practice_time == DEFAULT_PRACTICE_TIME
    assert coach.practice_time is None
    records = await consents(session, participant)
    assert [(r.granted, r.notice_version, r.language) for r in records] == [(True, "2026-11", "uk")]

    staff = await people.create_member(
        session,
        role=Role.STAFF,
        telegram_user_id=3,
        name="Staff",
        language="de",
        timezone=TZ,
        now=clock.now(),
        notice_version="2026-11",
        coach_id=coach.id,
    )
    assert staff.coach_id is None  # only participants have a coach


async def test_latest_consent_is_the_newest_granted_one(session: AsyncSession, clock: ManualClock) -> None:
    person = await active(session, clock, Role.PARTICIPANT, 1)
    first = await people.latest_consent(session, person)
    assert first is not None and first.notice_version == PRIVACY_NOTICE_VERSION

    clock.advance(timedelta(days=30))
    people.record_consent(session, person, granted=True, version="2027-01", now=clock.now())
    await session.flush()
    newest = await people.latest_consent(session, person)
    assert newest is not None
    assert newest.notice_version == "2027-01"
    assert newest.recorded_at == clock.now()

    # A later refusal is not a consent.
    people.record_consent(session, person, granted=False, version="2027-02", now=clock.now())
    await session.flush()
    still = await people.latest_consent(session, person)
    assert still is not None and still.id == newest.id

    other = await active(session, clock, Role.PARTICIPANT, 2)
    theirs = await people.latest_consent(session, other)
    assert theirs is not None and theirs.person_id == other.id


async def test_people_of_role_lists_active_members_only(session: AsyncSession, clock: ManualClock) -> None:
    b = await active(session, clock, Role.COACH, 1)
    b.display_name = "Berta"
    a = await active(session, clock, Role.COACH, 2)
    a.display_name = "Anna"
    gone = await active(session, clock, Role.COACH, 3)
    gone.status = PersonStatus.DELETED
    await active(session, clock, Role.PARTICIPANT, 4)
    await session.flush()
    coaches = await people.people_of_role(session, Role.COACH)
    assert [coach.id for coach in coaches] == [a.id, b.id]


async def test_list_people_shows_everyone_in_order_or_one_role(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach = await active(session, clock, Role.COACH, 1)
    participant = await active(session, clock, Role.PARTICIPANT, 2)
    gone = await active(session, clock, Role.PARTICIPANT, 3)
    gone.status = PersonStatus.DELETED
    staff = await active(session, clock, Role.STAFF, 4)
    created = await invite(session, clock)
    newcomer = await join(session, clock, created.token, 5)
    await session.flush()

    everyone = await people.list_people(session)
    assert [person.id for person in everyone] == [coach.id, participant.id, gone.id, staff.id, newcomer.id]
    participants = await people.list_people(session, Role.PARTICIPANT)
    assert [person.id for person in participants] == [participant.id, gone.id, newcomer.id]
    assert [person.id for person in await people.list_people(session, Role.STAFF)] == [staff.id]


async def test_touch_updates_last_seen(session: AsyncSession, clock: ManualClock) -> None:
    person = await active(session, clock, Role.PARTICIPANT, 1)
    clock.advance(timedelta(hours=3))
    people.touch(person, clock.now())
    await session.flush()
    await session.refresh(person)
    assert person.last_seen_at == clock.now()


async def test_join_counts_an_unusable_invite_as_uninvited(session: AsyncSession, clock: ManualClock) -> None:
    created = await invite(session, clock)

    async def join_with(token: str, telegram_id: int) -> Person | InviteProblem:
        return await people.join(
            session,
            token=token,
            telegram_user_id=telegram_id,
            chat_id=telegram_id,
            display_name="Amal",
            now=clock.now(),
            timezone=TZ,
        )

    joined = await join_with(created.token, 7001)
    assert isinstance(joined, Person) and joined.onboarding_step == Step.LANGUAGE.value
    assert await people.counter_value(session, UNINVITED_COUNTER) == 0
    assert await join_with(created.token, 7002) is InviteProblem.USED
    assert await join_with("nonsense", 7002) is InviteProblem.UNKNOWN
    # Nothing written for a stranger's attempt (the handler counts those it answers).
    assert await people.counter_value(session, UNINVITED_COUNTER) == 0
    assert await people.find_by_telegram_id(session, 7002) is None


async def test_consent_is_answered_only_when_asked(session: AsyncSession, clock: ManualClock) -> None:
    person = await join(session, clock, (await invite(session, clock)).token, 7101)
    version, now = PRIVACY_NOTICE_VERSION, clock.now()
    assert not await people.answer_consent(session, person, granted=True, version=version, now=now)
    assert await consents(session, person) == []  # still at the language step
    people.set_language(person, "ar")
    assert await people.answer_consent(session, person, granted=True, version=version, now=now)
    assert person.status is PersonStatus.ACTIVE and len(await consents(session, person)) == 1
    assert not await people.answer_consent(session, person, granted=False, version=version, now=now)
    assert person.status is PersonStatus.ACTIVE and len(await consents(session, person)) == 1


async def test_the_coach_to_tell_is_an_active_reachable_coach(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach = await active(session, clock, Role.COACH, 7201)
    amal = await join(session, clock, (await invite(session, clock, coach=coach)).token, 7202)
    assert await people.coach_to_tell(session, amal) == people.Contact(chat_id=7201, language="de")
    assert await people.coach_to_tell(session, coach) is None  # only participants have a coach
    coach.chat_id = None
    assert await people.coach_to_tell(session, amal) is None
    coach.chat_id, coach.status = 7201, PersonStatus.DELETED
    assert await people.coach_to_tell(session, amal) is None
    amal.coach_id = None
    assert await people.coach_to_tell(session, amal) is None
