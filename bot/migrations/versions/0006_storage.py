"""encrypt what people typed that was still stored in the clear: an appointment's place, note
and reason for not coming, a dialogue's state, an alert's reasons

Each column is rebuilt beside the old one (add, fill, drop, rename) rather than altered: on
SQLite an altered type means copying the whole table, and dropping `people` to do that would
cascade into every table that refers to it. Rows are encrypted (and on downgrade decrypted)
with BEGLEITER_DATA_KEY; a database without such rows needs no key.

Revision ID: 0006_storage
Revises: 0005_talk
Create Date: 2026-12-05
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

from bot import crypto

revision = "0006_storage"
down_revision = "0005_talk"
branch_labels = None
depends_on = None


class Column(NamedTuple):  # not a dataclass: Alembic loads this file outside sys.modules
    table: str
    name: str
    plain_type: str  # the type in the clear, as 0001-0005 made it
    nullable: bool
    empty: str  # the value a NOT NULL column starts with while it is rebuilt
    limit: int | None = None  # a plain text's length, kept on the way back


COLUMNS = (
    Column("appointments", "place", "VARCHAR(200)", nullable=False, empty="", limit=200),
    Column("appointments", "note", "VARCHAR(500)", nullable=False, empty="", limit=500),
    Column("appointments", "answer_reason", "VARCHAR(500)", nullable=True, empty="", limit=500),
    Column("people", "dialogue", "JSON", nullable=True, empty="null"),
    Column("alerts", "reasons", "JSON", nullable=False, empty="[]"),
)


def _ring() -> crypto.KeyRing:
    from bot.settings import Settings

    try:
        return crypto.ring()
    except crypto.DataKeyError:
        # `python -m bot db upgrade` migrates before anything configured the key.
        return crypto.KeyRing(Settings().require_data_key())


def _rebuild(column: Column, new_type: str, convert: Callable[[str], str | None]) -> None:
    """column := convert(column) in a new column of `new_type`, in place of the old one."""
    connection = op.get_bind()
    table, name, temporary = column.table, column.name, f"{column.name}__new"
    old = sa.table(table, sa.column("id"), sa.column(name), sa.column(temporary))
    rows = connection.execute(sa.select(old.c.id, old.c[name]).where(old.c[name].is_not(None))).all()
    not_null = "" if column.nullable else f" NOT NULL DEFAULT '{column.empty}'"
    op.execute(f"ALTER TABLE {table} ADD COLUMN {temporary} {new_type}{not_null}")
    if rows:
        # A driver may hand a JSON column back parsed; its text is what is kept.
        values = [
            {"row_id": row_id, "value": convert(value if isinstance(value, str) else json.dumps(value))}
            for row_id, value in rows
        ]
        fill = (
            sa.update(old)
            .where(old.c.id == sa.bindparam("row_id"))
            .values({temporary: sa.bindparam("value")})
        )
        connection.execute(fill, values)
    op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    op.execute(f"ALTER TABLE {table} RENAME COLUMN {temporary} TO {name}")
    if not column.nullable and connection.dialect.name != "sqlite":
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {name} DROP DEFAULT")


def upgrade() -> None:
    ring: crypto.KeyRing | None = None

    def encrypt(plain: str) -> str | None:
        nonlocal ring
        if plain == "null":  # a JSON null: nothing to keep
            return None
        ring = ring or _ring()
        return ring.encrypt(plain)

    for column in COLUMNS:
        _rebuild(column, "TEXT", encrypt)


def downgrade() -> None:
    ring: crypto.KeyRing | None = None

    for column in COLUMNS:

        def decrypt(token: str, column: Column = column) -> str | None:
            nonlocal ring
            ring = ring or _ring()
            plain = ring.decrypt(token)
            return plain[: column.limit] if column.limit else plain

        _rebuild(column, column.plain_type, decrypt)
