"""Issue 15's crash test: the bot process is SIGKILLed in the middle of a 2,000-recipient send
and restarted, once against a well-behaved Bot API and once through issue 15's fault mix
(10% 5xx, 5% hangs, 5% dropped connections, 3% 429s). Nothing is lost, and every duplicate
lies within the documented window (README, "Delivery semantics"):

- the rows in flight at the kill (`sending` in the database afterwards): Telegram may have
  answered them, but the answer was not written down; and
- the ambiguous outcomes the dispatcher counted, in both processes: each is logged with its
  row id, which outlives the killed process's own count.

Each participant has one reminder due (one message, no calendar file after it). The
server's record of what reached whom is the judge, chat by chat: a chat may hold one
message more than the first only for its row in flight at the kill and for each ambiguous
outcome of its row. The test prints planned / delivered / lost / duplicated for the closing
note. RESTART_RECIPIENTS lowers the 2,000 for a quick local run.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import build_deps
from bot.deps import Deps
from bot.kinds import Kind
from bot.models import OutboxMessage, OutboxStatus, Person
from devtools.localapi import LocalBotApi
from devtools.localapi.faults import KINDS, FaultPolicy
from scheduler.dispatcher import Dispatcher

from e2e_support import run_environment, seed_reminders, start_bot, stop_bot
from harness import make_settings

pytestmark = pytest.mark.e2e
TOKEN = "666000:RESTART"
RECIPIENTS = int(os.environ.get("RESTART_RECIPIENTS", "2000"))
FIRST_CHAT = 20_000
IN_FLIGHT = Dispatcher.__init__.__kwdefaults__["max_in_flight"]  # type: ignore[index]
# Three times a row's longest send (5 s, a quick retry, 5 s again), so that even on a loaded
# machine the running process never takes its own rows back (that would be a duplicate outside
# the window); far shorter than the default 120 s, so that the restarted process takes the
# killed one's rows back while it still has a minute of others to send, not after them.
LEASE_SECONDS = 30
# The dispatcher's warning for an ambiguous outcome (scheduler/dispatcher.py), with its row id.
AMBIGUOUS = re.compile(rb"outbox row (\d+): the answer was lost after the request was sent")


async def wait_until(condition: Callable[[], bool], timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.1)


async def statuses(deps: Deps) -> dict[OutboxStatus, int]:
    async with deps.sessionmaker() as session:
        counted = await session.execute(
            select(OutboxMessage.status, func.count())
            .where(OutboxMessage.kind == Kind.APPOINTMENT_REMINDER)
            .group_by(OutboxMessage.status)
        )
        return {status: number for status, number in counted.all()}


async def chats_of_rows(deps: Deps, status: OutboxStatus | None = None) -> dict[int, int]:
    """Row id -> recipient's chat, for the appointment rows (in that status)."""
    query = (
        select(OutboxMessage.id, Person.chat_id)
        .join(Person, Person.id == OutboxMessage.recipient_id)
        .where(OutboxMessage.kind == Kind.APPOINTMENT_REMINDER)
    )
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    async with deps.sessionmaker() as session:
        return {row_id: chat for row_id, chat in (await session.execute(query)).all() if chat is not None}


def deliveries(api: LocalBotApi) -> Counter[int]:
    """Messages per participant's chat (their reminder is all they get), from the server's
    record of what reached whom."""
    chats = range(FIRST_CHAT, FIRST_CHAT + RECIPIENTS)
    return Counter(
        record.chat_id
        for record in api.delivered()
        if isinstance(record.chat_id, int) and record.chat_id in chats
    )


def reached(policy: FaultPolicy) -> int:
    """Participants' chats with a message so far, from the server's running list (cheap to poll)."""
    return len({chat for _, chat in policy.deliveries if chat >= FIRST_CHAT})


@pytest.mark.slow
@pytest.mark.parametrize("faults", ["clean", "faults"])
async def test_sigkill_mid_send_loses_nothing(faults: str, tmp_path: Path, migrated_sqlite_url: str) -> None:
    url = migrated_sqlite_url
    deps = build_deps(make_settings(url))
    log_path = tmp_path / "bot.log"
    try:
        async with LocalBotApi(TOKEN) as api:
            await seed_reminders(url, api, RECIPIENTS, first_chat=FIRST_CHAT)
            policy = FaultPolicy.issue_15(seed=15) if faults == "faults" else FaultPolicy()
            api.faults = policy
            env = run_environment(api, TOKEN, url, OUTBOX_CLAIM_LEASE_SECONDS=str(LEASE_SECONDS))
            with log_path.open("ab") as log:
                first = await start_bot(env, tmp_path, log)
                # Killed once a third has gone out (faults of every kind have happened by then).
                await wait_until(lambda: reached(policy) >= RECIPIENTS // 3, timeout=180)
                first.kill()  # SIGKILL: no shutdown, claimed rows stay `sending`, answers in flight are lost
                await first.wait()
                reached_at_kill = len(deliveries(api))
                in_flight = await chats_of_rows(deps, OutboxStatus.SENDING)
                assert reached_at_kill < RECIPIENTS, "the kill must come in the middle of the send"

                second = await start_bot(env, tmp_path, log)
                try:
                    loop = asyncio.get_running_loop()
                    deadline = loop.time() + 240 + RECIPIENTS / 10
                    while await statuses(deps) != {OutboxStatus.SENT: RECIPIENTS} and loop.time() < deadline:
                        await asyncio.sleep(0.5)
                finally:
                    code = await stop_bot(second)
            api.faults = None
            counts = deliveries(api)
        final = await statuses(deps)
        row_chats = await chats_of_rows(deps)
    finally:
        await deps.engine.dispose()

    logged = log_path.read_bytes()
    ambiguous = Counter(row_chats[int(row)] for row in AMBIGUOUS.findall(logged))
    window = Counter(in_flight.values()) + ambiguous
    chats = range(FIRST_CHAT, FIRST_CHAT + RECIPIENTS)
    lost = [chat for chat in chats if counts[chat] == 0]
    duplicated = {chat: counts[chat] - 1 for chat in chats if counts[chat] > 1}
    print(
        f"\nSIGKILL mid-send, {faults}: planned {RECIPIENTS}, delivered {RECIPIENTS - len(lost)},"
        f" lost {len(lost)}, duplicated {sum(duplicated.values())} in {len(duplicated)} chats;"
        f" reached before the kill {reached_at_kill}, in flight at the kill {len(in_flight)},"
        f" ambiguous outcomes logged {sum(ambiguous.values())}; faults {dict(policy.injected)}"
    )
    assert code == 0
    assert lost == []
    assert final == {OutboxStatus.SENT: RECIPIENTS}
    assert len(in_flight) <= IN_FLIGHT
    # Chat by chat, no duplicate outside the window; so the total is within it too.
    assert {chat: extra for chat, extra in duplicated.items() if extra > window[chat]} == {}
    assert sum(duplicated.values()) <= len(in_flight) + sum(ambiguous.values())
    assert b"Traceback" not in logged
    if faults == "faults":  # the faults did happen, each kind of them
        assert set(policy.injected) == KINDS
