"""A SQLite file with one table of notes, through the bot's engine: for the tests of
bot/sqlite.py (tests/unit/test_sqlite_cursor.py, tests/unit/test_sqlite_writers.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import create_engine

NOTES = Table(
    "notes",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("text", String, nullable=False, unique=True),
)


@pytest.fixture
async def engine(sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    """The bot's engine on this test's SQLite file, with the notes table made."""
    engine = create_engine(sqlite_url)
    async with engine.begin() as connection:
        await connection.run_sync(NOTES.metadata.create_all)
    try:
        yield engine
    finally:
        await engine.dispose()
