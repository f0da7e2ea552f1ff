"""`python -m bot db upgrade` is safe while an older process still runs: from ADDITIVE_SINCE on,
every migration only adds. The older process names its columns (SQLAlchemy selects and inserts
list them), so it keeps working when a step keeps every table and column it knows, with the same
type and nullability, and gives every column it adds to an existing table a default or lets it
be empty (the old process's inserts leave it out). Checked step by step on both engines, by
reflecting the schema before and after each migration.

The check, run from 0002, finds only 0006 (it encrypts typed fields: five columns become TEXT);
an upgrade across 0006 needs the old process stopped first (README, "Upgrades")."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.deps import Deps
from bot.migrate import alembic_config

ADDITIVE_SINCE = "0007_broadcasts"  # the first migration that must only add


@dataclass(frozen=True)
class Column:
    type: str
    nullable: bool
    has_default: bool


Schema = dict[str, dict[str, Column]]


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    newest_first = [revision.revision for revision in script.walk_revisions()]
    return newest_first[::-1]


async def _migrate(engine: AsyncEngine, revision: str, *, up: bool) -> Schema:
    def run(connection: Connection) -> Schema:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(config, revision)
        inspector = sa.inspect(connection)
        return {
            table: {
                column["name"]: Column(
                    type=str(column["type"].compile(dialect=connection.dialect)),
                    nullable=bool(column["nullable"]),
                    has_default=column.get("default") is not None,
                )
                for column in inspector.get_columns(table)
            }
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }

    async with engine.connect() as connection:  # Alembic owns the transaction, as in bot/migrate.py
        schema = await connection.run_sync(run)
        await connection.commit()
    await engine.dispose()  # asyncpg's prepared statements know the old column types
    return schema


def _what_breaks_an_old_process(before: Schema, after: Schema) -> list[str]:
    problems = []
    for table, columns in before.items():
        if table not in after:
            problems.append(f"table {table} dropped")
            continue
        for name, old in columns.items():
            new = after[table].get(name)
            if new is None:
                problems.append(f"{table}.{name} dropped")
            elif new.type != old.type:
                problems.append(f"{table}.{name} changed type {old.type} → {new.type}")
            elif old.nullable and not new.nullable:
                problems.append(f"{table}.{name} became NOT NULL")
        for name, new in after[table].items():
            if name not in columns and not new.nullable and not new.has_default:
                problems.append(f"{table}.{name} added NOT NULL without a default")
    return problems


async def test_every_migration_since_0007_only_adds(deps: Deps) -> None:
    revisions = _revisions()
    start = revisions.index(ADDITIVE_SINCE)
    before = await _migrate(deps.engine, revisions[start - 1], up=False)
    found = {}
    for revision in revisions[start:]:
        after = await _migrate(deps.engine, revision, up=True)
        found[revision] = _what_breaks_an_old_process(before, after)
        before = after
    assert found == {revision: [] for revision in revisions[start:]}


def test_the_check_sees_what_would_break_an_old_process() -> None:
    text = Column("TEXT", nullable=True, has_default=False)
    number = Column("INTEGER", nullable=False, has_default=False)
    before: Schema = {"people": {"id": number, "note": text}, "gone": {"id": number}}
    after: Schema = {
        "people": {
            "id": Column("BIGINT", nullable=False, has_default=False),
            "note": Column("TEXT", nullable=False, has_default=False),
            "score": number,
            "flag": Column("BOOLEAN", nullable=False, has_default=True),
            "extra": text,
        }
    }
    assert _what_breaks_an_old_process(before, after) == [
        "people.id changed type INTEGER → BIGINT",
        "people.note became NOT NULL",
        "people.score added NOT NULL without a default",
        "table gone dropped",
    ]
