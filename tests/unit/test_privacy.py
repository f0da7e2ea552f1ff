"""bot/services/privacy.py: export and erasure, on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import time, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import AuditEntry, ConsentRecord, Person, PersonStatus, Role
from bot.services import invites, people, privacy
from bot.services.invites import InviteError

from seed import make_member

TZ = "Europe/Berlin"
TTL = timedelta(days=14)

COACH_TG = 730_000_111
AMAL_TG = 730_000_222
ZAINAB_TG = 730_000_333


async def member(
    session: AsyncSession,
    clock: ManualClock,
    role: Role,
    telegram_id: int,
    name: str,
    *,
    language: str = "de",
    cohort_id: int | None = None,
    coach_id: int | None = None,
) -> Person:
    return await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
        name=name,
        language=language,
        coach_id=coach_id,
        cohort_id=cohort_id,
    )


async def programme(session: AsyncSession, clock: ManualClock) -> tuple[Person, Person, Person]:
    """A coach with two participants in one cohort."""
    cohort = await invites.get_or_create_cohort(session, "Kassel Frühjahr", now=clock.now())
    coach = await member(session, clock, Role.COACH, COACH_TG, "Claudia Coach", language="en")
    amal = await member(
        session, clock, Role.PARTICIPANT, AMAL_TG, "Amal Haddad", language="ar",
        cohort_id=cohort.id, coach_id=coach.id,
    )  # fmt: skip
    zainab = await member(
        session, clock, Role.PARTICIPANT, ZAINAB_TG, "Zainab Rahimi", language="fa",
        cohort_id=cohort.id, coach_id=coach.id,
    )  # fmt: skip
    await session.flush()
    return coach, amal, zainab


async def join(session: AsyncSession, clock: ManualClock, token: str, telegram_id: int) -> Person:
    return await people.join_by_invite(
        session,
        token=token,
        telegram_user_id=telegram_id,
        chat_id=telegram_id,
        display_name="Someone New",
        now=clock.now(),
        timezone=TZ,
    )


# --- export -----------------------------------------------------------------------------------


async def test_export_contains_the_persons_own_data(session: AsyncSession, clock: ManualClock) -> None:
    _coach, amal, _zainab = await programme(session, clock)
    people.set_quiet_hours(amal, people.QUIET_HOURS_CHOICES["2207"])
    people.set_practice_time(amal, time(12))
    clock.advance(timedelta(days=40))
    people.record_consent(session, amal, granted=True, version="2027-01", now=clock.now())
    await session.flush()

    export = await privacy.export_person(session, amal, now=clock.now())
    json.dumps(export)  # plain, JSON-ready data

    assert export["format"] == "begleiter-export"
    assert export["format_version"] == privacy.EXPORT_FORMAT_VERSION
    assert export["exported_at"] == clock.now().isoformat()
    own = export["person"]
    assert own["telegram_user_id"] == AMAL_TG
    assert own["name"] == "Amal Haddad"
    assert own["role"] == "participant"
    assert own["status"] == "active"
    assert own["language"] == "ar"
    assert own["time_zone"] == TZ
    assert own["quiet_hours"] == {"start": "22:00", "end": "07:00"}
    assert own["practice_time"] == "12:00"
    assert own["joined_at"] == amal.created_at.isoformat()
    assert export["programme"] == {"cohort": "Kassel Frühjahr", "coach": "Claudia Coach"}
    assert [(c["notice_version"], c["language"], c["granted"]) for c in export["consent"]] == [
        ("2026-11", "ar", True),
        ("2027-01", "ar", True),
    ]
    assert export["consent"][1]["recorded_at"] == clock.now().isoformat()


async def test_export_says_nothing_about_anyone_else(session: AsyncSession, clock: ManualClock) -> None:
    coach, amal, zainab = await programme(session, clock)
    # Give the other participant some history of their own.
    people.set_practice_time(zainab, time(20))
    people.record_consent(session, zainab, granted=True, version="zainab-only", now=clock.now())
    invites_for_zainab = await invites.create_invite(
        session, now=clock.now(), role=Role.PARTICIPANT, actor=coach, ttl=TTL
    )
    await session.flush()

    export = await privacy.export_person(session, amal, now=clock.now())
    dumped = json.dumps(export, ensure_ascii=False)
    for foreign in (
        "Zainab",
        "Rahimi",
        str(ZAINAB_TG),
        "zainab-only",
        invites_for_zainab.token,
        str(COACH_TG),
    ):
        assert foreign not in dumped, f"{foreign!r} leaked into another person's export"
    assert "Amal Haddad" in dumped
    assert '"fa"' not in dumped and "20:00" not in dumped  # Zainab's language and practice time


async def test_export_of_someone_onboarding(session: AsyncSession, clock: ManualClock) -> None:
    created = await invites.create_invite(
        session, now=clock.now(), role=Role.PARTICIPANT, actor=None, ttl=TTL
    )
    person = await join(session, clock, created.token, 99)
    export = await privacy.export_person(session, person, now=clock.now())
    json.dumps(export)
    assert export["person"]["status"] == "onboarding"
    assert export["person"]["quiet_hours"] is None
    assert export["person"]["practice_time"] is None
    assert export["programme"] == {"cohort": None, "coach": None}
    assert export["consent"] == []


# --- deletion ---------------------------------------------------------------------------------


async def test_delete_erases_personal_data(session: AsyncSession, clock: ManualClock) -> None:
    coach, amal, zainab = await programme(session, clock)
    amal.dialogue = {"flow": "x"}
    clock.advance(timedelta(days=3))

    deletion = await privacy.delete_person(session, amal, now=clock.now())
    await session.flush()

    assert deletion.person_id == amal.id
    assert deletion.role is Role.PARTICIPANT
    assert deletion.name == "Amal Haddad"  # captured before erasing
    assert deletion.coach_chat_id == coach.chat_id == COACH_TG
    assert deletion.coach_language == "en"

    await session.refresh(amal)
    assert amal.status is PersonStatus.DELETED
    assert amal.deleted_at == clock.now()
    assert amal.telegram_user_id is None
    assert amal.chat_id is None
    assert amal.display_name is None
    assert amal.language is None
    assert amal.quiet_start is None and amal.quiet_end is None
    assert amal.practice_time is None
    assert amal.dialogue is None
    assert amal.onboarding_step is None
    count = select(func.count()).select_from(ConsentRecord)
    assert await session.scalar(count.where(ConsentRecord.person_id == amal.id)) == 0
    # The raw row holds neither the name nor the Telegram id.
    row = (await session.execute(text("SELECT * FROM people WHERE id = :id"), {"id": amal.id})).one()
    assert "Amal" not in " ".join(map(str, row))
    assert str(AMAL_TG) not in " ".join(map(str, row))

    # Nobody else is touched.
    await session.refresh(zainab)
    assert zainab.display_name == "Zainab Rahimi"
    assert zainab.status is PersonStatus.ACTIVE
    assert await session.scalar(count.where(ConsentRecord.person_id == zainab.id)) == 1
    assert await people.find_by_telegram_id(session, AMAL_TG) is None


async def test_delete_writes_an_audit_entry(session: AsyncSession, clock: ManualClock) -> None:
    _coach, amal, _zainab = await programme(session, clock)
    await privacy.delete_person(session, amal, now=clock.now())
    await session.flush()
    entries = list(await session.scalars(select(AuditEntry).where(AuditEntry.action == "person.delete")))
    assert len(entries) == 1
    assert entries[0].subject_id == amal.id
    assert entries[0].actor_id == amal.id
    assert entries[0].actor_label == "self"
    assert entries[0].at == clock.now()
    assert "Amal" not in json.dumps(entries[0].details)


async def test_deleting_a_coach_unlinks_their_participants(session: AsyncSession, clock: ManualClock) -> None:
    coach, amal, zainab = await programme(session, clock)
    other_coach = await member(session, clock, Role.COACH, 1, "Other Coach")
    elsewhere = await member(session, clock, Role.PARTICIPANT, 2, "Elsewhere", coach_id=other_coach.id)
    await session.flush()

    deletion = await privacy.delete_person(session, coach, now=clock.now())
    await session.flush()
    assert deletion.role is Role.COACH
    assert deletion.name == "Claudia Coach"
    assert deletion.coach_chat_id is None
    for participant in (amal, zainab):
        await session.refresh(participant)
        assert participant.coach_id is None
        assert participant.display_name is not None  # they keep their own data
    await session.refresh(elsewhere)
    assert elsewhere.coach_id == other_coach.id

    export = await privacy.export_person(session, amal, now=clock.now())
    assert export["programme"]["coach"] is None
    assert "Claudia" not in json.dumps(export)


async def test_no_coach_is_told_when_the_coach_is_gone(session: AsyncSession, clock: ManualClock) -> None:
    coach, amal, _zainab = await programme(session, clock)
    coach.status = PersonStatus.DECLINED
    deletion = await privacy.delete_person(session, amal, now=clock.now())
    assert deletion.coach_chat_id is None


async def test_the_same_telegram_user_can_join_again(deps: Deps, clock: ManualClock) -> None:
    async with deps.sessionmaker.begin() as session:
        _coach, amal, _zainab = await programme(session, clock)
        old_id = amal.id
        await privacy.delete_person(session, amal, now=clock.now())
    clock.advance(timedelta(days=1))
    async with deps.sessionmaker.begin() as session:
        created = await invites.create_invite(
            session, now=clock.now(), role=Role.PARTICIPANT, actor=None, ttl=TTL
        )
        again = await join(session, clock, created.token, AMAL_TG)
        new_id = again.id
        assert again.status is PersonStatus.ONBOARDING
    assert new_id != old_id
    async with deps.sessionmaker() as session:
        found = await people.find_by_telegram_id(session, AMAL_TG)
        assert found is not None and found.id == new_id
        tombstone = await session.get(Person, old_id)
        assert tombstone is not None
        assert tombstone.status is PersonStatus.DELETED
        assert tombstone.telegram_user_id is None


async def test_open_invites_of_a_deleted_coach_do_not_link_to_the_tombstone(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, _amal, _zainab = await programme(session, clock)
    created = await invites.create_invite(
        session, now=clock.now(), role=Role.PARTICIPANT, actor=coach, ttl=TTL
    )
    await privacy.delete_person(session, coach, now=clock.now())
    await session.flush()
    try:
        newcomer = await join(session, clock, created.token, 4711)
    except InviteError:
        return  # revoking the gone coach's invites would be a fine fix as well
    assert newcomer.coach_id != coach.id


async def test_export_lists_what_the_person_did_themselves(session: AsyncSession, clock: ManualClock) -> None:
    coach, _amal, _zainab = await programme(session, clock)
    await invites.create_invite(session, now=clock.now(), role=Role.PARTICIPANT, actor=coach, ttl=TTL)
    await session.flush()
    data = await privacy.export_person(session, coach, now=clock.now())
    assert [entry["action"] for entry in data["your_actions"]] == ["invite.create"]
