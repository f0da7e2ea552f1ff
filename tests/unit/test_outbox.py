"""bot/services/outbox.py and bot/services/quiet.py on a real, migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import OutboxMessage, OutboxStatus, Person, PersonStatus, Priority, Role
from bot.services import outbox
from bot.services.outbox import (
    BACKOFF_BASE,
    BACKOFF_CAP,
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    Planned,
    backoff,
    cancel_pending,
    claim_due,
    enqueue,
    release_stale_claims,
)
from bot.services.quiet import quiet_until

from seed import make_member

TZ = "Europe/Berlin"
BERLIN_EVENING = datetime(2026, 11, 23, 21, 30, tzinfo=UTC)  # 22:30 in Berlin (CET, UTC+1)

_telegram_ids = itertools.count(40_000)


async def member(
    session: AsyncSession,
    clock: ManualClock,
    role: Role = Role.PARTICIPANT,
    *,
    quiet: tuple[time, time] | None = (time(21, 0), time(8, 0)),
) -> Person:
    telegram_id = next(_telegram_ids)
    person = await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
    )
    person.quiet_start, person.quiet_end = quiet if quiet else (None, None)
    await session.flush()
    return person


def planned(
    recipient: Person,
    key: str,
    *,
    due_at: datetime,
    priority: Priority = Priority.REMINDER,
    quiet: bool = True,
    kind: str = "test.kind",
) -> Planned:
    return Planned(
        recipient_id=recipient.id,
        kind=kind,
        due_at=due_at,
        priority=priority,
        dedupe_key=key,
        payload={"n": key},
        respect_quiet_hours=quiet,
    )


async def add(
    session: AsyncSession, clock: ManualClock, recipient: Person, key: str, **kwargs: object
) -> None:
    kwargs.setdefault("due_at", clock.now())
    assert await enqueue(session, planned(recipient, key, **kwargs), now=clock.now())  # type: ignore[arg-type]


async def rows(session: AsyncSession) -> dict[str, OutboxMessage]:
    return {row.dedupe_key: row for row in await session.scalars(select(OutboxMessage))}


async def statuses(session: AsyncSession) -> dict[str, OutboxStatus]:
    result = await session.execute(select(OutboxMessage.dedupe_key, OutboxMessage.status))
    return {key: status for key, status in result.all()}


async def set_status(session: AsyncSession, key: str, status: OutboxStatus, **values: object) -> None:
    row = await session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
    assert row is not None
    row.status = status
    for name, value in values.items():
        setattr(row, name, value)
    await session.flush()


# -- enqueue -------------------------------------------------------------------------------


async def test_enqueue_twice_with_the_same_key_keeps_one_row(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    first = planned(person, "apt:1:v1:new", due_at=clock.now(), priority=Priority.INTERACTIVE)
    again = planned(person, "apt:1:v1:new", due_at=clock.now() + timedelta(hours=5), priority=Priority.ALERT)

    assert await enqueue(session, first, now=clock.now()) is True
    assert await enqueue(session, again, now=clock.now()) is False

    stored = list(await session.scalars(select(OutboxMessage)))
    assert len(stored) == 1
    row = stored[0]
    # The first planning wins: nothing of the second one is taken over.
    assert row.due_at == clock.now()
    assert row.priority == Priority.INTERACTIVE
    assert row.status is OutboxStatus.PENDING
    assert row.attempts == 0
    assert row.payload == {"n": "apt:1:v1:new"}
    assert row.respect_quiet_hours is True
    assert row.created_at == clock.now()


async def test_enqueue_after_the_row_was_sent_still_does_not_duplicate(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    await add(session, clock, person, "k")
    await set_status(session, "k", OutboxStatus.SENT)
    assert await enqueue(session, planned(person, "k", due_at=clock.now()), now=clock.now()) is False
    assert await statuses(session) == {"k": OutboxStatus.SENT}


# -- cancel_pending ------------------------------------------------------------------------


async def test_cancel_pending_by_key_prefix_leaves_sent_and_other_appointments_alone(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    for key in (
        "apt:1:v1:new",
        "apt:1:v1:reminder:1440",
        "apt:1:v1:reminder:120",
        "apt:1:v2:new",
        "apt:10:v1:new",  # "apt:1" is a prefix of it, "apt:1:" is not
        "apt:12:v1:new",  # would match a LIKE pattern "apt:1_:" without escaping
    ):
        await add(session, clock, person, key)
    await set_status(session, "apt:1:v1:new", OutboxStatus.SENT)
    await set_status(session, "apt:1:v1:reminder:1440", OutboxStatus.SENDING)

    assert await cancel_pending(session, key_prefix="apt:1:v1:") == 1
    assert await statuses(session) == {
        "apt:1:v1:new": OutboxStatus.SENT,
        "apt:1:v1:reminder:1440": OutboxStatus.SENDING,  # in flight: not touched
        "apt:1:v1:reminder:120": OutboxStatus.CANCELLED,
        "apt:1:v2:new": OutboxStatus.PENDING,
        "apt:10:v1:new": OutboxStatus.PENDING,
        "apt:12:v1:new": OutboxStatus.PENDING,
    }

    assert await cancel_pending(session, key_prefix="apt:1_:") == 0  # _ is not a wildcard
    assert await cancel_pending(session, key_prefix="apt:1:") == 1  # every version of apt 1
    current = await statuses(session)
    assert current["apt:1:v2:new"] is OutboxStatus.CANCELLED
    assert current["apt:10:v1:new"] is OutboxStatus.PENDING
    assert current["apt:12:v1:new"] is OutboxStatus.PENDING
    assert await cancel_pending(session, key_prefix="apt:1:") == 0  # nothing twice


async def test_pending_due_times_of_one_kind_and_key_prefix_soonest_first(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    start = clock.now()
    for key, kind, hours in (
        ("apt:1:v1:reminder:1440", "appointment.reminder", 24),
        ("apt:1:v1:reminder:120", "appointment.reminder", 46),
        ("apt:1:v1:new", "appointment.new", 0),  # another kind
        ("apt:1:v2:reminder:60", "appointment.reminder", 47),
        ("apt:10:v1:reminder:120", "appointment.reminder", 1),  # "apt:1:" is not its prefix
        ("apt:12:v1:reminder:120", "appointment.reminder", 2),  # would match "apt:1_:" unescaped
    ):
        await add(session, clock, person, key, kind=kind, due_at=start + timedelta(hours=hours))
    await set_status(session, "apt:1:v2:reminder:60", OutboxStatus.SENT)

    due = await outbox.pending_due_times(session, key_prefix="apt:1:", kind="appointment.reminder")
    assert due == [start + timedelta(hours=24), start + timedelta(hours=46)]
    assert await outbox.pending_due_times(session, key_prefix="apt:1_:", kind="appointment.reminder") == []
    assert await outbox.pending_due_times(session, key_prefix="apt:2:", kind="appointment.reminder") == []


async def test_cancel_pending_by_recipient(session: AsyncSession, clock: ManualClock) -> None:
    amal = await member(session, clock)
    zainab = await member(session, clock)
    await add(session, clock, amal, "a-sent")
    await add(session, clock, amal, "a-pending")
    await add(session, clock, amal, "a-later", due_at=clock.now() + timedelta(days=3))
    await add(session, clock, amal, "a-failed")
    await add(session, clock, zainab, "z-pending")
    await set_status(session, "a-sent", OutboxStatus.SENT)
    await set_status(session, "a-failed", OutboxStatus.FAILED)

    assert await cancel_pending(session, recipient_id=amal.id) == 2
    assert await statuses(session) == {
        "a-sent": OutboxStatus.SENT,
        "a-pending": OutboxStatus.CANCELLED,
        "a-later": OutboxStatus.CANCELLED,
        "a-failed": OutboxStatus.FAILED,
        "z-pending": OutboxStatus.PENDING,
    }
    assert [row.dedupe_key for row in await outbox.pending_for(session, zainab.id)] == ["z-pending"]
    assert await outbox.pending_for(session, amal.id) == []


# -- claim_due -----------------------------------------------------------------------------


async def test_claim_due_orders_by_priority_then_due_at_and_respects_limit(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    now = clock.now()
    await add(
        session, clock, person, "broadcast-old", priority=Priority.BROADCAST, due_at=now - timedelta(hours=9)
    )
    await add(
        session, clock, person, "reminder-new", priority=Priority.REMINDER, due_at=now - timedelta(minutes=1)
    )
    await add(
        session, clock, person, "reminder-old", priority=Priority.REMINDER, due_at=now - timedelta(hours=1)
    )
    await add(session, clock, person, "alert", priority=Priority.ALERT, due_at=now)
    await add(session, clock, person, "crisis", priority=Priority.CRISIS, due_at=now - timedelta(seconds=1))
    await add(session, clock, person, "future", priority=Priority.CRISIS, due_at=now + timedelta(seconds=1))

    first = await claim_due(session, now=now, limit=3)
    assert [row.dedupe_key for row in first] == ["crisis", "alert", "reminder-old"]
    for row in first:
        assert row.status is OutboxStatus.SENDING
        assert row.claimed_at == now
        assert row.attempts == 1

    second = await claim_due(session, now=now, limit=3)
    assert [row.dedupe_key for row in second] == ["reminder-new", "broadcast-old"]
    assert await claim_due(session, now=now, limit=3) == []
    assert (await statuses(session))["future"] is OutboxStatus.PENDING  # not yet due

    clock.advance(timedelta(seconds=1))
    assert [row.dedupe_key for row in await claim_due(session, now=clock.now(), limit=3)] == ["future"]


async def test_claim_due_same_priority_and_time_goes_by_id(session: AsyncSession, clock: ManualClock) -> None:
    person = await member(session, clock)
    for number in range(5):
        await add(session, clock, person, f"r{number}")
    assert [row.dedupe_key for row in await claim_due(session, now=clock.now(), limit=10)] == [
        f"r{number}" for number in range(5)
    ]


async def test_claim_due_moves_rows_in_quiet_hours_to_their_end(
    session: AsyncSession, clock: ManualClock
) -> None:
    clock.set(BERLIN_EVENING)  # 22:30 in Berlin: inside 21:00-08:00
    sleeper = await member(session, clock)
    no_quiet = await member(session, clock, quiet=None)
    await add(session, clock, sleeper, "news", priority=Priority.INTERACTIVE)
    await add(session, clock, sleeper, "reminder", quiet=False)
    await add(session, clock, no_quiet, "news-for-night-owl", priority=Priority.INTERACTIVE)

    claimed = await claim_due(session, now=clock.now(), limit=10)
    assert sorted(row.dedupe_key for row in claimed) == ["news-for-night-owl", "reminder"]
    news = (await rows(session))["news"]
    assert news.status is OutboxStatus.PENDING
    assert news.due_at == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 08:00 in Berlin
    assert news.attempts == 0
    assert news.claimed_at is None

    # Until then it is not due; at the end of the quiet hours it goes.
    clock.set(datetime(2026, 11, 24, 6, 59, 59, tzinfo=UTC))
    assert await claim_due(session, now=clock.now(), limit=10) == []
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    assert [row.dedupe_key for row in await claim_due(session, now=clock.now(), limit=10)] == ["news"]


async def test_claim_due_in_a_midday_quiet_window(session: AsyncSession, clock: ManualClock) -> None:
    person = await member(session, clock, quiet=(time(13, 0), time(15, 0)))
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))  # 13:00 in Berlin
    await add(session, clock, person, "news")
    assert await claim_due(session, now=clock.now(), limit=10) == []
    assert (await rows(session))["news"].due_at == datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


async def test_claim_due_cancels_rows_of_people_who_cannot_be_written_to(
    session: AsyncSession, clock: ManualClock
) -> None:
    active = await member(session, clock)
    deleted = await member(session, clock)
    declined = await member(session, clock)
    blocked = await member(session, clock)
    onboarding = await member(session, clock)
    no_chat = await member(session, clock)
    for person, key in (
        (active, "active"),
        (deleted, "deleted"),
        (declined, "declined"),
        (blocked, "blocked"),
        (onboarding, "onboarding"),
        (no_chat, "no-chat"),
    ):
        await add(session, clock, person, key, quiet=False)
    deleted.status = PersonStatus.DELETED
    declined.status = PersonStatus.DECLINED
    onboarding.status = PersonStatus.ONBOARDING
    blocked.unreachable_at = clock.now() - timedelta(days=1)
    no_chat.chat_id = None
    await session.flush()

    claimed = await claim_due(session, now=clock.now(), limit=10)
    assert [row.dedupe_key for row in claimed] == ["active"]
    result = await rows(session)
    assert {key: row.status for key, row in result.items()} == {
        "active": OutboxStatus.SENDING,
        "deleted": OutboxStatus.CANCELLED,
        "declined": OutboxStatus.CANCELLED,
        "blocked": OutboxStatus.CANCELLED,
        "onboarding": OutboxStatus.CANCELLED,
        "no-chat": OutboxStatus.CANCELLED,
    }
    assert result["blocked"].last_error == "recipient blocked the bot"
    assert result["deleted"].last_error == "recipient not active"
    assert await claim_due(session, now=clock.now(), limit=10) == []


# -- release_stale_claims ------------------------------------------------------------------


async def test_release_stale_claims_only_after_the_lease(session: AsyncSession, clock: ManualClock) -> None:
    person = await member(session, clock)
    now = clock.now()
    for key in ("old", "at-lease", "young", "sent"):
        await add(session, clock, person, key)
    await set_status(
        session, "old", OutboxStatus.SENDING, claimed_at=now - CLAIM_LEASE - timedelta(seconds=1)
    )
    await set_status(session, "at-lease", OutboxStatus.SENDING, claimed_at=now - CLAIM_LEASE)
    await set_status(session, "young", OutboxStatus.SENDING, claimed_at=now - timedelta(seconds=30))
    await set_status(session, "sent", OutboxStatus.SENT, claimed_at=now - timedelta(hours=1))

    assert await release_stale_claims(session, now=now) == 1
    result = await rows(session)
    assert result["old"].status is OutboxStatus.PENDING
    assert result["old"].last_error == "released after crash or timeout"
    assert result["at-lease"].status is OutboxStatus.SENDING
    assert result["young"].status is OutboxStatus.SENDING
    assert result["sent"].status is OutboxStatus.SENT

    assert await release_stale_claims(session, now=now + timedelta(seconds=1)) == 1  # now "at-lease"
    assert await release_stale_claims(session, now=now + CLAIM_LEASE + timedelta(seconds=1)) == 1  # "young"
    assert await release_stale_claims(session, now=now + timedelta(days=1)) == 0


async def test_with_no_stale_claim_releasing_only_reads(deps: Deps, clock: ManualClock) -> None:
    """The dispatcher asks every second: with nothing stale that is one SELECT, no UPDATE
    (which takes SQLite's write lock even when it changes no row)."""
    async with deps.sessionmaker.begin() as session:
        person = await member(session, clock)
        await add(session, clock, person, "young")
        await set_status(session, "young", OutboxStatus.SENDING, claimed_at=clock.now())
    statements: list[str] = []
    engine = deps.engine.sync_engine
    listener = lambda *args: statements.append(args[2].split(None, 1)[0].upper())  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        async with deps.sessionmaker.begin() as session:
            assert await release_stale_claims(session, now=clock.now() + CLAIM_LEASE) == 0
            assert statements == ["SELECT"]
            statements.clear()
            assert (
                await release_stale_claims(session, now=clock.now() + CLAIM_LEASE + timedelta(seconds=1)) == 1
            )
            assert statements == ["SELECT", "UPDATE", "UPDATE"]
    finally:
        event.remove(engine, "before_cursor_execute", listener)


async def test_a_released_row_is_claimed_again_with_one_more_attempt(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    await add(session, clock, person, "r", quiet=False)
    [row] = await claim_due(session, now=clock.now(), limit=1)
    assert row.attempts == 1
    clock.advance(CLAIM_LEASE + timedelta(seconds=1))
    assert await release_stale_claims(session, now=clock.now()) == 1
    [again] = await claim_due(session, now=clock.now(), limit=1)
    assert again.dedupe_key == "r"
    assert again.attempts == 2
    assert again.claimed_at == clock.now()


async def test_for_delivery_reads_the_row_with_its_recipient(
    session: AsyncSession, clock: ManualClock
) -> None:
    person = await member(session, clock)
    await add(session, clock, person, "r", quiet=False)
    [row] = await claim_due(session, now=clock.now(), limit=1)
    found = await outbox.for_delivery(session, row.id)
    assert found is not None
    assert (found[0].dedupe_key, found[1].id) == ("r", person.id)
    assert await outbox.for_delivery(session, row.id + 1000) is None


async def test_mark_sent_writes_it_down_in_one_statement(session: AsyncSession, clock: ManualClock) -> None:
    person = await member(session, clock)
    await add(session, clock, person, "r", quiet=False, kind="appointment.reminder")
    [row] = await claim_due(session, now=clock.now(), limit=1)
    row_id = row.id
    clock.advance(timedelta(seconds=2))
    kind = await outbox.mark_sent(session, row_id, now=clock.now(), message_id=77)
    assert kind == "appointment.reminder"
    session.expire_all()
    sent = await session.get(OutboxMessage, row_id)
    assert sent is not None
    assert (sent.status, sent.telegram_message_id, sent.sent_at, sent.last_error) == (
        OutboxStatus.SENT,
        77,
        clock.now(),
        None,
    )
    assert await outbox.mark_sent(session, row_id + 1000, now=clock.now(), message_id=1) is None


# -- backoff -------------------------------------------------------------------------------


def test_backoff_grows_and_caps() -> None:
    assert backoff(0) == BACKOFF_BASE
    assert backoff(1) == timedelta(seconds=5)
    assert backoff(2) == timedelta(seconds=10)
    assert backoff(3) == timedelta(seconds=20)
    assert backoff(MAX_ATTEMPTS) == timedelta(seconds=5 * 2 ** (MAX_ATTEMPTS - 1))
    delays = [backoff(attempts) for attempts in range(1, 30)]
    assert delays == sorted(delays)
    assert max(delays) == BACKOFF_CAP == timedelta(minutes=10)
    assert backoff(7) == timedelta(seconds=320)
    assert backoff(8) == BACKOFF_CAP  # 640 s would be more than the cap
    assert backoff(40) == BACKOFF_CAP


# -- quiet_until ---------------------------------------------------------------------------


def person_with(start: time | None, end: time | None, zone: str = TZ) -> Person:
    return Person(quiet_start=start, quiet_end=end, timezone=zone)


def berlin(year: int, month: int, day: int, hour: int, minute: int = 0, *, fold: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(TZ), fold=fold)


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


NIGHT = person_with(time(21, 0), time(8, 0))


@pytest.mark.parametrize(
    ("moment", "until"),
    [
        (berlin(2026, 11, 23, 20, 59), None),
        (berlin(2026, 11, 23, 21, 0), utc(2026, 11, 24, 7)),  # evening part: ends tomorrow
        (berlin(2026, 11, 23, 23, 59), utc(2026, 11, 24, 7)),
        (berlin(2026, 11, 24, 0, 0), utc(2026, 11, 24, 7)),  # early-morning part: ends today
        (berlin(2026, 11, 24, 7, 59), utc(2026, 11, 24, 7)),
        (berlin(2026, 11, 24, 8, 0), None),
        (berlin(2026, 11, 24, 12, 0), None),
    ],
)
def test_quiet_until_wraps_midnight(moment: datetime, until: datetime | None) -> None:
    assert quiet_until(NIGHT, moment.astimezone(UTC)) == until


@pytest.mark.parametrize(
    ("moment", "until"),
    [
        (berlin(2026, 11, 23, 12, 59), None),
        (berlin(2026, 11, 23, 13, 0), utc(2026, 11, 23, 14)),
        (berlin(2026, 11, 23, 14, 59), utc(2026, 11, 23, 14)),
        (berlin(2026, 11, 23, 15, 0), None),
        (berlin(2026, 11, 23, 23, 0), None),
    ],
)
def test_quiet_until_within_one_day(moment: datetime, until: datetime | None) -> None:
    assert quiet_until(person_with(time(13, 0), time(15, 0)), moment.astimezone(UTC)) == until


@pytest.mark.parametrize(
    "person",
    [person_with(None, None), person_with(time(21, 0), None), person_with(time(8, 0), time(8, 0))],
)
def test_quiet_until_without_quiet_hours(person: Person) -> None:
    for hour in range(24):
        assert quiet_until(person, utc(2026, 11, 23, hour)) is None


@pytest.mark.parametrize(
    ("moment", "until"),
    [
        # Autumn: 2026-10-25 03:00 CEST becomes 02:00 CET. 08:00 local is 06:00 UTC before, 07:00 after.
        (utc(2026, 10, 23, 19, 30), utc(2026, 10, 24, 6)),  # Fri 21:30 CEST -> Sat 08:00 CEST
        (utc(2026, 10, 24, 19, 30), utc(2026, 10, 25, 7)),  # Sat 21:30 CEST -> Sun 08:00 CET
        (utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 7)),  # Sun 02:30 CEST (first 02:30)
        (utc(2026, 10, 25, 1, 30), utc(2026, 10, 25, 7)),  # Sun 02:30 CET (second 02:30)
        (utc(2026, 10, 25, 6, 59), utc(2026, 10, 25, 7)),  # Sun 07:59 CET
        (utc(2026, 10, 25, 7, 0), None),  # Sun 08:00 CET
        (utc(2026, 10, 25, 20, 0), utc(2026, 10, 26, 7)),  # Sun 21:00 CET -> Mon 08:00 CET
        # Spring: 2027-03-28 02:00 CET becomes 03:00 CEST. 08:00 local is 07:00 UTC before, 06:00 after.
        (utc(2027, 3, 26, 21, 0), utc(2027, 3, 27, 7)),  # Fri 22:00 CET -> Sat 08:00 CET
        (utc(2027, 3, 27, 21, 0), utc(2027, 3, 28, 6)),  # Sat 22:00 CET -> Sun 08:00 CEST
        (utc(2027, 3, 28, 0, 59), utc(2027, 3, 28, 6)),  # Sun 01:59 CET
        (utc(2027, 3, 28, 1, 0), utc(2027, 3, 28, 6)),  # Sun 03:00 CEST
        (utc(2027, 3, 28, 5, 59), utc(2027, 3, 28, 6)),  # Sun 07:59 CEST
        (utc(2027, 3, 28, 6, 0), None),  # Sun 08:00 CEST
        (utc(2027, 3, 28, 19, 0), utc(2027, 3, 29, 6)),  # Sun 21:00 CEST -> Mon 08:00 CEST
    ],
)
def test_quiet_hours_end_at_eight_local_across_summer_time_changes(
    moment: datetime, until: datetime | None
) -> None:
    result = quiet_until(NIGHT, moment)
    assert result == until
    if result is not None:
        assert result.tzinfo is UTC
        assert result.astimezone(ZoneInfo(TZ)).time() == time(8, 0)


def test_quiet_hours_of_a_person_in_another_zone() -> None:
    kabul = person_with(time(21, 0), time(8, 0), "Asia/Kabul")  # UTC+04:30, no summer time
    assert quiet_until(kabul, utc(2026, 11, 23, 17, 0)) == utc(2026, 11, 24, 3, 30)  # 21:30 in Kabul
    assert quiet_until(kabul, utc(2026, 11, 23, 3, 30)) is None  # 08:00 in Kabul
