"""A hard crash (SIGKILL) in the middle of a 2,000-recipient send while the Bot API misbehaves
(issue 15's fault mix: 10% 5xx, 5% hangs, 5% dropped connections, 3% 429s) loses nothing, and
duplicates stay within the rows in flight at the crash plus the ambiguous outcomes.

The dispatcher's own `ambiguous` count dies with the killed process, so the bound is counted
on the server's side: a hang or dropped connection *after* the message was stored
(`hang_stored`, `reset_stored`) is exactly an ambiguous outcome that can show twice; the crash
adds at most the rows in flight (`max_in_flight`, whose answers may have arrived but not been
written down). CI runs 300 recipients; RESTART_FAULT_RECIPIENTS=2000 is the issue's size.
"""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_restart import statuses, wait_until

from bot.app import build_deps
from bot.models import AppointmentKind, OutboxStatus, Role
from bot.services import appointments
from devtools.localapi import LocalBotApi, SimUser
from devtools.localapi.faults import FaultPolicy
from scheduler.dispatcher import Dispatcher

from e2e_support import run_environment, start_bot, stop_bot
from harness import make_settings
from seed import make_member

pytestmark = pytest.mark.e2e
TOKEN = "666001:RESTARTFAULTS"
# 300 in CI (113 s here); RESTART_FAULT_RECIPIENTS=2000 for the issue's figure, which timed out after
# the restart on this loaded machine (see the report; the 50 ms polls scan every chat).
RECIPIENTS = int(os.environ.get("RESTART_FAULT_RECIPIENTS", "300"))
IN_FLIGHT = Dispatcher.__init__.__kwdefaults__["max_in_flight"]  # type: ignore[index]
FIRST_CHAT = 20_000
SEED_CHUNK = 500


async def seed(url: str, api: LocalBotApi) -> None:
    """A coach and RECIPIENTS participants, each with a new appointment: one 'Neuer Termin'
    message each, due now."""
    deps = build_deps(make_settings(url))
    now = datetime.now(UTC)
    async with deps.sessionmaker.begin() as session:
        coach = await make_member(session, role=Role.COACH, now=now, telegram_user_id=9000, name="Jonas")
        coach_id = coach.id
    api.add_user(SimUser(9000, "Jonas"))
    for start in range(0, RECIPIENTS, SEED_CHUNK):
        async with deps.sessionmaker.begin() as session:
            for number in range(start, min(start + SEED_CHUNK, RECIPIENTS)):
                user = api.add_user(SimUser(FIRST_CHAT + number, f"P{number}"))
                participant = await make_member(
                    session,
                    role=Role.PARTICIPANT,
                    now=now,
                    telegram_user_id=user.id,
                    name=user.first_name,
                    coach_id=coach_id,
                )
                participant.quiet_start = participant.quiet_end = None  # the test may run at night
                await appointments.create(
                    session,
                    actor=None,
                    participant=participant,
                    kind=AppointmentKind.COURSE,
                    starts_at=now + timedelta(days=3),
                    place="Kurs",
                    note="",
                    now=now,
                )
    await deps.engine.dispose()


async def all_sent(url: str, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while await statuses(url) != {OutboxStatus.SENT: RECIPIENTS}:
        if asyncio.get_running_loop().time() > deadline:
            return  # the final assertion shows what is left
        await asyncio.sleep(0.5)


def delivered(api: LocalBotApi) -> dict[int, int]:
    counts = dict.fromkeys(range(FIRST_CHAT, FIRST_CHAT + RECIPIENTS), 0)
    for chat in counts:
        counts[chat] = sum(1 for m in api.bot_messages(chat) if "Neuer Termin" in (m.get("text") or ""))
    return counts


@pytest.mark.slow
async def test_hard_kill_under_faults_loses_nothing(tmp_path: Path, migrated_sqlite_url: str) -> None:
    url = migrated_sqlite_url
    async with LocalBotApi(TOKEN) as api:
        await seed(url, api)
        policy = FaultPolicy.issue_15(seed=15)
        api.faults = policy
        env = run_environment(api, TOKEN, url, OUTBOX_CLAIM_LEASE_SECONDS="3")
        log = (tmp_path / "bot.log").open("ab")
        first = await start_bot(env, tmp_path, log)
        # Killed once about a third has gone out: faults of every kind have happened by then.
        await wait_until(lambda: len(policy.deliveries) >= RECIPIENTS // 3, timeout=120)
        first.kill()  # SIGKILL: no shutdown, rows stay claimed, answers in flight are lost
        await first.wait()
        before_restart = sum(1 for count in delivered(api).values() if count)
        at_kill = await statuses(url)
        assert before_restart < RECIPIENTS, "the crash must happen in the middle of the send"

        second = await start_bot(env, tmp_path, log)
        try:
            await wait_until(lambda: all(delivered(api).values()), timeout=60 + RECIPIENTS / 10)
            # Every chat has its message, but a row whose answer was lost (a hang, a reset) is
            # pending again until its retry's backoff is over: wait for the outbox to agree
            # rather than for a fixed time (a CI run once stopped with one row still pending).
            await all_sent(url, timeout=120)
        finally:
            await stop_bot(second)
            log.close()

    counts = delivered(api)
    lost = [chat for chat, count in counts.items() if count == 0]
    duplicates = sum(count - 1 for count in counts.values() if count > 1)
    ambiguous = policy.injected["hang_stored"] + policy.injected["reset_stored"]
    print(
        f"\nrestart under faults: {RECIPIENTS} recipients, delivered before kill {before_restart},"
        f" rows then {at_kill}, lost {len(lost)}, duplicates {duplicates}"
        f" (window {IN_FLIGHT} in flight + {ambiguous} stored-then-lost answers), faults {dict(policy.injected)}"
    )
    assert lost == []
    assert duplicates <= IN_FLIGHT + ambiguous
    assert await statuses(url) == {OutboxStatus.SENT: RECIPIENTS}
