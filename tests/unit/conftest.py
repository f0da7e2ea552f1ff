"""Fixtures of the unit tests' own."""

from sqlite_notes import engine  # noqa: F401  (a fixture: the notes table on SQLite, bot/sqlite.py's tests)
