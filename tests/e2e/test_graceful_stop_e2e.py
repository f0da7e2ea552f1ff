"""Stopping the bot while the outbox's round is sending a backlog: the round finishes the sends
in flight and writes them down, claims nothing more, and stop() returns. Before, the job
queue's stop waited for the whole round, which went on claiming for up to its 30 s budget; and
jobs started while it waited (the dispatcher every tick, the broadcast progress every 3 s)
were cut off by the scheduler's shutdown but, shielded by python-telegram-bot, ran on past
stop(), into the shutdown and the engine's disposal (a connection dropped unclosed).
A message takes the Bot API 3 s here, so the bot is stopped with sends surely in flight."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import build_application, build_deps, startup
from bot.clock import ManualClock
from bot.models import AppointmentKind, OutboxMessage, OutboxStatus, Person, Role
from bot.services import appointments
from devtools.localapi import LocalBotApi, SimUser

from e2e_support import TOKEN
from harness import make_settings
from seed import add_person

pytestmark = pytest.mark.e2e
PEOPLE = 60  # two rounds' worth: 30 are in flight at once


async def test_stop_returns_once_the_sends_in_flight_are_written_down(
    migrated_sqlite_url: str, clock: ManualClock
) -> None:
    api = LocalBotApi(TOKEN, bot_id=777000, bot_username="begleiter_e2e_bot")
    api.method_latency["sendMessage"] = (3.0, 3.0)
    await api.start()
    settings = make_settings(
        migrated_sqlite_url, TELEGRAM_API_BASE_URL=api.base_url, TELEGRAM_BOT_TOKEN=TOKEN
    )
    deps = build_deps(settings, clock)
    app = build_application(settings, deps=deps, dispatch_interval=0.2)
    try:
        await app.initialize()
        await startup(app)
        await app.start()
        ids = []
        for n in range(PEOPLE):
            api.add_user(SimUser(8100 + n, f"P{n}"))
            ids.append(await add_person(deps, telegram_user_id=8100 + n, name=f"P{n}", role=Role.PARTICIPANT))
        # Due in a minute: the dispatcher's own job sends them at its next tick.
        later = clock.now() + timedelta(minutes=1)
        async with deps.sessionmaker.begin() as session:
            for person_id in ids:
                participant = await session.get(Person, person_id)
                assert participant is not None
                await appointments.create(
                    session,
                    actor=None,
                    participant=participant,
                    kind=AppointmentKind.COURSE,
                    starts_at=later + timedelta(days=3),
                    place="Kurs",
                    note="",
                    now=later,
                )
        clock.advance(timedelta(minutes=2))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not [c for c in api.calls if c[0] == "sendMessage" and "Neuer Termin" in str(c[1].get("text"))]:
            assert loop.time() < deadline, "nothing was sent"
            await asyncio.sleep(0.02)

        await app.stop()  # with sends in flight
        running_jobs = [
            task.get_name()
            for task in asyncio.all_tasks()
            if not task.done() and getattr(task.get_coro(), "__qualname__", "") == "Job._run"
        ]

        async with deps.sessionmaker() as session:
            statuses = dict(
                (
                    await session.execute(
                        select(OutboxMessage.status, func.count())
                        .where(OutboxMessage.recipient_id.in_(ids), OutboxMessage.kind == "appointment.new")
                        .group_by(OutboxMessage.status)
                    )
                ).all()
            )
    finally:
        if app.running:
            await app.stop()
        await app.shutdown()
        await deps.engine.dispose()
        await api.stop()
    assert OutboxStatus.SENDING not in statuses, statuses  # nothing left claimed
    assert statuses.get(OutboxStatus.SENT, 0) >= 1  # what was in flight is written down
    assert statuses.get(OutboxStatus.PENDING, 0) >= 1  # the rest waits for the next start
    assert not running_jobs, running_jobs
