"""bot/sqlite.py's WriterQueue: the writers of one SQLite file in this process take turns on
the event loop, instead of polling SQLite's lock with its busy handler's growing sleeps."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot import db
from bot.db import is_busy
from bot.sqlite import OneHopConnection, WriterQueue, opens_transaction

from sqlite_notes import NOTES


async def adapter(connection: AsyncConnection) -> OneHopConnection:
    raw: Any = await connection.get_raw_connection()
    found = raw.dbapi_connection
    assert isinstance(found, OneHopConnection)
    return found


async def impatient(connection: AsyncConnection) -> None:
    """SQLite's own wait for its lock off: without its turn, a second writer fails at once."""
    await connection.exec_driver_sql("PRAGMA busy_timeout = 0")


def queue_of(engine: AsyncEngine) -> WriterQueue:
    assert engine.url.database
    queue = WriterQueue.of(engine.url.database)
    assert queue is not None
    return queue


def test_the_statements_that_open_a_write_transaction() -> None:
    """sqlite3's rule: a transaction begins before INSERT, UPDATE, DELETE and REPLACE."""
    assert opens_transaction("INSERT INTO notes (text) VALUES (?)")
    assert opens_transaction("\n  update notes SET text = ?")
    assert opens_transaction("DELETE FROM notes")
    assert opens_transaction("REPLACE INTO notes VALUES (1, 'x')")
    assert not opens_transaction("SELECT * FROM notes")
    assert not opens_transaction("PRAGMA busy_timeout = 0")
    assert not opens_transaction("CREATE TABLE t (a)")


async def test_a_second_writer_waits_for_its_turn_and_writes_once_the_first_commits(
    engine: AsyncEngine,
) -> None:
    async with engine.connect() as first, engine.connect() as second:
        await impatient(second)
        await first.execute(insert(NOTES).values(text="eins"))  # holds the write lock
        waiting = asyncio.create_task(second.execute(insert(NOTES).values(text="zwei")))
        await asyncio.sleep(0.05)
        assert not waiting.done()  # waits on the loop: SQLite would have said "locked" already
        await first.commit()
        await waiting
        await second.commit()
    async with engine.connect() as connection:
        assert (await connection.execute(select(NOTES.c.text).order_by(NOTES.c.id))).scalars().all() == [
            "eins",
            "zwei",
        ]


async def test_reading_does_not_wait_for_a_writer(engine: AsyncEngine) -> None:
    async with engine.connect() as writer, engine.connect() as reader:
        await writer.execute(insert(NOTES).values(text="eins"))
        assert (await reader.execute(select(NOTES.c.text))).scalars().all() == []  # WAL: the last commit
        await writer.rollback()


@pytest.mark.parametrize("end", ["commit", "rollback", "close", "invalidate"])
async def test_the_turn_is_given_back_when_the_transaction_ends(engine: AsyncEngine, end: str) -> None:
    queue = queue_of(engine)
    connection = await engine.connect()
    await connection.execute(insert(NOTES).values(text="eins"))
    assert queue.taken
    if end == "close":
        await connection.close()  # the pool rolls back what was left open
    elif end == "invalidate":
        await connection.invalidate()  # the connection is closed, not given back to the pool
        assert not queue.taken
    else:
        await getattr(connection, end)()
        assert not queue.taken
        await connection.close()
    assert not queue.taken


async def test_a_write_that_failed_gives_the_turn_back_with_its_rollback(engine: AsyncEngine) -> None:
    queue = queue_of(engine)
    async with engine.begin() as connection:
        await connection.execute(insert(NOTES).values(text="eins"))
    with pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(insert(NOTES).values(text="eins"))
    assert not queue.taken
    async with engine.connect() as other:
        await impatient(other)
        await other.execute(insert(NOTES).values(text="zwei"))
        await other.commit()


async def test_a_writer_that_waits_too_long_is_told_the_database_is_busy(engine: AsyncEngine) -> None:
    """As SQLite after its busy timeout: bot.db.retry_when_busy tries the unit of work again."""
    async with engine.connect() as first, engine.connect() as second:
        (await adapter(second)).writer_wait = 0.05
        await first.execute(insert(NOTES).values(text="eins"))
        with pytest.raises(OperationalError) as raised:
            await second.execute(insert(NOTES).values(text="zwei"))
        assert is_busy(raised.value)
        await second.rollback()
        await first.commit()
        await second.execute(insert(NOTES).values(text="zwei"))  # its turn now
        await second.commit()


async def test_writers_at_once_all_write_each_in_its_turn(engine: AsyncEngine) -> None:
    """Six units of work writing at once, SQLite's own wait off: each waits for its turn."""

    async def write(text: str) -> None:
        async with engine.connect() as connection:
            await impatient(connection)
            await connection.execute(insert(NOTES).values(text=text))
            await asyncio.sleep(0.01)  # the transaction stays open across the loop's turns
            await connection.commit()

    await asyncio.gather(*(write(f"n{n}") for n in range(6)))
    async with engine.connect() as connection:
        assert sorted((await connection.execute(select(NOTES.c.text))).scalars()) == [
            f"n{n}" for n in range(6)
        ]


def test_a_database_in_memory_has_no_queue() -> None:
    async def find() -> WriterQueue | None:
        return WriterQueue.of(":memory:")

    assert asyncio.run(find()) is None


async def test_the_bots_busy_timeout_is_the_writers_wait(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        assert (await adapter(connection)).writer_wait == 5.0


async def test_the_writers_wait_follows_the_busy_timeout(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bot/db.py sets it at connect from SQLITE_BUSY_TIMEOUT_MS, as it sets SQLite's own."""
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 50)
    engine = db.create_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            assert (await adapter(connection)).writer_wait == 0.05
    finally:
        await engine.dispose()
