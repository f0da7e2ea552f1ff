"""Shared fixtures: a migrated database (SQLite, and PostgreSQL when reachable), deps, harness.

Migrations run once per test process into a template (tests/db_templates.py); tests get copies."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import mt_models
import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.app import build_deps
from bot.clock import ManualClock
from bot.deps import Deps
from bot.mt import MachineTranslator

from db_templates import PostgresTemplate, copy_sqlite, migrated_sqlite_template, sqlite_file_url
from harness import Harness, make_settings, running
from log_capture import restore_logging  # noqa: F401  (a fixture for every test)

# PTB 22 warns on every RetryAfter unless its timedelta behaviour is chosen explicitly.
os.environ.setdefault("PTB_TIMEDELTA", "1")
# argostranslate reads its settings from the environment once, at import: give it a throwaway
# home (never the developer's ~/.local/share/argos-translate) before any test can import it.
mt_models.isolate_argos_environment()

# Property-based tests (tests/fuzz/): "ci" by default, the same examples on every run (derandomized,
# no example database); `--hypothesis-profile=long` for ten times as many.
_FUZZ = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": False,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
}
settings.register_profile("ci", max_examples=80, **_FUZZ)  # type: ignore[arg-type]  # ~1,400 updates per engine
settings.register_profile("long", max_examples=300, **_FUZZ)  # type: ignore[arg-type]  # ~5,000 updates per engine
settings.load_profile("ci")

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday morning in Kassel
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
REQUIRE_POSTGRES = os.environ.get("BEGLEITER_REQUIRE_POSTGRES") == "1"
DB_FILE = "begleiter.db"


async def _postgres_reachable() -> str | None:
    engine = create_async_engine(POSTGRES_URL)
    try:
        async with engine.connect():
            return None
    except Exception as exc:  # any failure means "not here"
        return f"{type(exc).__name__}: {exc}"
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_problem() -> str | None:
    return asyncio.run(_postgres_reachable())


@pytest.fixture(scope="session")
def postgres_template(postgres_problem: str | None) -> Iterator[PostgresTemplate]:
    """A migrated PostgreSQL database for this test process to copy (dropped at the end)."""
    if postgres_problem is not None:
        message = f"PostgreSQL at {POSTGRES_URL} not reachable ({postgres_problem})"
        if REQUIRE_POSTGRES:
            pytest.fail(message + " but BEGLEITER_REQUIRE_POSTGRES=1")
        pytest.skip(message)
    template = PostgresTemplate(POSTGRES_URL)
    yield template
    template.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once for this test process."""
    return migrated_sqlite_template(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database migrated to head for one test, on each supported engine (a copy of the
    migrated template; `sqlite_url` names the same file on SQLite)."""
    if request.param == "sqlite":
        yield copy_sqlite(request.getfixturevalue("sqlite_template"), tmp_path / DB_FILE)
        return
    template: PostgresTemplate = request.getfixturevalue("postgres_template")
    name = template.create_copy()
    try:
        yield template.url(name)
    finally:
        template.drop(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Where this test's SQLite database lives; an empty file unless a fixture migrated it."""
    return sqlite_file_url(tmp_path / DB_FILE)


@pytest.fixture
def migrated_sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """`sqlite_url` with the database migrated to head (a copy of the template)."""
    return copy_sqlite(sqlite_template, tmp_path / DB_FILE)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def deps(database_url: str, clock: ManualClock) -> AsyncIterator[Deps]:
    """Services on a real, migrated database (both engines)."""
    built = build_deps(make_settings(database_url), clock)
    yield built
    await built.engine.dispose()


@pytest.fixture
async def session(deps: Deps) -> AsyncIterator[AsyncSession]:
    async with deps.sessionmaker.begin() as session:
        yield session


@pytest.fixture
async def harness(migrated_sqlite_url: str, clock: ManualClock) -> AsyncIterator[Harness]:
    """The real Application with every handler, on SQLite, talking to a recording Bot API."""
    async with running(migrated_sqlite_url, clock) as started:
        yield started


@pytest.fixture(scope="session")
def mt_packages() -> Path:
    """ARGOS_PACKAGES_DIR with the demo models of devtools/mt_demo.py built and installed (once).

    The application's translator is shared by the whole process and may have read the
    (then empty) folder in an earlier test: it reads it again now."""
    packages = mt_models.installed_packages_dir()
    from bot.app import shared_translator

    shared_translator(packages).reload()
    return packages


@pytest.fixture
def machine_translator(mt_packages: Path) -> Iterator[MachineTranslator]:
    translator = MachineTranslator(mt_packages)
    yield translator
    translator.close()
