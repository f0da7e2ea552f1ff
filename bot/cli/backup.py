"""`python -m bot backup FILE` and `python -m bot restore FILE`: a consistent copy of a SQLite
database while the bot runs, and putting one back.

SQLite's online backup API (`sqlite3.Connection.backup`) copies page by page under a read
transaction, so the copy is consistent even while the bot writes (WAL mode). The copy is
then reopened and checked (`PRAGMA integrity_check`, the migration it is at) before the
command says it is done; a restore checks the file the same way before it overwrites
anything. PostgreSQL has its own tools for this (`pg_dump`, `pg_restore`): the command says
which to run rather than half-doing it.
"""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.cli.common import Subcommands, UserError
from bot.settings import Settings

PG_BACKUP = (
    "DATABASE_URL is PostgreSQL: use its own tools, which copy a running database consistently:\n"
    "  pg_dump --format=custom --file=begleiter.dump <database>\n"
    "and to restore into an empty database (stop the bot first):\n"
    "  pg_restore --clean --if-exists --no-owner --dbname=<database> begleiter.dump\n"
    "Keep BEGLEITER_DATA_KEY with the backup: without it the encrypted fields cannot be read."
)


def add_parser(commands: Subcommands) -> None:
    backup = commands.add_parser("backup", help="copy the SQLite database to FILE while the bot runs")
    backup.add_argument("file", type=Path, help="where to write the copy (must not exist)")
    restore = commands.add_parser("restore", help="put a backup FILE in place of the database (stop the bot)")
    restore.add_argument("file", type=Path, help="a file written by `python -m bot backup`")


@dataclass(frozen=True)
class Checked:
    tables: int
    people: int
    revision: str


def sqlite_path(settings: Settings) -> Path:
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        raise UserError(PG_BACKUP)
    if not url.database or url.database == ":memory:":
        raise UserError("DATABASE_URL is an in-memory SQLite database: there is nothing on disk to copy")
    return Path(url.database)


def check(path: Path) -> Checked:
    """Opens `path` read-only and checks it is a whole Begleiter database."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                raise UserError(f"{path} is damaged (integrity check failed)")
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            people = connection.execute("SELECT count(*) FROM people").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} is not a Begleiter database ({type(exc).__name__})") from exc
    if revision is None:
        raise UserError(f"{path} is not a Begleiter database (no migration recorded)")
    return Checked(tables=tables, people=people, revision=str(revision[0]))


def copy(source: Path, target: Path) -> None:
    """source → target with SQLite's online backup API (the target is overwritten)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst, pages=1024)


def backup(settings: Settings, args: argparse.Namespace) -> int:
    database = sqlite_path(settings)
    target: Path = args.file
    if not database.exists():
        raise UserError(f"there is no database at {database} yet")
    if target.exists():
        raise UserError(f"{target} exists already; choose a new file name")
    if target.resolve() == database.resolve():
        raise UserError("the backup must go to another file than the database")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        copy(database, partial)
        checked = check(partial)
        partial.rename(target)
    finally:
        partial.unlink(missing_ok=True)
    target.chmod(0o600)  # the same personal data as the database
    print(
        f"backup written to {target}: {checked.tables} tables, {checked.people} people, "
        f"migration {checked.revision}; checked by reopening it"
    )
    return 0


def restore(settings: Settings, args: argparse.Namespace) -> int:
    database = sqlite_path(settings)
    source: Path = args.file
    if not source.exists():
        raise UserError(f"there is no file {source}")
    checked = check(source)
    database.parent.mkdir(parents=True, exist_ok=True)
    copy(source, database)
    after = check(database)
    print(
        f"database {database} restored from {source}: {after.tables} tables, {after.people} people, "
        f"migration {checked.revision}. Run `python -m bot db upgrade` if this backup is older than the code."
    )
    return 0
