"""The outbox: every message the bot sends on its own is a row, planned ahead.

Rows are unique by dedupe key, so planning the same thing twice never makes two rows.
Delivery is at least once: a row claimed for sending by a process that then died is
released after CLAIM_LEASE and sent again, so a duplicate can happen only for the rows
that were in flight at the crash (at most one dispatcher batch).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import mark_urgent
from bot.models import OutboxMessage, OutboxStatus, Person, PersonStatus, Priority
from bot.services.quiet import quiet_until
from bot.services.rows import with_person

CLAIM_LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 6
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=10)
# The last error of a row not sent because its recipient blocked the bot (a broadcast's report
# counts these as blocked, apart from rows cancelled with their broadcast).
BLOCKED = "recipient blocked the bot"


@dataclass(frozen=True)
class Planned:
    recipient_id: int
    kind: str
    due_at: datetime
    priority: Priority
    dedupe_key: str
    payload: dict[str, Any]
    respect_quiet_hours: bool = True


# `attempts` of a row planned by an unfinished bulk import (appointment_import): pending, but
# not sent until release_held(). Held in a column that ix_outbox_due does not cover, so that
# releasing 40,000 rows rewrites no index entry: flipping their status instead took as long
# as writing them (2.8 s on SQLite, all under its one write lock), this 0.17 s.
HELD = -1


def _values(planned: Planned, now: datetime) -> dict[str, Any]:
    return {
        "recipient_id": planned.recipient_id,
        "kind": planned.kind,
        "payload": planned.payload,
        "due_at": planned.due_at,
        "priority": int(planned.priority),
        "dedupe_key": planned.dedupe_key,
        "respect_quiet_hours": planned.respect_quiet_hours,
        "status": OutboxStatus.PENDING,
        "attempts": 0,
        "created_at": now,
    }


# Built once per dialect; the rows' values come as the execution's parameters (built with
# them inside, the statement was made anew for every row, on every turn that plans a message).
_INSERT_NEW: dict[str, Any] = {}


def _insert_new(session: AsyncSession) -> Any:
    """A Core insert on the table that skips rows whose dedupe key exists: the ORM's bulk path
    costs more than the writing, and holds the event loop for it (planning 50,000 people
    writes 66,000 rows)."""
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    statement = _INSERT_NEW.get(dialect)
    if statement is None:
        table = cast(Table, OutboxMessage.__table__)
        insert = (pg_insert if dialect == "postgresql" else sqlite_insert)(table)
        statement = _INSERT_NEW[dialect] = insert.on_conflict_do_nothing(index_elements=["dedupe_key"])
    return statement


async def enqueue(session: AsyncSession, planned: Planned, *, now: datetime) -> bool:
    """Add a row unless one with the same dedupe key exists. True if it was added."""
    result = await session.execute(_insert_new(session), _values(planned, now))
    added = bool(getattr(result, "rowcount", 0))
    if added and planned.priority <= Priority.ALERT:
        mark_urgent(session)  # the dispatcher is woken once this commits
    return added


# Rows per INSERT: the parameters of one chunk are prepared on the event loop in one piece
# (2,000 held it ~190 ms of CPU while planning practice; 250 about 40 ms, and no slower in
# all: benchmarks/practice_planning.py, longest_stall_cpu_ms).
ENQUEUE_CHUNK = 250
ID_CHUNK = 500  # ids per IN (...), well below every engine's parameter limit


async def enqueue_many(session: AsyncSession, planned: list[Planned], *, now: datetime) -> int:
    """Many rows in a few statements (rows whose key exists are skipped); returns how many
    were added."""
    added = 0
    for start in range(0, len(planned), ENQUEUE_CHUNK):
        chunk = [_values(item, now) for item in planned[start : start + ENQUEUE_CHUNK]]
        statement = _insert_new(session)
        result = await session.execute(statement.returning(statement.table.c.id), chunk)
        added += len(result.all())
    if added and any(item.priority <= Priority.ALERT for item in planned):
        mark_urgent(session)
    return added


async def hold_many(session: AsyncSession, planned: list[Planned], *, now: datetime) -> list[int]:
    """Like enqueue_many, but the rows are HELD (never claimed) until release_held(ids); returns
    the ids of the rows added."""
    statement = _insert_new(session)
    statement = statement.returning(statement.table.c.id)
    ids: list[int] = []
    for start in range(0, len(planned), ENQUEUE_CHUNK):
        chunk = [_values(item, now) | {"attempts": HELD} for item in planned[start : start + ENQUEUE_CHUNK]]
        ids += (await session.execute(statement, chunk)).scalars()
    return ids


async def release_held(session: AsyncSession, ids: list[int]) -> None:
    """Held rows become ordinary pending rows (a cancelled one stays cancelled)."""
    for first, last in id_runs(ids):
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.between(first, last), OutboxMessage.attempts == HELD)
            .values(attempts=0)
        )


def id_runs(ids: list[int]) -> list[tuple[int, int]]:
    """The ids as runs of consecutive numbers, (first, last) each: rows written together have
    consecutive ids, so a range query or two reach them all, where IN (...) would take hundreds."""
    runs: list[tuple[int, int]] = []
    for number in sorted(ids):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


async def cancel_pending(
    session: AsyncSession,
    *,
    key_prefix: str | None = None,
    recipient_id: int | None = None,
    reason: str | None = None,
) -> int:
    """Cancel rows not yet sent: by dedupe-key prefix (one appointment) or by recipient.
    `reason` is kept as the rows' last error (BLOCKED: she blocked the bot, which a broadcast's
    report counts apart from a cancelled broadcast)."""
    statement = update(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
    if key_prefix is not None:
        statement = statement.where(OutboxMessage.dedupe_key.startswith(key_prefix, autoescape=True))
    if recipient_id is not None:
        statement = statement.where(OutboxMessage.recipient_id == recipient_id)
    values: dict[str, Any] = {"status": OutboxStatus.CANCELLED}
    if reason is not None:
        values["last_error"] = reason
    result = await session.execute(statement.values(**values))
    return int(getattr(result, "rowcount", 0))


async def release_stale_claims(
    session: AsyncSession, *, now: datetime, lease: timedelta = CLAIM_LEASE
) -> int:
    """Rows left in `sending` by a process that died go back to pending (at least once);
    a row that keeps being abandoned (it may crash the process) gives up after MAX_ATTEMPTS.
    The dispatcher asks every second and there is almost never one: a read says so first,
    and only then do the two UPDATEs run. An UPDATE takes SQLite's write lock even when it
    changes no row, and every update's commit waited while the dispatcher held it."""
    stale = (OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at < now - lease)
    if await session.scalar(select(OutboxMessage.id).where(*stale).limit(1)) is None:
        return 0
    await session.execute(
        update(OutboxMessage)
        .where(*stale, OutboxMessage.attempts >= MAX_ATTEMPTS)
        .values(status=OutboxStatus.FAILED, last_error="abandoned too often")
    )
    result = await session.execute(
        update(OutboxMessage)
        .where(*stale)
        .values(status=OutboxStatus.PENDING, last_error="released after crash or timeout")
    )
    return int(getattr(result, "rowcount", 0))


