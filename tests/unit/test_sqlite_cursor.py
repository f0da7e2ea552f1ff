"""bot/sqlite.py: each statement is one hop to aiosqlite's thread, and SQLAlchemy reads from
its cursor what it read from aiosqlite's own (rows, description, rowcount, lastrowid, errors)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db import is_busy

from sqlite_notes import NOTES


class CountingQueue:
    """Stands in for aiosqlite's queue to its thread (`Connection._tx`), counting the calls
    put on it (hops), and passes each on to the thread's own queue."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue
        self.hops = 0

    def put_nowait(self, item: Any) -> None:
        self.hops += 1
        self.queue.put_nowait(item)


async def counted(connection: AsyncConnection) -> CountingQueue:
    """Count the hops of this connection's aiosqlite thread from now on."""
    raw = await connection.get_raw_connection()
    aiosqlite_connection: Any = raw.driver_connection
    queue = aiosqlite_connection._tx = CountingQueue(aiosqlite_connection._tx)
    return queue


async def test_a_query_with_rows_is_one_hop(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        queue = await counted(connection)
        result = await connection.execute(text("SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y'"))
        assert queue.hops == 1  # SQLAlchemy's own adapter: 4 (cursor, execute, fetchall, close)
        assert list(result.keys()) == ["a", "b"]
        assert [tuple(row) for row in result] == [(1, "x"), (2, "y")]


async def test_writes_report_rowcount_and_lastrowid(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        queue = await counted(connection)
        first = await connection.execute(insert(NOTES).values(text="eins"))
        assert first.inserted_primary_key == (1,)
        many = await connection.execute(insert(NOTES), [{"text": "zwei"}, {"text": "drei"}])
        assert many.rowcount == 2
        changed = await connection.execute(text("UPDATE notes SET text = text || '!' WHERE id > 1"))
        assert changed.rowcount == 2
        assert queue.hops == 3
        empty = await connection.execute(select(NOTES).where(NOTES.c.id > 10))
        assert list(empty.keys()) == ["id", "text"]
        assert empty.all() == []
    async with engine.connect() as connection:
        rows = (await connection.execute(select(NOTES.c.text).order_by(NOTES.c.id))).scalars().all()
        assert rows == ["eins", "zwei!", "drei!"]


async def test_unicode_round_trips(engine: AsyncEngine) -> None:
    words = "مرحبا 🙂 Grüße"
    async with engine.begin() as connection:
        await connection.execute(insert(NOTES).values(text=words))
    async with engine.connect() as connection:
        assert (await connection.execute(select(NOTES.c.text))).scalar_one() == words


async def test_errors_come_through_and_the_connection_goes_on(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(insert(NOTES).values(text="eins"))
        with pytest.raises(IntegrityError):
            await connection.execute(insert(NOTES).values(text="eins"))
        with pytest.raises(OperationalError):
            await connection.execute(text("SELECT * FROM no_such_table"))
        assert (await connection.execute(select(NOTES.c.text))).scalar_one() == "eins"
        await connection.commit()


async def test_a_locked_database_is_still_seen_as_busy(engine: AsyncEngine) -> None:
    async with engine.connect() as holder, engine.connect() as other:
        await holder.exec_driver_sql("PRAGMA busy_timeout = 0")
        await other.exec_driver_sql("PRAGMA busy_timeout = 0")
        await holder.exec_driver_sql("BEGIN IMMEDIATE")
        with pytest.raises(OperationalError) as raised:
            await other.exec_driver_sql("BEGIN IMMEDIATE")
        assert is_busy(raised.value)
        await holder.rollback()


async def test_streaming_keeps_its_server_side_cursor(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(NOTES), [{"text": f"n{n}"} for n in range(25)])
    async with engine.connect() as connection:
        result = await connection.stream(
            select(NOTES.c.id).order_by(NOTES.c.id).execution_options(yield_per=10)
        )
        seen = [row async for row in result.scalars()]
    assert seen == list(range(1, 26))


async def test_a_unit_of_work_that_only_read_is_one_hop_in_all(engine: AsyncEngine) -> None:
    """No COMMIT and no ROLLBACK (the pool's, as the connection goes back) go to the thread when
    no transaction is open: before, a read was three hops (SELECT, COMMIT, ROLLBACK)."""
    async with engine.connect() as connection:
        queue = await counted(connection)
        async with connection.begin():
            assert (await connection.execute(select(NOTES))).all() == []
    assert queue.hops == 1


async def test_a_write_is_committed_once_and_not_rolled_back_after(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        queue = await counted(connection)
        async with connection.begin():
            await connection.execute(insert(NOTES).values(text="eins"))
    assert queue.hops == 2  # INSERT, COMMIT (not the pool's ROLLBACK after it)
    async with engine.connect() as connection:
        assert (await connection.execute(select(NOTES.c.text))).scalars().all() == ["eins"]


async def test_a_write_given_up_is_still_rolled_back(engine: AsyncEngine) -> None:
    class GiveUp(Exception):
        pass

    async with engine.connect() as connection:
        queue = await counted(connection)
        with pytest.raises(GiveUp):
            async with connection.begin():
                await connection.execute(insert(NOTES).values(text="zwei"))
                raise GiveUp
        assert queue.hops == 2  # INSERT, ROLLBACK
    async with engine.connect() as connection:
        assert (await connection.execute(select(NOTES.c.text))).scalars().all() == []
    # The pool's rollback of a connection given back with a transaction open still runs.
    async with engine.connect() as connection:
        queue = await counted(connection)
        await connection.execute(insert(NOTES).values(text="drei"))
    assert queue.hops == 2  # INSERT, the pool's ROLLBACK
    async with engine.connect() as connection:
        assert (await connection.execute(select(NOTES.c.text))).scalars().all() == []
