"""Migrated databases for tests: Alembic runs once per engine and test process (xdist worker) into a
template, and every test gets a copy of it (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on
PostgreSQL), which is much cheaper than migrating again."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.db import create_engine
from bot.migrate import upgrade_engine


def sqlite_file_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


async def migrate(url: str) -> None:
    """Alembic to head through the application's own engine (so SQLite gets its WAL and pragmas)."""
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()


def migrated_sqlite_template(folder: Path) -> Path:
    path = folder / "template.db"
    asyncio.run(migrate(sqlite_file_url(path)))
    # Closing the last connection checkpoints the WAL into the file: the file alone is the database.
    leftovers = [p.name for p in folder.iterdir() if p != path]
    assert not leftovers, f"the SQLite template left {leftovers} beside it"
    return path


def copy_sqlite(template: Path, target: Path) -> str:
    """The template copied to `target`; returns its URL."""
    shutil.copyfile(template, target)
    return sqlite_file_url(target)


def worker_name() -> str:
    """`gw0`, `gw1`... under pytest-xdist, `main` without it."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


class PostgresTemplate:
    """One migrated database per test process on the server at `admin_url`, and copies of it.

    CREATE DATABASE and DROP DATABASE wait for the disk: a background thread makes the next copy
    and drops used ones while tests run, so a test rarely waits for either. Names carry the worker
    and a random part, so parallel workers and parallel test runs on one server never meet."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.name = f"begleiter_tpl_{worker_name()}_{uuid.uuid4().hex[:12]}"
        self._run(f'CREATE DATABASE "{self.name}"')
        try:
            asyncio.run(migrate(self.url(self.name)))
        except BaseException:
            self._run(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            raise
        # One thread, so its statements run in the order they were asked for.
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postgres-copies")
        self._next: Future[str] | None = None
        self._drops: list[Future[None]] = []

    def url(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(hide_password=False)

    def create_copy(self) -> str:
        """A new database with the template's tables and rows; returns its name."""
        name = self._next.result() if self._next is not None else self._copy()
        self._next = self._background.submit(self._copy)
        return name

    def drop(self, name: str) -> None:
        """Drops the copy in the background; close() reports a failure."""
        self._drops.append(self._background.submit(self._drop, name))

    def close(self) -> None:
        if self._next is not None:
            self.drop(self._next.result())
        self._background.shutdown(wait=True)
        try:
            for dropped in self._drops:
                dropped.result()
        finally:
            self._drop(self.name)

    def _copy(self) -> str:
        name = f"begleiter_test_{uuid.uuid4().hex[:12]}"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return name

    def _drop(self, name: str) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _run(self, statement: str) -> None:
        asyncio.run(self._admin(statement))

    async def _admin(self, statement: str) -> None:
        engine = create_async_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as connection:
                await connection.execute(text(statement))
        finally:
            await engine.dispose()
