"""A member's update while SQLite is busy (a CSV import running beside the bot): it is done,
not failed with "database is locked"."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot import db
from bot.app import build_deps
from bot.decks import TYPED, Kind
from bot.models import Appointment, AppointmentStatus, Person
from bot.services.appointment_import import ImportReport, import_appointments
from bot.services.dose import Dose

from harness import Harness, make_settings
from seed import Cast, deps_of, in_dose

BERLIN = ZoneInfo("Europe/Berlin")


def sqlite_path(harness: Harness) -> Path:
    database = deps_of(harness).engine.url.database
    assert database
    return Path(database)


class OtherWriter:
    """Another process holding SQLite's write lock (an import's batch) from begin() until the
    bot has found it locked and said it tries again (bot.db's log)."""

    def __init__(self, harness: Harness) -> None:
        self.path = sqlite_path(harness)
        self.seen = _Seen()
        self.locked = threading.Event()
        self.thread: threading.Thread | None = None
        logging.getLogger("bot.db").addHandler(self.seen)

    def _hold(self) -> None:
        other = sqlite3.connect(self.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        self.locked.set()
        self.seen.event.wait(timeout=10)
        other.execute("COMMIT")
        other.close()

    async def begin(self) -> None:
        self.thread = threading.Thread(target=self._hold)
        self.thread.start()
        await asyncio.to_thread(self.locked.wait, 10)

    async def end(self) -> None:
        if self.thread is not None:
            await asyncio.to_thread(self.thread.join)
        logging.getLogger("bot.db").removeHandler(self.seen)


async def wait_briefly_for_locks(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 50 ms for the lock instead of 5 s: new connections only, so the pool starts afresh."""
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 50)
    await deps_of(harness).engine.dispose()


class _Seen(logging.Handler):
    """Sets `event` when bot.db says it tries a unit of work again."""

    def __init__(self) -> None:
        super().__init__()
        self.event = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "tried again" in record.getMessage():
            self.event.set()


async def test_an_update_that_finds_the_database_locked_is_done_again(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    await wait_briefly_for_locks(harness, monkeypatch)
    other = OtherWriter(harness)
    try:
        await other.begin()
        harness.clock.advance(timedelta(minutes=1))  # so the turn writes (last seen)
        replies = await harness.send(cast.participant, "/appointments")
    finally:
        await other.end()

    assert other.seen.event.is_set()  # the first try met the lock
    assert len(replies) == 1  # the second answered; the harness fails the test on any error


def _rows(participant_id: int, count: int) -> str:
    first = datetime.now(BERLIN).replace(tzinfo=None) + timedelta(days=2)
    lines = ["participant_id,date,time,kind,place,note"]
    lines += [
        f"{participant_id},{first + timedelta(minutes=15 * n):%d.%m.%Y,%H:%M},kurs,Raum {n},"
        for n in range(count)
    ]
    return "\n".join(lines) + "\n"


async def test_members_are_answered_while_a_large_import_runs(harness: Harness, cast: Cast) -> None:
    """The import runs as the command line would, in its own thread, event loop and engine,
    on the bot's SQLite file; the participant keeps writing to the bot meanwhile."""
    path = sqlite_path(harness)
    rows = 3000
    started = threading.Event()
    result: list[ImportReport | BaseException] = []

    def import_in_a_thread() -> None:
        async def main() -> ImportReport:
            deps = build_deps(make_settings(f"sqlite+aiosqlite:///{path}"))

            async def progress(done: int, total: int) -> None:
                started.set()

            try:
                return await import_appointments(
                    deps.sessionmaker,
                    _rows(cast.participant_id, rows),
                    now=deps.clock.now(),
                    fallback_zone=BERLIN,
                    progress=progress,
                )
            finally:
                await deps.engine.dispose()

        try:
            result.append(asyncio.run(main()))
        except BaseException as exc:  # reported by the test below
            result.append(exc)
        finally:
            started.set()

    importer = threading.Thread(target=import_in_a_thread)
    importer.start()
    answered = 0
    try:
        await asyncio.to_thread(started.wait, 120)
        # Updates while batches are being written (at most 40, in case the import is slow).
        while importer.is_alive() and answered < 40:
            harness.clock.advance(timedelta(seconds=10))
            replies = await harness.send(cast.participant, "/appointments")
            assert len(replies) == 1
            answered += 1
    finally:
        await asyncio.to_thread(importer.join)

    (report,) = result
    assert isinstance(report, ImportReport), report
    assert report.ok and report.imported == rows
    assert answered >= 1
    async with deps_of(harness).sessionmaker() as session:
        scheduled = await session.scalar(
            select(func.count()).where(Appointment.status == AppointmentStatus.SCHEDULED)
        )
    assert scheduled == rows


async def test_a_message_id_kept_after_the_reply_waits_for_a_busy_database(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The turn has committed and its reply is out; the write that keeps the reply's message id
    (a practice item, a check-in question) meets another writer's lock. It is tried again,
    not lost with "database is locked" (benchmarks/updates.py saw that with 32 updates in flight)."""
    await wait_briefly_for_locks(harness, monkeypatch)
    other = OtherWriter(harness)
    send = harness.request.do_request

    async def lock_once_sent(url: str, method: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        answer = await send(url, method, *args, **kwargs)
        if url.endswith("/sendMessage") and other.thread is None:  # after the commit: it begins
            await other.begin()
        return answer

    # A dose of a card and then an item answered by typing, whose message id is kept.
    deps = deps_of(harness)
    card = next(item for item in deps.decks.items.values() if item.kind is Kind.CARD)
    typed = next(item for item in deps.decks.items.values() if item.kind in TYPED)
    await in_dose(harness, cast.participant_id, [card.id, typed.id])
    monkeypatch.setattr(harness.request, "do_request", lock_once_sent)
    try:
        harness.clock.advance(timedelta(minutes=1))
        await harness.press(cast.participant, "prk:0:1", message_id=60)
    finally:
        await other.end()

    assert other.thread is not None and other.seen.event.is_set()  # met the lock, tried again
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, cast.participant_id)
        dose = Dose.of(person) if person is not None else None
    assert dose is not None and dose.position == 1
    assert dose.message_id is not None  # the typed item's message id, kept once the lock was gone