async def claim_due(session: AsyncSession, *, now: datetime, limit: int) -> list[OutboxMessage]:
    """Take due rows for sending, most urgent first.

    With PostgreSQL, FOR UPDATE SKIP LOCKED lets several bot processes claim side by side
    without taking the same row; SQLite serialises writers, one process is expected there.
    Rows inside the recipient's quiet hours are moved to the end of those hours instead.
    """
    query = (
        select(OutboxMessage)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.due_at <= now,
            OutboxMessage.attempts != HELD,
        )
        .order_by(OutboxMessage.priority, OutboxMessage.due_at, OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = list(await session.scalars(query))
    if not rows:
        return []
    recipients = {
        person.id: person
        for person in await session.scalars(
            select(Person).where(Person.id.in_({row.recipient_id for row in rows}))
        )
    }
    claimed = []
    for row in rows:
        person = recipients.get(row.recipient_id)
        if person is None or person.status is not PersonStatus.ACTIVE or person.chat_id is None:
            row.status = OutboxStatus.CANCELLED
            row.last_error = "recipient not active"
            continue
        if person.unreachable_at is not None:
            row.status = OutboxStatus.CANCELLED
            row.last_error = BLOCKED
            continue
        if row.respect_quiet_hours:
            until = quiet_until(person, now)
            if until is not None:
                row.due_at = until
                continue
        row.status = OutboxStatus.SENDING
        row.claimed_at = now
        row.attempts += 1
        claimed.append(row)
    return claimed


async def for_delivery(session: AsyncSession, row_id: int) -> tuple[OutboxMessage, Person] | None:
    """A claimed row with its recipient, in one query; None if either is gone."""
    return await with_person(session, OutboxMessage, row_id, OutboxMessage.recipient_id)


async def mark_sent(
    session: AsyncSession, row_id: int, *, now: datetime, message_id: int | None, error: str | None = None
) -> str | None:
    """Write a row down as sent, in one statement (no read first: whatever happened to the
    row meanwhile, it went out). Its kind, or None if the row is gone."""
    statement = (
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id)
        .values(status=OutboxStatus.SENT, sent_at=now, telegram_message_id=message_id, last_error=error)
        .returning(OutboxMessage.kind)
        .execution_options(synchronize_session=False)
    )
    return (await session.execute(statement)).scalar_one_or_none()


