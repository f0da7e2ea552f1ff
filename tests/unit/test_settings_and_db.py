"""Settings from the environment, migrations, SQLite pragmas and the UTC column type."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from pydantic import ValidationError
from sqlalchemy import Column, MetaData, String, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import SQLITE_BUSY_TIMEOUT_MS, create_engine
from bot.deps import Deps
from bot.migrate import alembic_config, upgrade, upgrade_engine
from bot.models import Base, Cohort, UTCDateTime
from bot.settings import MissingTokenError, Settings

HEAD = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


# --- Settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db.example:5432/begleiter", "postgresql+asyncpg://u:p@db.example:5432/begleiter"),
        ("postgresql://u:p@db.example/begleiter", "postgresql+asyncpg://u:p@db.example/begleiter"),
        ("postgresql+asyncpg://u@h/b", "postgresql+asyncpg://u@h/b"),
        ("sqlite:///data/begleiter.db", "sqlite+aiosqlite:///data/begleiter.db"),
        ("sqlite:////srv/begleiter.db", "sqlite+aiosqlite:////srv/begleiter.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_database_url_gets_the_async_driver(given: str, expected: str) -> None:
    assert settings(DATABASE_URL=given).database_url == expected


def test_database_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://app:secret@10.0.0.5/app")
    assert settings().database_url == "postgresql+asyncpg://app:secret@10.0.0.5/app"


def test_default_database_is_sqlite_with_aiosqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert settings().database_url.startswith("sqlite+aiosqlite:///")


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus", "Europe/Berlin ", "", "../etc/passwd", "/etc/localtime", "Europe"]
)
def test_unknown_time_zone_is_rejected(zone: str) -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        settings(BOT_TIMEZONE=zone)


def test_known_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TIMEZONE", "Asia/Kabul")
    loaded = settings()
    assert loaded.bot_timezone == "Asia/Kabul"
    assert loaded.zone == ZoneInfo("Asia/Kabul")
    assert settings(BOT_TIMEZONE="Europe/Berlin").zone.key == "Europe/Berlin"


def test_invite_ttl_default_and_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INVITE_TTL_DAYS", raising=False)
    assert settings().invite_ttl_days == 14
    with pytest.raises(ValidationError):
        settings(INVITE_TTL_DAYS=0)


def test_require_token_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    loaded = settings()
    with pytest.raises(MissingTokenError) as caught:
        loaded.require_token()
    message = str(caught.value)
    assert "TELEGRAM_BOT_TOKEN" in message
    assert "\n" not in message
    assert message.strip() == message and message


def test_require_token_with_an_empty_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    with pytest.raises(MissingTokenError):
        settings().require_token()


def test_require_token_returns_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    loaded = settings()
    assert loaded.require_token() == "123:abc"
    assert "123:abc" not in repr(loaded)  # a secret, not printed with the settings


# --- migrations -------------------------------------------------------------------------------


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def _schema_differences(engine: AsyncEngine) -> list[Any]:
    async with engine.connect() as connection:
        return await connection.run_sync(_differences)


async def _revision(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as connection:
        return list((await connection.execute(text("SELECT version_num FROM alembic_version"))).scalars())


async def test_migrations_match_the_models(deps: Deps) -> None:
    # `deps` has run upgrade_engine already.
    assert await _schema_differences(deps.engine) == []
    assert await _revision(deps.engine) == [HEAD]


async def test_the_schema_comparison_sees_differences(deps: Deps) -> None:
    # Guards the test above against passing vacuously.
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["cohorts"].append_column(Column("motto", String(20)))

    def differences(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, changed))

    async with deps.engine.connect() as connection:
        found = await connection.run_sync(differences)
    assert [(diff[0], diff[3].name) for diff in found] == [("add_column", "motto")]


async def test_upgrading_twice_is_harmless(deps: Deps) -> None:
    async with deps.sessionmaker.begin() as session:
        session.add(Cohort(name="Kassel", created_at=datetime(2026, 11, 23, tzinfo=UTC)))
    await upgrade_engine(deps.engine)
    await upgrade_engine(deps.engine)
    assert await _revision(deps.engine) == [HEAD]
    assert await _schema_differences(deps.engine) == []
    async with deps.sessionmaker() as session:
        assert list(await session.scalars(select(Cohort.name))) == ["Kassel"]


async def test_blocking_upgrade_by_url(sqlite_url: str) -> None:
    # The command-line path: its own engine and event loop (run in a worker thread here).
    await asyncio.to_thread(upgrade, sqlite_url)
    await asyncio.to_thread(upgrade, sqlite_url)
    engine = create_engine(sqlite_url)
    try:
        assert await _revision(engine) == [HEAD]
        assert await _schema_differences(engine) == []
    finally:
        await engine.dispose()


# --- SQLite connections -----------------------------------------------------------------------


async def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            busy = (await connection.execute(text("PRAGMA busy_timeout"))).scalar()
            assert busy == SQLITE_BUSY_TIMEOUT_MS == 5000
            assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
            # NORMAL (1): the WAL is synced at checkpoints, not at every commit.
            assert (await connection.execute(text("PRAGMA synchronous"))).scalar() == 1
    finally:
        await engine.dispose()


async def test_sqlite_pragmas_on_every_pooled_connection(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        async with engine.connect() as first, engine.connect() as second:
            for connection in (first, second):
                assert (await connection.execute(text("PRAGMA busy_timeout"))).scalar() == 5000
                assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
    finally:
        await engine.dispose()


async def test_sqlite_parent_folder_is_created(tmp_path: Any) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/deeper/still/begleiter.db"
    engine = create_engine(url)
    try:
        assert (tmp_path / "deeper" / "still").is_dir()
    finally:
        await engine.dispose()


# --- UTCDateTime --------------------------------------------------------------------------------


async def test_utc_datetime_round_trip(deps: Deps) -> None:
    berlin = datetime(2026, 11, 23, 10, 30, 15, 123456, tzinfo=ZoneInfo("Europe/Berlin"))
    kabul = datetime(2026, 6, 1, 4, 30, tzinfo=timezone(timedelta(hours=4, minutes=30)))
    async with deps.sessionmaker.begin() as session:
        session.add_all([Cohort(name="berlin", created_at=berlin), Cohort(name="kabul", created_at=kabul)])
    async with deps.sessionmaker() as session:
        stored = {cohort.name: cohort.created_at for cohort in await session.scalars(select(Cohort))}
    for name, original in (("berlin", berlin), ("kabul", kabul)):
        value = stored[name]
        assert value.tzinfo is not None, name
        assert value.utcoffset() == timedelta(0), name
        assert value.tzinfo == UTC, name
        assert value == original, name
    assert stored["berlin"] == datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)
    assert stored["kabul"] == datetime(2026, 6, 1, 0, 0, tzinfo=UTC)


async def test_utc_datetime_compares_in_queries(deps: Deps) -> None:
    moment = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    async with deps.sessionmaker.begin() as session:
        session.add(Cohort(name="a", created_at=moment))
    async with deps.sessionmaker() as session:
        later = moment.astimezone(ZoneInfo("Asia/Tehran")) + timedelta(seconds=1)
        earlier = moment - timedelta(seconds=1)
        assert await session.scalar(select(Cohort.name).where(Cohort.created_at < later)) == "a"
        assert await session.scalar(select(Cohort.name).where(Cohort.created_at > earlier)) == "a"


async def test_utc_datetime_refuses_naive_values(deps: Deps) -> None:
    async with deps.sessionmaker() as session:
        session.add(Cohort(name="naive", created_at=datetime(2026, 11, 23, 9, 0)))
        with pytest.raises(StatementError, match="naive"):
            await session.flush()
        await session.rollback()
    async with deps.sessionmaker() as session:
        assert list(await session.scalars(select(Cohort))) == []


@pytest.mark.parametrize("dialect_name", ["sqlite", "postgresql"])
def test_utc_datetime_conversions(dialect_name: str) -> None:
    column = UTCDateTime()
    dialect = type("FakeDialect", (), {"name": dialect_name})()
    with pytest.raises(ValueError, match="naive"):
        column.process_bind_param(datetime(2026, 1, 1), dialect)
    assert column.process_bind_param(None, dialect) is None
    assert column.process_result_value(None, dialect) is None
    aware = datetime(2026, 1, 1, 12, tzinfo=ZoneInfo("Europe/Berlin"))
    bound = column.process_bind_param(aware, dialect)
    assert bound is not None
    if dialect_name == "sqlite":
        assert bound == datetime(2026, 1, 1, 11)
    else:
        assert bound == aware and bound.tzinfo == UTC
    naive_from_db = column.process_result_value(datetime(2026, 1, 1, 11), dialect)
    assert naive_from_db == datetime(2026, 1, 1, 11, tzinfo=UTC)
    assert naive_from_db is not None and naive_from_db.tzinfo == UTC
