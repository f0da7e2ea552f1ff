"""`python -m bot backup FILE` / `restore FILE`, `rotate-key` and `retention` as real processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import build_deps
from bot.models import Role

from db_templates import copy_sqlite
from harness import TEST_DATA_KEY, make_settings
from seed import make_member

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Db:
    path: Path
    env: dict[str, str]

    def run(self, *args: str, database_url: str | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if database_url is not None:
            env["DATABASE_URL"] = database_url
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            cwd=self.path.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted: what "the same rows" means."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


@pytest.fixture
async def db(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[Db]:
    path = tmp_path / "live.db"
    deps = build_deps(make_settings(copy_sqlite(sqlite_template, path)))
    try:
        async with deps.sessionmaker.begin() as session:
            now = datetime.now(UTC)
            coach = await make_member(
                session, role=Role.COACH, now=now, telegram_user_id=930_001, name="Jonas"
            )
            for number in range(3):
                await make_member(
                    session,
                    role=Role.PARTICIPANT,
                    now=now,
                    telegram_user_id=930_010 + number,
                    name=f"Teilnehmerin {number}",
                    language="ar",
                    coach_id=coach.id,
                )
    finally:
        await deps.engine.dispose()
    drop = ("TELEGRAM_", "DATABASE_", "BOT_TIMEZONE", "LOG_LEVEL")
    env = {key: value for key, value in os.environ.items() if not key.startswith(drop)}
    env.update(
        DATABASE_URL=f"sqlite:///{path}",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
        BEGLEITER_DATA_KEY=TEST_DATA_KEY,
    )
    yield Db(path, env)


def test_a_backup_has_the_same_rows_and_a_restore_brings_them_back(db: Db, tmp_path: Path) -> None:
    before = rows(db.path)
    copy = tmp_path / "backups" / "monday.db"
    done = db.run("backup", str(copy))
    assert done.returncode == 0, done.stderr
    assert "4 people" in done.stdout and "checked by reopening it" in done.stdout
    assert rows(copy) == before
    assert copy.stat().st_mode & 0o077 == 0  # personal data: the owner only

    # Someone is deleted after the backup; the restore brings the database back to the copy.
    with closing(sqlite3.connect(db.path)) as connection, connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM people WHERE telegram_user_id = 930010")
    assert rows(db.path) != before
    done = db.run("restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert rows(db.path) == before


def test_a_backup_while_a_write_is_open_is_consistent_and_has_only_committed_rows(
    db: Db, tmp_path: Path
) -> None:
    committed = rows(db.path)
    writer = sqlite3.connect(db.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE people SET language = 'fa'")  # not committed while the copy is made
        copy = tmp_path / "during-write.db"
        done = db.run("backup", str(copy))
        assert done.returncode == 0, done.stderr
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert rows(copy) == committed


def test_backup_refuses_to_overwrite_and_restore_refuses_a_file_that_is_not_a_database(
    db: Db, tmp_path: Path
) -> None:
    before = rows(db.path)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    done = db.run("backup", str(existing))
    assert done.returncode == 1 and "exists already" in done.stderr
    assert existing.read_bytes() == b"keep me"

    done = db.run("restore", str(existing))
    assert done.returncode == 1 and "not a Begleiter database" in done.stderr
    assert rows(db.path) == before  # nothing was overwritten

    done = db.run("restore", str(tmp_path / "missing.db"))
    assert done.returncode == 1 and "there is no file" in done.stderr


def test_on_postgresql_the_command_names_pg_dump_instead(db: Db, tmp_path: Path) -> None:
    done = db.run(
        "backup", str(tmp_path / "x.dump"), database_url="postgresql+asyncpg://127.0.0.1:5432/nowhere"
    )
    assert done.returncode == 1
    assert "pg_dump --format=custom" in done.stderr and "pg_restore" in done.stderr
    assert not (tmp_path / "x.dump").exists()


async def test_rotate_key_on_the_command_line_then_the_new_key_alone_opens_everything(
    db: Db, tmp_path: Path
) -> None:
    from bot import crypto
    from bot.models import Person

    new_key = crypto.generate_key()
    deps = build_deps(make_settings(f"sqlite:///{db.path}"))
    try:
        async with deps.sessionmaker.begin() as session:
            person = await session.scalar(select(Person).where(Person.telegram_user_id == 930_010))
            assert person is not None
            person.dialogue = {"step": "reason", "typed": "Mein Kind ist krank"}
    finally:
        await deps.engine.dispose()
    db.env["BEGLEITER_DATA_KEY"] = f"{new_key},{TEST_DATA_KEY}"
    first = db.run("rotate-key", "--batch-size", "2")
    assert first.returncode == 0, first.stderr
    assert "people.dialogue: 1 of 1 re-encrypted" in first.stdout
    again = db.run("rotate-key")
    assert again.returncode == 0 and "done: 0 values re-encrypted" in again.stdout

    deps = build_deps(make_settings(f"sqlite:///{db.path}", BEGLEITER_DATA_KEY=new_key))
    try:
        async with deps.sessionmaker() as session:
            person = await session.scalar(select(Person).where(Person.telegram_user_id == 930_010))
            assert person is not None and person.dialogue == {
                "step": "reason",
                "typed": "Mein Kind ist krank",
            }
    finally:
        await deps.engine.dispose()
        crypto.configure(TEST_DATA_KEY)


def test_retention_on_the_command_line_reports_what_it_did(db: Db) -> None:
    done = db.run("retention")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "checkin texts: 0, messages: 0, outbox rows: 0, audit details: 0, people erased: 0"
    )