def backoff(attempts: int) -> timedelta:
    delay: timedelta = BACKOFF_BASE * (2 ** min(max(0, attempts - 1), 16))
    return min(delay, BACKOFF_CAP)


async def was_sent(session: AsyncSession, key_prefix: str) -> bool:
    """Whether any row whose dedupe key starts with the prefix has gone out."""
    found = await session.scalar(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.dedupe_key.startswith(key_prefix, autoescape=True),
            OutboxMessage.status == OutboxStatus.SENT,
        )
        .limit(1)
    )
    return found is not None


async def first_sent_at(session: AsyncSession, key_prefix: str) -> datetime | None:
    """When the first row whose dedupe key starts with the prefix went out; None if none has."""
    return await session.scalar(
        select(OutboxMessage.sent_at)
        .where(
            OutboxMessage.dedupe_key.startswith(key_prefix, autoescape=True),
            OutboxMessage.status == OutboxStatus.SENT,
        )
        .order_by(OutboxMessage.sent_at)
        .limit(1)
    )


async def pending_due_times(session: AsyncSession, *, key_prefix: str, kind: str) -> list[datetime]:
    """When the pending rows of this kind whose dedupe key starts with the prefix are due, soonest first."""
    return list(
        await session.scalars(
            select(OutboxMessage.due_at)
            .where(
                OutboxMessage.kind == kind,
                OutboxMessage.dedupe_key.startswith(key_prefix, autoescape=True),
                OutboxMessage.status == OutboxStatus.PENDING,
            )
            .order_by(OutboxMessage.due_at)
        )
    )


async def is_pending(session: AsyncSession, dedupe_key: str) -> bool:
    status = await session.scalar(select(OutboxMessage.status).where(OutboxMessage.dedupe_key == dedupe_key))
    return status is OutboxStatus.PENDING


async def pending_for(session: AsyncSession, recipient_id: int) -> list[OutboxMessage]:
    return list(
        await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient_id == recipient_id, OutboxMessage.status == OutboxStatus.PENDING)
            .order_by(OutboxMessage.due_at)
        )
    )
