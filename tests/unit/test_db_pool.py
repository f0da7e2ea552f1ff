"""PostgreSQL's connection pool: no ping per checkout, connections recycled, a lost one replaced."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from bot.app import build_deps
from bot.db import POOL_RECYCLE_SECONDS, create_engine, retry_when_busy

from harness import make_settings

# PostgreSQL only (the `database_url` fixture's PostgreSQL copy): SQLite has no pool to ping.
pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("database_url", ["postgres"], indirect=True)]


async def test_no_ping_per_checkout_but_recycling(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        assert engine.pool._pre_ping is False  # a round trip before every unit of work
        assert engine.pool._recycle == POOL_RECYCLE_SECONDS
    finally:
        await engine.dispose()


async def test_bursts_within_the_pool_reuse_its_connections(database_url: str) -> None:
    # Twelve units of work at once, twice: the second burst opens no connection. With
    # SQLAlchemy's default pool (5, plus 10 closed again on return) it opened 7 more each time.
    engine = create_engine(database_url)
    opened: list[object] = []
    event.listen(engine.sync_engine, "connect", lambda *_: opened.append(1))
    try:

        async def unit_of_work(started: asyncio.Barrier) -> None:
            async with engine.connect() as connection:
                await started.wait()  # all twelve hold a connection at the same time
                await connection.scalar(text("SELECT 1"))

        for _ in range(2):
            started = asyncio.Barrier(12)
            await asyncio.gather(*(unit_of_work(started) for _ in range(12)))
        assert len(opened) == 12
    finally:
        await engine.dispose()


async def test_the_pool_is_sized_by_the_settings(database_url: str) -> None:
    deps = build_deps(make_settings(database_url, DATABASE_POOL_SIZE="7", DATABASE_MAX_OVERFLOW="3"))
    try:
        pool = deps.engine.pool
        assert isinstance(pool, QueuePool)
        assert (pool.size(), pool._max_overflow) == (7, 3)
    finally:
        await deps.engine.dispose()
    default = create_engine(database_url)
    try:
        pool = default.pool
        assert isinstance(pool, QueuePool)
        assert (pool.size(), pool._max_overflow) == (20, 10)
    finally:
        await default.dispose()


async def test_a_connection_the_server_closed_is_replaced_and_the_work_done(database_url: str) -> None:
    engine, admin = create_engine(database_url), create_engine(database_url)
    try:
        async with engine.connect() as connection:  # back in the pool afterwards
            pid = await connection.scalar(text("SELECT pg_backend_pid()"))
        async with admin.begin() as connection:  # as a restart or an idle timeout would
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        attempts: list[int] = []

        async def work() -> int:
            attempts.append(1)
            async with engine.begin() as connection:
                return int(await connection.scalar(text("SELECT 41 + 1")) or 0)

        assert await retry_when_busy(work, what="a test") == 42
        assert len(attempts) == 2  # the pooled connection failed once, a new one did it

        async with engine.connect() as connection:
            pid = await connection.scalar(text("SELECT pg_backend_pid()"))
        async with admin.begin() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(DBAPIError):  # without the retry, the unit of work would fail
            await work()
    finally:
        await engine.dispose()
        await admin.dispose()
