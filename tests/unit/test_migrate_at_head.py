"""`migrate.upgrade` leaves a database at the head without Alembic, and hands everything else
to Alembic as before."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from bot import migrate
from bot.db import create_engine

HEAD = ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_current_head()


async def _revisions(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return list((await connection.execute(text("SELECT version_num FROM alembic_version"))).scalars())
    finally:
        await engine.dispose()


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert migrate.head() == HEAD


async def test_a_database_at_the_head_is_left_without_alembic(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    await asyncio.to_thread(migrate.upgrade, sqlite_url)
    called: list[Any] = []
    monkeypatch.setattr(command, "upgrade", lambda *args: called.append(args))
    await asyncio.to_thread(migrate.upgrade, sqlite_url)
    assert called == []
    assert await _revisions(sqlite_url) == [HEAD]


async def test_a_database_behind_is_upgraded_by_alembic(sqlite_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, sqlite_url, "0011_hot_indexes")
    assert await _revisions(sqlite_url) == ["0011_hot_indexes"]
    await asyncio.to_thread(migrate.upgrade, sqlite_url)
    assert await _revisions(sqlite_url) == [HEAD]


def _versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *files: str) -> None:
    (tmp_path / "versions").mkdir()
    for number, source in enumerate(files):
        (tmp_path / "versions" / f"{number:04}.py").write_text(source)
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)


def test_the_head_of_one_line_of_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _versions(
        tmp_path,
        monkeypatch,
        'revision = "a"\ndown_revision = None\n',
        "revision: str = 'b'\ndown_revision: str | None = 'a'\n",  # as Alembic's template writes it
    )
    assert migrate.head() == "b"


@pytest.mark.parametrize(
    "files",
    [
        (
            'revision = "a"\ndown_revision = None\n',
            'revision = "b"\ndown_revision = "a"\n',
            'revision = "c"\ndown_revision = "a"\n',
        ),
        ('revision = "a"\ndown_revision = None\n', 'revision = "m"\ndown_revision = ("a", "x")\n'),
        ('revision = "a"\ndown_revision = None\n', 'revision = make_id()\ndown_revision = "a"\n'),
    ],
    ids=["two heads", "a merge", "not plain"],
)
def test_history_it_cannot_read_is_left_to_alembic(
    files: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _versions(tmp_path, monkeypatch, *files)
    assert migrate.head() is None
