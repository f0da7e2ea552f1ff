"""SQLite through aiosqlite, one thread hop per statement.

aiosqlite runs the sqlite3 connection in a thread of its own; every call on it is a hop: the
call is queued to that thread, and its result comes back to the event loop through
call_soon_threadsafe. SQLAlchemy's aiosqlite adapter makes four hops for each statement (make
a cursor, execute, fetch the rows, close the cursor). Measured with benchmarks/updates.py
(SQLite, one update at a time), those hops were a fifth of the time an update took. This
cursor does the four steps in one function on aiosqlite's thread and keeps what SQLAlchemy
reads afterwards (the rows, the description, rowcount and lastrowid).

Writers of one database in this process queue for it on the event loop (WriterQueue).
SQLite lets one connection write at a time; another that tries meanwhile is put off by its
busy handler, which sleeps 1, 2, 5, 10, 15, 20, 25... ms between tries, however soon the
lock is free. An update whose write met the dispatcher's (it marks a message sent while the
next update begins) waited 8, 33, once 78 ms for a lock held for well under a millisecond
(benchmarks/updates.py, SQLite, one update at a time: the slowest twentieth of the updates).
Now a connection about to open a write transaction first takes its turn on an asyncio.Lock,
given back the moment its transaction ends: the next writer starts at once. SQLite's lock
is still there for other processes (an import beside the bot) and for any statement this
does not see coming.

Everything else is SQLAlchemy's dialect as it is: connections, commits, rollbacks, the pool,
errors (sqlite3's, raised from the thread as before). create_engine in bot/db.py passes
`dbapi()` as the engine's `module`, SQLAlchemy's documented way to give a dialect another
DBAPI. Server-side cursors (stream_results) keep SQLAlchemy's own cursor.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
import weakref
from typing import Any, ClassVar

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_connection
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT

# How long a writer waits for its turn before it gives up as SQLite would ("database is
# locked"), unless bot/db.py sets the connection's own busy timeout (writer_wait).
WRITER_WAIT = 5.0
_DML = ("insert", "update", "delete", "replace")


def opens_transaction(operation: str) -> bool:
    """Whether sqlite3 begins a transaction before this statement (when none is open): its
    rule, by the first word (CPython's Modules/_sqlite/statement.c, "is_dml")."""
    return operation.lstrip(" \t\r\n")[:7].lower().startswith(_DML)


class WriterQueue:
    """The writers of one database file in this process, on one event loop, one at a time."""

    _queues: ClassVar[weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, WriterQueue]]] = (
        weakref.WeakKeyDictionary()
    )

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    @classmethod
    def of(cls, database: str) -> WriterQueue | None:
        """The queue of `database` on the running loop; None for a database in memory, which
        is a connection's own."""
        if not database or database == ":memory:" or "mode=memory" in database:
            return None
        queues = cls._queues.setdefault(asyncio.get_running_loop(), {})
        queue = queues.get(database)
        if queue is None:
            queue = queues[database] = cls()
        return queue

    async def take(self, wait: float) -> None:
        """Wait for the turn, at most `wait` seconds; then "database is locked", as SQLite."""
        if not self._lock.locked():
            await self._lock.acquire()  # free: taken without a pause
            return
        try:
            async with asyncio.timeout(wait):
                await self._lock.acquire()
        except TimeoutError:
            raise sqlite3.OperationalError("database is locked") from None

    def give_back(self) -> None:
        self._lock.release()

    @property
    def taken(self) -> bool:
        return self._lock.locked()


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    """A cursor whose execute() is one call on aiosqlite's thread, rows fetched in it."""

    __slots__ = ("_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_dbapi_connection) -> None:
        # Not the parent's __init__: it makes an aiosqlite cursor, a hop of its own.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]  # none is kept between statements
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    async def _async_soft_close(self) -> None:
        return  # the sqlite3 cursor was closed on the thread already

    def close(self) -> None:
        self._rows.clear()

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]

        def execute() -> tuple[Any, list[Any] | None, int, int | None]:
            cursor = connection._conn.cursor()
            try:
                if parameters is None:
                    cursor.execute(operation)
                else:
                    cursor.execute(operation, parameters)
                description = cursor.description
                rows = cursor.fetchall() if description else None
                return description, rows, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        async with self._adapt_connection._execute_mutex:
            await self._adapt_connection.before_statement(operation)  # type: ignore[attr-defined]
            try:
                description, rows, self._rowcount, self._lastrowid = await connection._execute(execute)  # type: ignore[no-untyped-call]
            finally:
                self._adapt_connection.after_statement()  # type: ignore[attr-defined]
        self._description = description
        self._rows = collections.deque(rows or ())

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]

        def executemany() -> tuple[int, int | None]:
            cursor = connection._conn.cursor()
            try:
                cursor.executemany(operation, seq_of_parameters)
                return cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        async with self._adapt_connection._execute_mutex:
            await self._adapt_connection.before_statement(operation)  # type: ignore[attr-defined]
            try:
                self._rowcount, self._lastrowid = await connection._execute(executemany)  # type: ignore[no-untyped-call]
            finally:
                self._adapt_connection.after_statement()  # type: ignore[attr-defined]
        self._description = None
        self._rows.clear()


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    """Also: a COMMIT or ROLLBACK with no transaction open on the sqlite3 connection is not sent
    to aiosqlite's thread, for it would do nothing there. The pool rolls back every connection
    given back to it, after the Session's commit too (SQLAlchemy cannot know the commit left
    nothing open), and a unit of work that only read commits nothing: that was one hop in
    every unit of work, two in one that only read (/help: SELECT, COMMIT, ROLLBACK).
    And: before a statement that opens a write transaction, the connection takes its turn
    in its database's WriterQueue, and gives it back as soon as the transaction has ended
    (committed, rolled back, or the connection closed)."""

    __slots__ = ("_writers", "_writing", "writer_wait")
    _cursor_cls = OneHopCursor

    def __init__(self, dbapi: Any, connection: Any, writers: WriterQueue | None) -> None:
        super().__init__(dbapi, connection)
        self._writers = writers
        self._writing = False
        self.writer_wait = WRITER_WAIT

    async def before_statement(self, operation: str) -> None:
        if (
            self._writers is not None
            and not self._writing
            and opens_transaction(operation)
            and not self._transaction_open()
        ):
            await self._writers.take(self.writer_wait)
            self._writing = True

    def after_statement(self) -> None:
        """A statement that failed may have left no transaction open (its BEGIN failed)."""
        self._done_writing()

    def commit(self) -> None:
        try:
            if self._transaction_open():
                super().commit()
        finally:
            self._done_writing()

    def rollback(self) -> None:
        try:
            if self._transaction_open():
                super().rollback()
        finally:
            self._done_writing()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._done_writing(closed=True)

    def terminate(self) -> None:
        try:
            super().terminate()
        finally:
            self._done_writing(closed=True)

    def _done_writing(self, *, closed: bool = False) -> None:
        if self._writing and (closed or not self._transaction_open()):
            self._writing = False
            assert self._writers is not None
            self._writers.give_back()

    def _transaction_open(self) -> bool:
        """sqlite3's in_transaction (not autocommit mode), read from the event loop's thread:
        sqlite3 allows that attribute from any thread, and no statement of this connection
        runs meanwhile (SQLAlchemy uses a connection for one thing at a time). A closed
        connection goes on to the adapter, which knows what to do with it."""
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        sqlite_connection = connection._connection
        return sqlite_connection is None or sqlite_connection.in_transaction


class OneHopDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneHopConnection:
        adapted = super().connect(*arg, **kw)
        database = arg[0] if arg else kw.get("database", "")
        return OneHopConnection(self, adapted._connection, WriterQueue.of(str(database)))


def dbapi() -> OneHopDBAPI:
    """The DBAPI for an aiosqlite engine (create_async_engine's `module`)."""
    return OneHopDBAPI(aiosqlite, sqlite3)
