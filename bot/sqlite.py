"""SQLite through aiosqlite, one thread hop per statement.

aiosqlite runs the sqlite3 connection in a thread of its own; every call on it is a hop: the
call is queued to that thread, and its result comes back to the event loop through
call_soon_threadsafe. SQLAlchemy's aiosqlite adapter makes four hops for each statement (make
a cursor, execute, fetch the rows, close the cursor). Measured with benchmarks/updates.py
(SQLite, one update at a time), those hops were a fifth of the time an update took. This
cursor does the four steps in one function on aiosqlite's thread and keeps what SQLAlchemy
reads afterwards (the rows, the description, rowcount and lastrowid).

Everything else is SQLAlchemy's dialect as it is: connections, commits, rollbacks, the pool,
errors (sqlite3's, raised from the thread as before). create_engine in bot/db.py passes
`dbapi()` as the engine's `module`, SQLAlchemy's documented way to give a dialect another
DBAPI. Server-side cursors (stream_results) keep SQLAlchemy's own cursor.
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_connection
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT


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
            description, rows, self._rowcount, self._lastrowid = await connection._execute(execute)  # type: ignore[no-untyped-call]
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
            self._rowcount, self._lastrowid = await connection._execute(executemany)  # type: ignore[no-untyped-call]
        self._description = None
        self._rows.clear()


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    """Also: a COMMIT or ROLLBACK with no transaction open on the sqlite3 connection is not sent
    to aiosqlite's thread, for it would do nothing there. The pool rolls back every connection
    given back to it, after the Session's commit too (SQLAlchemy cannot know the commit left
    nothing open), and a unit of work that only read commits nothing: that was one hop in
    every unit of work, two in one that only read (/help: SELECT, COMMIT, ROLLBACK)."""

    __slots__ = ()
    _cursor_cls = OneHopCursor

    def commit(self) -> None:
        if self._transaction_open():
            super().commit()

    def rollback(self) -> None:
        if self._transaction_open():
            super().rollback()

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
        return OneHopConnection(self, adapted._connection)


def dbapi() -> OneHopDBAPI:
    """The DBAPI for an aiosqlite engine (create_async_engine's `module`)."""
    return OneHopDBAPI(aiosqlite, sqlite3)
