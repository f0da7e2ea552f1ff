"""Run Alembic migrations from code (`python -m bot db upgrade`, tests, the sandbox)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The two lines each file of versions/ has (script.py.mako writes them; ruff turns the quotes).
_REVISION = re.compile(r"""^revision(?:: *str)? *= *["']([^"']+)["'] *$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:: *[\w |\[\],]+)? *= *(?:None|["']([^"']+)["']) *$""", re.MULTILINE
)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic's config is an ini parser: a literal % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at `url` (blocking; call from synchronous code). A database that
    is at the head already is left as it is without Alembic, which takes ~0.1 s to import
    and run: every start of the bot and most commands come here."""
    if revision == "head" and (newest := head()) is not None and _current(url) == [newest]:
        return
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def head() -> str | None:
    """The newest revision in versions/, read from the files' text; None unless each file has
    one plain revision and down_revision line and they make one line of history (then
    Alembic decides, as for a merge or a branch)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current(url: str) -> list[str] | None:
    """The revisions recorded in the database; None if it has none or cannot say."""
    from bot.db import create_engine

    async def read() -> list[str] | None:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                rows = await connection.execute(text("SELECT version_num FROM alembic_version"))
                return [str(row) for row in rows.scalars()]
        except (SQLAlchemyError, OSError):  # no such table yet, or a problem Alembic will name
            return None
        finally:
            await engine.dispose()

    return asyncio.run(read())


async def upgrade_engine(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrate through an already open async engine (from inside an event loop)."""

    from alembic import command

    def _upgrade(connection: object) -> None:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    # connect(), not begin(): Alembic begins and commits the transaction itself, so that a
    # migration can step outside it (CREATE INDEX CONCURRENTLY in 0011_hot_indexes).
    async with engine.connect() as connection:
        await connection.run_sync(_upgrade)
        await connection.commit()
    if engine.dialect.name == "sqlite":
        # The migration turned foreign keys off on the connection it used (bot/migrations/
        # env.py); new connections get them on again (bot/db.py).
        await engine.dispose()
