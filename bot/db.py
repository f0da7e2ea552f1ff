"""Engine and session factory: SQLite (WAL, busy timeout) by default, PostgreSQL by URL."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session

from bot import sqlite

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000
# A unit of work that still found SQLite's write lock taken after the busy timeout is tried
# again this many times in all, after these pauses (seconds), before its error is let through.
BUSY_ATTEMPTS = 4
BUSY_PAUSES = (0.1, 0.5, 2.0)
POOL_RECYCLE_SECONDS = 1800
# PostgreSQL connections kept open per process, and opened beyond them for a burst. A unit of
# work holds one only while it reads and writes (never across a Bot API call), but with 32
# updates and the outbox's sends under way a pool of SQLAlchemy's default 5 (+10) was used up
# at 50 updates/s: every burst opened connections and closed them again (196 connects in one
# benchmark run, each a new server process and a few milliseconds of this process's CPU).
POOL_SIZE = 20
POOL_OVERFLOW = 10


def create_engine(
    url: str, *, pool_size: int = POOL_SIZE, max_overflow: int = POOL_OVERFLOW, **kwargs: Any
) -> AsyncEngine:
    """The bot's engine for `url`. `pool_size` and `max_overflow` apply to PostgreSQL (SQLite
    keeps SQLAlchemy's pool: one writer at a time is all it has)."""
    # SQL parameters are what people typed (a reason, a name): an error's text and
    # SQLAlchemy's own log show "[SQL parameters hidden]" instead.
    kwargs = {**kwargs, "hide_parameters": True}
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        if parsed.get_driver_name() == "aiosqlite":
            kwargs.setdefault("module", sqlite.dbapi())  # one thread hop per statement
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # No ping before every checkout (a round trip per unit of work): connections are renewed
    # after POOL_RECYCLE_SECONDS instead, before a server or a proxy drops them as idle, and
    # one that died anyway fails its unit of work once and is replaced with the whole pool.
    kwargs.setdefault("pool_recycle", POOL_RECYCLE_SECONDS)
    return create_async_engine(url, pool_size=pool_size, max_overflow=max_overflow, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    if isinstance(dbapi_connection, sqlite.OneHopConnection):  # its turn among this process's writers
        dbapi_connection.writer_wait = SQLITE_BUSY_TIMEOUT_MS / 1000
    cursor.execute("PRAGMA foreign_keys=ON")
    # In WAL mode NORMAL syncs the log at checkpoints, not at every commit (0.45 ms -> 0.015 ms
    # a commit here): a crash of the bot or its process loses nothing; a power cut or an OS
    # crash may lose the last commits, never the file's integrity (sqlite.org/pragma.html#pragma_synchronous).
    # Production runs on PostgreSQL (README, "With PostgreSQL").
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows are overwritten with zeros, not left in free pages (erasure on request).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class Doorbell:
    """Rung once a unit of work that queued something urgent (a crisis or an alert row) has
    committed: the outbox dispatcher answers at once instead of at its next tick."""

    def __init__(self) -> None:
        self._rung = asyncio.Event()

    def ring(self) -> None:
        self._rung.set()

    @property
    def rung(self) -> bool:
        return self._rung.is_set()

    async def wait(self) -> None:
        await self._rung.wait()
        self._rung.clear()


_URGENT = "begleiter.urgent"


def mark_urgent(session: AsyncSession) -> None:
    """This unit of work queued something urgent: ring the doorbell when it commits."""
    session.info[_URGENT] = True


def create_sessionmaker(
    engine: AsyncEngine, doorbell: Doorbell | None = None
) -> async_sessionmaker[AsyncSession]:
    if doorbell is None:
        return async_sessionmaker(engine, expire_on_commit=False)

    # A Session class of this sessionmaker's own, so that its events reach this doorbell only.
    class UnitOfWork(Session):
        pass

    def committed(session: Session) -> None:
        if session.info.pop(_URGENT, False):
            doorbell.ring()

    def rolled_back(session: Session, *_: Any) -> None:
        session.info.pop(_URGENT, None)

    event.listen(UnitOfWork, "after_commit", committed)
    event.listen(UnitOfWork, "after_rollback", rolled_back)
    event.listen(UnitOfWork, "after_soft_rollback", rolled_back)
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=UnitOfWork)


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked": another connection held the write lock too long."""
    return isinstance(error, OperationalError) and "database is locked" in str(error.orig)


def is_lost_connection(error: BaseException) -> bool:
    """A pooled connection the server had closed (a restart, an idle timeout): SQLAlchemy has
    thrown the pool's connections away, and the next unit of work gets a fresh one."""
    return isinstance(error, DBAPIError) and error.connection_invalidated


async def retry_when_busy(
    work: Callable[[], Awaitable[T]], *, what: str, may_retry: Callable[[], bool] = lambda: True
) -> T:
    """Run `work` (one whole unit of work: it opens, and commits or rolls back, its own
    transaction) and run it again while the database is busy, or once on a fresh connection
    when the pooled one had been closed by the server, as long as `may_retry()`."""
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            return await work()
        except DBAPIError as error:
            if attempt == BUSY_ATTEMPTS or not may_retry():
                raise
            if is_lost_connection(error) and attempt == 1:
                log.warning("database connection lost; %s tried again on a new one", what)
                continue
            if not is_busy(error):
                raise
            log.warning("database busy; %s tried again (attempt %d)", what, attempt + 1)
            await asyncio.sleep(BUSY_PAUSES[min(attempt, len(BUSY_PAUSES)) - 1])
    raise AssertionError("unreachable")
