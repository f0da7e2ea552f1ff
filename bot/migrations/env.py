"""Alembic environment: runs migrations on the async engine of the configured database."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.db import create_engine
from bot.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite changes a column by copying the table and dropping the old one. With foreign
        # keys on, that drop deletes the old rows first and runs their ON DELETE actions:
        # every consent record, appointment, check-in... of every person went (CASCADE) and
        # every participant lost her coach (SET NULL) in the upgrade through 0006. So they
        # are off while migrating (the pragma only works outside a transaction: it comes
        # first) and checked afterwards.
        began_outside = connection.in_transaction()
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        if not began_outside:
            # SQLAlchemy "autobegan" for the pragma: end it, so that Alembic's begin_transaction
            # below owns the transaction (a migration's autocommit_block needs that).
            connection.commit()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({str(row[0]) for row in broken})
                raise RuntimeError(f"the migration left rows pointing nowhere in {', '.join(tables)}")


async def _run_async(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    asyncio.run(_run_async(config.get_main_option("sqlalchemy.url") or ""))


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
