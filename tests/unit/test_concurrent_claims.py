"""Several bot processes on one PostgreSQL never claim the same outbox row."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.app import build_deps
from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import Priority, Role
from bot.services import outbox
from bot.services.outbox import Planned

from harness import make_settings
from seed import make_member

ROWS = 600
PROCESSES = 4


async def test_parallel_claimers_never_share_a_row(deps: Deps, clock: ManualClock) -> None:
    if deps.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises writers; several processes are a PostgreSQL setup")
    now = clock.now()
    async with deps.sessionmaker.begin() as session:
        recipients = []
        for number in range(20):
            person = await make_member(
                session,
                role=Role.PARTICIPANT,
                now=now,
                telegram_user_id=50_000 + number,
                name=f"P{number}",
            )
            person.quiet_start = person.quiet_end = None
            recipients.append(person.id)
        for number in range(ROWS):
            await outbox.enqueue(
                session,
                Planned(
                    recipient_id=recipients[number % len(recipients)],
                    kind="test",
                    due_at=now - timedelta(seconds=1),
                    priority=Priority.REMINDER,
                    dedupe_key=f"concurrent:{number}",
                    payload={},
                ),
                now=now,
            )

    # Each "process" has its own engine and connection pool, as separate bot processes would.
    others = [build_deps(make_settings(deps.settings.database_url), clock) for _ in range(PROCESSES)]

    async def claimer(process: Deps) -> list[int]:
        mine: list[int] = []
        while True:
            async with process.sessionmaker.begin() as session:
                rows = await outbox.claim_due(session, now=now, limit=17)
                mine.extend(row.id for row in rows)
            if not rows:
                return mine
            await asyncio.sleep(0)

    try:
        results = await asyncio.gather(*(claimer(process) for process in others))
    finally:
        for process in others:
            await process.engine.dispose()
    claimed = [row_id for result in results for row_id in result]
    assert len(claimed) == ROWS
    assert len(set(claimed)) == ROWS, "a row was claimed twice"
    assert sum(1 for result in results if result) >= 2, "the claimers did run side by side"
