"""bot/services/invites.py on a real, migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import AuditEntry, Cohort, Invite, Person, PersonStatus, Role
from bot.services import invites, people
from bot.services.invites import InviteError, InviteProblem, NotAllowedError

from seed import make_member

TZ = "Europe/Berlin"
TTL = timedelta(days=14)
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")

_next_telegram_id = iter(range(10_000, 20_000))


async def member(
    session: AsyncSession,
    clock: ManualClock,
    role: Role,
    *,
    name: str | None = None,
    status: PersonStatus = PersonStatus.ACTIVE,
) -> Person:
    telegram_id = next(_next_telegram_id)
    person = await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
        name=name,
    )
    person.status = status
    await session.flush()
    return person


async def create(
    session: AsyncSession,
    clock: ManualClock,
    role: Role = Role.PARTICIPANT,
    actor: Person | None = None,
    **kwargs: Any,
) -> invites.CreatedInvite:
    return await invites.create_invite(session, now=clock.now(), role=role, actor=actor, ttl=TTL, **kwargs)


async def join(session: AsyncSession, clock: ManualClock, token: str, telegram_user_id: int) -> Person:
    return await people.join_by_invite(
        session,
        token=token,
        telegram_user_id=telegram_user_id,
        chat_id=telegram_user_id,
        display_name=f"Joiner {telegram_user_id}",
        now=clock.now(),
        timezone=TZ,
    )


# --- the token ------------------------------------------------------------------------------


async def test_token_is_22_urlsafe_chars_of_at_least_128_bits(
    session: AsyncSession, clock: ManualClock
) -> None:
    created = await create(session, clock)
    assert TOKEN_RE.match(created.token), created.token
    # 22 characters of a 64-letter alphabet carry 132 bits; the source is 16 random bytes.
    assert invites.TOKEN_BYTES * 8 >= 128
    assert invites.looks_like_token(created.token)


async def test_tokens_are_random(session: AsyncSession, clock: ManualClock) -> None:
    tokens = {(await create(session, clock)).token for _ in range(20)}
    assert len(tokens) == 20
    hints = {token[:4] for token in tokens}
    assert len(hints) > 1  # not a counter or a fixed prefix


async def test_only_hash_and_hint_are_stored(session: AsyncSession, clock: ManualClock) -> None:
    created = await create(session, clock)
    token = created.token
    assert created.invite.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert created.invite.token_hint == token[:4]
    assert len(created.invite.token_hint) == 4

    rows = (await session.execute(text("SELECT * FROM invites"))).mappings().all()
    assert len(rows) == 1
    row = dict(rows[0])
    assert row["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert row["token_hint"] == token[:4]
    for column, value in row.items():
        assert token not in str(value), f"the token is stored in invites.{column}"

    # Nor anywhere else: the audit log, for one.
    for table in ("audit_log", "people", "cohorts", "counters", "consent_records"):
        for stored in (await session.execute(text(f"SELECT * FROM {table}"))).all():
            assert token not in " ".join(map(str, stored)), f"the token is stored in {table}"


async def test_token_redeems_once(session: AsyncSession, clock: ManualClock) -> None:
    created = await create(session, clock)
    first = await join(session, clock, created.token, 501)
    assert first.invite_id == created.invite.id
    with pytest.raises(InviteError) as caught:
        await join(session, clock, created.token, 502)
    assert caught.value.problem is InviteProblem.USED
    with pytest.raises(InviteError) as caught:
        await invites.check_token(session, created.token, now=clock.now())
    assert caught.value.problem is InviteProblem.USED
    assert await people.find_by_telegram_id(session, 502) is None


async def test_invite_expires_after_the_configured_ttl(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    assert deps.settings.invite_ttl_days == 14
    ttl = timedelta(days=deps.settings.invite_ttl_days)
    created = await invites.create_invite(
        session, now=clock.now(), role=Role.PARTICIPANT, actor=None, ttl=ttl
    )
    assert created.invite.expires_at == clock.now() + timedelta(days=14)

    almost = clock.now() + ttl - timedelta(minutes=1)
    assert (await invites.check_token(session, created.token, now=almost)).id == created.invite.id
    assert invites.invite_state(created.invite, almost) == "open"

    clock.advance(timedelta(days=15))
    with pytest.raises(InviteError) as caught:
        await invites.check_token(session, created.token, now=clock.now())
    assert caught.value.problem is InviteProblem.EXPIRED
    with pytest.raises(InviteError) as caught:
        await join(session, clock, created.token, 601)
    assert caught.value.problem is InviteProblem.EXPIRED
    assert invites.invite_state(created.invite, clock.now()) == "expired"


async def test_expiry_is_exact_at_the_boundary(session: AsyncSession, clock: ManualClock) -> None:
    created = await create(session, clock)
    with pytest.raises(InviteError) as caught:
        await invites.check_token(session, created.token, now=clock.now() + TTL)
    assert caught.value.problem is InviteProblem.EXPIRED


async def test_revoked_invite_is_refused(session: AsyncSession, clock: ManualClock) -> None:
    created = await create(session, clock)
    revoked = await invites.revoke_invite(session, created.invite.id, now=clock.now(), actor=None)
    assert revoked is not None and revoked.revoked_at == clock.now()
    with pytest.raises(InviteError) as caught:
        await join(session, clock, created.token, 701)
    assert caught.value.problem is InviteProblem.REVOKED
    assert invites.invite_state(revoked, clock.now()) == "revoked"


async def test_revoking_an_unknown_invite_returns_none(session: AsyncSession, clock: ManualClock) -> None:
    assert await invites.revoke_invite(session, 9999, now=clock.now(), actor=None) is None


async def test_unknown_but_well_formed_token(session: AsyncSession, clock: ManualClock) -> None:
    await create(session, clock)
    with pytest.raises(InviteError) as caught:
        await invites.check_token(session, "A" * 22, now=clock.now())
    assert caught.value.problem is InviteProblem.UNKNOWN


JUNK = [
    "",
    "🙂" * 22,
    "abc😀defghijklmnopqrstu",
    "x" * 2000,
    "abcd efgh ijkl mnop qrst",
    " " * 22,
    "abcdefghijklmnopqrstuv\n",
    "مرحبا بك في البوت هنا الآن",
    "\u202eabcdefghijklmnopqrstu",
    "abcdefghijklmnopqrstu=",
    "abcdefghijklmnopqrstu/",
    "short",
    "' OR 1=1 --abcdefghijkl",
]


@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
def test_looks_like_token_rejects_junk(junk: str) -> None:
    assert not invites.looks_like_token(junk)


async def test_junk_tokens_are_unknown(session: AsyncSession, clock: ManualClock) -> None:
    await create(session, clock)
    for junk in JUNK:
        with pytest.raises(InviteError) as caught:
            await invites.check_token(session, junk, now=clock.now())
        assert caught.value.problem is InviteProblem.UNKNOWN, junk
        with pytest.raises(InviteError) as caught:
            await join(session, clock, junk, 801)
        assert caught.value.problem is InviteProblem.UNKNOWN, junk
    assert await people.find_by_telegram_id(session, 801) is None


def test_deep_link() -> None:
    assert invites.deep_link("BegleiterBot", "abc") == "https://t.me/BegleiterBot?start=abc"


# --- who may invite whom ----------------------------------------------------------------------


async def test_may_invite_rules(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF)
    coach = await member(session, clock, Role.COACH)
    participant = await member(session, clock, Role.PARTICIPANT)
    for role in Role:
        assert invites.may_invite(None, role), role  # the command line
        assert invites.may_invite(staff, role), role
        assert not invites.may_invite(participant, role), role
    assert invites.may_invite(coach, Role.PARTICIPANT)
    assert not invites.may_invite(coach, Role.COACH)
    assert not invites.may_invite(coach, Role.STAFF)


@pytest.mark.parametrize("status", [PersonStatus.ONBOARDING, PersonStatus.DECLINED, PersonStatus.DELETED])
async def test_inactive_people_may_not_invite(
    session: AsyncSession, clock: ManualClock, status: PersonStatus
) -> None:
    coach = await member(session, clock, Role.COACH, status=status)
    staff = await member(session, clock, Role.STAFF, status=status)
    for role in Role:
        assert not invites.may_invite(coach, role)
        assert not invites.may_invite(staff, role)
    with pytest.raises(NotAllowedError):
        await create(session, clock, Role.PARTICIPANT, actor=coach)
    with pytest.raises(NotAllowedError):
        await create(session, clock, Role.PARTICIPANT, actor=staff)


async def test_create_invite_enforces_may_invite(session: AsyncSession, clock: ManualClock) -> None:
    coach = await member(session, clock, Role.COACH)
    participant = await member(session, clock, Role.PARTICIPANT)
    with pytest.raises(NotAllowedError):
        await create(session, clock, Role.COACH, actor=coach)
    with pytest.raises(NotAllowedError):
        await create(session, clock, Role.STAFF, actor=coach)
    with pytest.raises(NotAllowedError):
        await create(session, clock, Role.PARTICIPANT, actor=participant)
    assert await session.scalar(select(func.count()).select_from(Invite)) == 0


async def test_coach_invite_always_carries_the_coach_themself(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach = await member(session, clock, Role.COACH)
    other = await member(session, clock, Role.COACH)
    plain = await create(session, clock, Role.PARTICIPANT, actor=coach)
    assert plain.invite.coach_id == coach.id
    assert plain.invite.created_by_id == coach.id
    # Even when the coach names somebody else.
    redirected = await create(session, clock, Role.PARTICIPANT, actor=coach, coach=other)
    assert redirected.invite.coach_id == coach.id
    joined = await join(session, clock, redirected.token, 901)
    assert joined.coach_id == coach.id


async def test_staff_may_choose_the_coach_of_a_participant(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF)
    coach = await member(session, clock, Role.COACH)
    created = await create(session, clock, Role.PARTICIPANT, actor=staff, coach=coach)
    assert created.invite.coach_id == coach.id
    assert created.invite.created_by_id == staff.id
    without = await create(session, clock, Role.PARTICIPANT, actor=staff)
    assert without.invite.coach_id is None


async def test_the_chosen_coach_must_be_an_active_coach(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF)
    not_a_coach = await member(session, clock, Role.STAFF)
    gone_coach = await member(session, clock, Role.COACH, status=PersonStatus.DECLINED)
    for coach in (not_a_coach, gone_coach):
        with pytest.raises(ValueError, match="coach"):
            await create(session, clock, Role.PARTICIPANT, actor=staff, coach=coach)


@pytest.mark.parametrize("role", [Role.COACH, Role.STAFF])
async def test_coach_and_staff_invites_carry_no_coach(
    session: AsyncSession, clock: ManualClock, role: Role
) -> None:
    staff = await member(session, clock, Role.STAFF)
    coach = await member(session, clock, Role.COACH)
    for actor in (staff, None):
        created = await create(session, clock, role, actor=actor, coach=coach)
        assert created.invite.coach_id is None
        assert created.invite.role is role


async def test_max_uses_must_be_positive(session: AsyncSession, clock: ManualClock) -> None:
    with pytest.raises(ValueError, match="max_uses"):
        await create(session, clock, max_uses=0)


async def test_a_cohort_travels_with_the_invite(session: AsyncSession, clock: ManualClock) -> None:
    cohort = await invites.get_or_create_cohort(session, "Kassel 2026 A", now=clock.now())
    created = await create(session, clock, cohort=cohort)
    assert created.invite.cohort_id == cohort.id


# --- audit and revocation ---------------------------------------------------------------------


async def _audit(session: AsyncSession, action: str) -> list[AuditEntry]:
    return list(
        await session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
    )


async def test_creating_writes_an_audit_entry(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF)
    by_staff = await create(session, clock, Role.COACH, actor=staff)
    by_cli = await create(session, clock, Role.STAFF)
    await session.flush()
    entries = await _audit(session, "invite.create")
    assert len(entries) == 2
    assert entries[0].actor_id == staff.id
    assert entries[0].actor_label == "person"
    assert entries[0].details["invite_id"] == by_staff.invite.id
    assert entries[0].details["role"] == "coach"
    assert entries[0].at == clock.now()
    assert entries[1].actor_id is None
    assert entries[1].actor_label == "cli"
    assert entries[1].details["invite_id"] == by_cli.invite.id


async def test_revoking_writes_an_audit_entry_once(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF)
    created = await create(session, clock, actor=staff)
    await invites.revoke_invite(session, created.invite.id, now=clock.now(), actor=staff)
    clock.advance(timedelta(hours=1))
    again = await invites.revoke_invite(session, created.invite.id, now=clock.now(), actor=staff)
    assert again is not None
    assert again.revoked_at == clock.now() - timedelta(hours=1)  # the first revocation stands
    await session.flush()
    entries = await _audit(session, "invite.revoke")
    assert len(entries) == 1
    assert entries[0].actor_id == staff.id
    assert entries[0].details == {"invite_id": created.invite.id}


async def test_a_coach_cannot_revoke_anothers_invite(session: AsyncSession, clock: ManualClock) -> None:
    mine = await member(session, clock, Role.COACH)
    other = await member(session, clock, Role.COACH)
    staff = await member(session, clock, Role.STAFF)
    created = await create(session, clock, actor=mine)
    cli_made = await create(session, clock)
    with pytest.raises(NotAllowedError):
        await invites.revoke_invite(session, created.invite.id, now=clock.now(), actor=other)
    with pytest.raises(NotAllowedError):
        await invites.revoke_invite(session, cli_made.invite.id, now=clock.now(), actor=other)
    assert created.invite.revoked_at is None
    # The token still works after the refused attempt.
    await invites.check_token(session, created.token, now=clock.now())
    # The coach who made it may, and so may staff.
    own = await create(session, clock, actor=mine)
    assert await invites.revoke_invite(session, own.invite.id, now=clock.now(), actor=mine)
    assert await invites.revoke_invite(session, created.invite.id, now=clock.now(), actor=staff)
    assert created.invite.revoked_at == clock.now()


# --- cohorts ----------------------------------------------------------------------------------


async def test_cohort_names_are_normalised_and_reused(session: AsyncSession, clock: ManualClock) -> None:
    first = await invites.get_or_create_cohort(session, "  Kassel \t 2026\n A  ", now=clock.now())
    assert first.name == "Kassel 2026 A"
    assert first.created_at == clock.now()
    again = await invites.get_or_create_cohort(session, "Kassel 2026 A", now=clock.now())
    assert again.id == first.id
    also = await invites.get_or_create_cohort(session, "Kassel   2026   A", now=clock.now())
    assert also.id == first.id
    other = await invites.get_or_create_cohort(session, "Kassel 2026 B", now=clock.now())
    assert other.id != first.id
    assert await session.scalar(select(func.count()).select_from(Cohort)) == 2
    recent = await invites.recent_cohorts(session)
    assert [cohort.id for cohort in recent] == [other.id, first.id]


@pytest.mark.parametrize("name", ["", "   ", "\n\t", "x" * 81, "y " * 41])
async def test_cohort_names_must_have_1_to_80_chars(
    session: AsyncSession, clock: ManualClock, name: str
) -> None:
    with pytest.raises(ValueError, match="1 to 80"):
        await invites.get_or_create_cohort(session, name, now=clock.now())
    assert await session.scalar(select(func.count()).select_from(Cohort)) == 0


async def test_cohort_name_of_80_chars_fits(session: AsyncSession, clock: ManualClock) -> None:
    name = "Ä" * 80
    cohort = await invites.get_or_create_cohort(session, name, now=clock.now())
    await session.flush()
    stored = await session.scalar(text("SELECT name FROM cohorts"))
    assert stored == name == cohort.name
    # Whitespace around an 80-character name is not counted.
    padded = await invites.get_or_create_cohort(session, f"   {name}   ", now=clock.now())
    assert padded.id == cohort.id


# --- listing ----------------------------------------------------------------------------------


async def _list_open(session: AsyncSession, now: datetime) -> list[Invite]:
    return await invites.list_invites(session, now=now)


async def test_list_invites_hides_used_and_revoked(session: AsyncSession, clock: ManualClock) -> None:
    open_one = await create(session, clock)
    used = await create(session, clock)
    revoked = await create(session, clock)
    await join(session, clock, used.token, 1001)
    await invites.revoke_invite(session, revoked.invite.id, now=clock.now(), actor=None)
    await session.flush()

    listed = await invites.list_invites(session, now=clock.now())
    assert [invite.id for invite in listed] == [open_one.invite.id]
    everything = await invites.list_invites(session, now=clock.now(), include_closed=True)
    assert [invite.id for invite in everything] == [
        open_one.invite.id,
        used.invite.id,
        revoked.invite.id,
    ]
    states = [invites.invite_state(invite, clock.now()) for invite in everything]
    assert states == ["open", "used", "revoked"]


async def test_multi_use_invite_stays_open_until_spent(session: AsyncSession, clock: ManualClock) -> None:
    created = await create(session, clock, max_uses=2)
    await join(session, clock, created.token, 1101)
    await session.flush()
    assert [invite.id for invite in await invites.list_invites(session, now=clock.now())] == [
        created.invite.id
    ]
    await join(session, clock, created.token, 1102)
    await session.flush()
    assert await invites.list_invites(session, now=clock.now()) == []
    with pytest.raises(InviteError) as caught:
        await join(session, clock, created.token, 1103)
    assert caught.value.problem is InviteProblem.USED


async def test_list_invites_hides_expired(session: AsyncSession, clock: ManualClock) -> None:
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)  # expired whichever clock list_invites uses
    expired = await invites.create_invite(session, now=long_ago, role=Role.PARTICIPANT, actor=None, ttl=TTL)
    fresh = await create(session, clock)
    await session.flush()
    assert invites.invite_state(expired.invite, clock.now()) == "expired"
    listed = await _list_open(session, clock.now())
    assert [invite.id for invite in listed] == [fresh.invite.id]
