"""Which of several bot processes on one PostgreSQL receives updates and runs the planners.

Exactly one process holds a PostgreSQL advisory lock (session level) on a connection of its
own, kept open for the process's lifetime. That process polls for updates (`run` without
--webhook-url) and runs the repeating jobs that are not safe twice (scheduler/jobs.py:
`elected`); every process dispatches the outbox. The others try to take the lock every
RETRY_SECONDS. When the holder dies, even by SIGKILL, PostgreSQL ends its session and frees
the lock, so another process takes over within seconds. The holder asks its connection every
CHECK_SECONDS whether it still lives; if not, it stops leading at once (and tries again), so
two processes never poll side by side: one whose connection broke may still hold the lock on
the server's side for a while, and then nobody polls until PostgreSQL notices - the safe side.

Advisory locks belong to one database, so two deployments on one server do not meet. SQLite
has one process: there is no election and every job runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

LOCK_KEY = int.from_bytes(b"Begleitr", "big") & 0x7FFF_FFFF_FFFF_FFFF  # a bigint of our own
RETRY_SECONDS = 2.0  # a follower tries to take the lock this often
CHECK_SECONDS = 2.0  # the leader checks that its lock's connection still lives this often
CHECK_TIMEOUT = 5.0


def elects(database_url: str) -> bool:
    """Several processes may share this database (PostgreSQL): they elect a leader."""
    return make_url(database_url).get_backend_name() == "postgresql"


class Leadership:
    """The election for this process. Before `start` (tests, commands that are not `run`) the
    process counts as alone: `may_run_elected` is true."""

    def __init__(
        self, database_url: str, *, retry_seconds: float = RETRY_SECONDS, check_seconds: float = CHECK_SECONDS
    ) -> None:
        self.database_url = database_url
        self.retry_seconds = retry_seconds
        self.check_seconds = check_seconds
        self.is_leader = False
        self.terms = 0  # how often this process became leader
        self._started = False
        self._changed = asyncio.Condition()
        self._engine: AsyncEngine | None = None
        self._connection: AsyncConnection | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def may_run_elected(self) -> bool:
        return not self._started or self.is_leader

    def start(self) -> None:
        """Take part in the election from now on (in the running event loop)."""
        self._started = True
        self._task = asyncio.create_task(self._run(), name="leader-election")

    async def wait_until(self, leading: bool) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self.is_leader == leading)

    async def close(self) -> None:
        """Leave the election; the lock is freed with the connection."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._disconnect()
        await self._set(False)

    async def _run(self) -> None:
        while True:
            try:
                if await self._try_lock():
                    self.terms += 1
                    log.info("elected: this process polls for updates and runs the planners")
                    await self._set(True)
                    await self._hold()
                    log.warning("lost the leader lock's connection: no longer leading")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away for a moment: try again
                log.warning("leader election: %s", type(exc).__name__)
            await self._set(False)
            await self._disconnect()
            await asyncio.sleep(self.retry_seconds)

    async def _try_lock(self) -> bool:
        if self._connection is None:
            self._engine = create_async_engine(
                self.database_url, poolclass=NullPool, isolation_level="AUTOCOMMIT"
            )
            self._connection = await self._engine.connect()
        taken = await self._connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY})
        return bool(taken)

    async def _hold(self) -> None:
        """Returns when the connection holding the lock no longer answers."""
        assert self._connection is not None
        while True:
            await asyncio.sleep(self.check_seconds)
            try:
                async with asyncio.timeout(CHECK_TIMEOUT):
                    await self._connection.scalar(text("SELECT 1"))
            except asyncio.CancelledError:
                raise
            except Exception:
                return

    async def _disconnect(self) -> None:
        connection, engine = self._connection, self._engine
        self._connection = self._engine = None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.close()
        if engine is not None:
            with contextlib.suppress(Exception):
                await engine.dispose()

    async def _set(self, leading: bool) -> None:
        async with self._changed:
            self.is_leader = leading
            self._changed.notify_all()


def leadership_of(bot_data: Any) -> Leadership | None:
    found = bot_data.get(LEADERSHIP_KEY) if isinstance(bot_data, dict) else None
    return found if isinstance(found, Leadership) else None


LEADERSHIP_KEY = "begleiter.leadership"
