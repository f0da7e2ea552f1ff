"""What the benchmarks against the local Bot API server share: their settings (a fresh SQLite
file, never the developer's .env), the percentile they print, and how many outbox rows are
still to be sent."""

from __future__ import annotations

import gc
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot import crypto
from bot.app import settle_heap
from bot.deps import Deps
from bot.models import OutboxMessage, OutboxStatus
from bot.settings import Settings


def local_settings(token: str, api_base_url: str, folder: str, **extra: str) -> Settings:
    """Settings for the bot against the local Bot API server, on a new SQLite file in `folder`,
    with a fresh data key."""
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api_base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder}/bench.db",
        "BEGLEITER_DATA_KEY": crypto.generate_key(),
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]  # not .env


@contextmanager
def settled_heap() -> Iterator[int]:
    """The measured run with the heap settled as `python -m bot run` settles it once it has
    warmed up (bot.app.settle_heap; yields how many objects were set aside), and given back
    afterwards: this process goes on (the next configuration, or a test). Without it, full
    collections walk every seeded row and the server's record of every message, with the
    event loop held: 30 to 160 ms each, longer as the run goes on."""
    try:
        yield settle_heap()
    finally:
        gc.unfreeze()


async def _admin(admin_url: str, statement: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


@asynccontextmanager
async def scratch_database(admin_url: str, prefix: str) -> AsyncIterator[URL]:
    """A new, empty PostgreSQL database on the server of `admin_url` (its URL), dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    await _admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name)
    finally:
        await _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def unsent(deps: Deps, kind: str | None = None) -> int:
    """Outbox rows not sent yet (pending or being sent), retries due later included; only
    those of `kind` when given (a bulk send of reminders, not the prompts the bot's own
    planner adds for tomorrow, which a run would otherwise wait for)."""
    query = select(func.count()).where(OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)))
    if kind is not None:
        query = query.where(OutboxMessage.kind == kind)
    async with deps.sessionmaker() as session:
        return int(await session.scalar(query) or 0)
