"""Benchmark: a staff broadcast to many participants, and crisis-free flagged alerts raised in the
middle of it.

    .venv/bin/python benchmarks/broadcast.py [--recipients 3000] [--alerts 20] [--every 2.5] [--blocked 30]

Everything but Telegram is real: a temporary, migrated SQLite database; the real PTB Application
polling the in-process local Bot API server in its Telegram-like mode (429 above 30 messages a
second) with the production dispatcher job and rate limiter. `--recipients` participants in seven
languages get one broadcast (texts prepared through the persistent translation cache: no models
are installed here, so every language other than German is "German with a note"); `--blocked` of
them have blocked the bot. Once it is flowing, flagged check-ins are answered every `--every`
seconds. Printed: messages per second and its share of 30/s, 429s, lost and duplicated
messages, the final figures, and the alert latency (median, p95) while the broadcast ran.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported: no deprecation warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# devtools/ (the local Bot API server) is not installed: it is imported from the checkout.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import asyncio
import json
import logging
import statistics
import tempfile
import time
from collections.abc import Sequence
from typing import Any

from alert_latency import _seed_checkins
from bench_support import local_settings, percentile
from reminders import FIRST_USER_ID, TELEGRAM_OVERALL_LIMIT, TOKEN, _make_participants
from sqlalchemy import func, select, update

from bot.app import build_application, build_deps, startup
from bot.deps import Deps
from bot.kinds import Kind
from bot.migrate import upgrade_engine
from bot.models import Alert, BroadcastText, Checkin, OutboxMessage, OutboxStatus, Person, Role
from bot.services import broadcasts, people
from devtools.localapi import LocalBotApi, SimUser

STAFF_USER_ID = 30_000_000
HEADER = "Nachricht vom Team"


async def _broadcast(deps: Deps, api: LocalBotApi) -> int:
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        api.add_user(SimUser(id=STAFF_USER_ID, first_name="Staff"))
        staff = await people.create_member(
            session,
            role=Role.STAFF,
            telegram_user_id=STAFF_USER_ID,
            name="Staff",
            language="de",
            timezone=deps.settings.bot_timezone,
            now=now,
            notice_version=deps.notice_version,
        )
        made = await broadcasts.create_draft(
            session,
            staff,
            broadcasts.Audience(broadcasts.PARTICIPANTS),
            "Am 24. August startet die siebte Berufsorientierung. Es sind noch Plätze frei.",
            now=now,
        )
        broadcast_id = made.id
    await broadcasts.prepare_texts(deps.sessionmaker, deps.mt, broadcast_id, now=now)
    return broadcast_id


async def _waiting(deps: Deps, broadcast_id: int) -> int:
    async with deps.sessionmaker() as session:
        return (await broadcasts.figures(session, broadcast_id)).waiting


async def _until_sent(deps: Deps, broadcast_id: int) -> None:
    """Poll the database until no row of the broadcast is waiting."""
    done = False
    while not done:
        await asyncio.sleep(0.5)
        done = not await _waiting(deps, broadcast_id)


async def run(recipients: int, alerts: int, every: float, blocked: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="begleiter-broadcast-") as folder:
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder)
            deps = build_deps(settings)
            try:
                await upgrade_engine(deps.engine)
                await _make_participants(deps, api, recipients)
                for number in range(blocked):
                    api.blocked_users.add(FIRST_USER_ID + number * 7 + 3)
                broadcast_id = await _broadcast(deps, api)
                flagged = await _seed_checkins(deps, api, alerts)
                # An announcement waits out the night: no quiet hours for anyone, the flagged
                # participants (in the audience too) included, or a run at night waits till morning.
                async with deps.sessionmaker.begin() as session:
                    await session.execute(update(Person).values(quiet_start=None, quiet_end=None))
                async with deps.sessionmaker.begin() as session:
                    confirmed = await broadcasts.confirm(session, broadcast_id, now=deps.clock.now())
                    assert confirmed is not None
                    planned = confirmed.recipients
                app = build_application(settings, deps=deps, dispatch_interval=1.0)
                waiting: list[int] = []
                async with app:
                    await startup(app)
                    await app.start()
                    assert app.updater is not None
                    await app.updater.start_polling(poll_interval=0.0, timeout=1)
                    started = time.perf_counter()
                    await asyncio.sleep(2.0)  # the broadcast is flowing
                    for user in flagged:
                        waiting.append(await _waiting(deps, broadcast_id))
                        await api.send_text(user, "Es geht mir schlecht, ich schlafe kaum.")
                        await asyncio.sleep(every)
                    await _until_sent(deps, broadcast_id)
                    wall = time.perf_counter() - started
                    await app.updater.stop()
                    await app.stop()
                return await _report(deps, api, broadcast_id, planned, blocked, waiting, wall)
            finally:
                await deps.engine.dispose()


async def _report(
    deps: Deps,
    api: LocalBotApi,
    broadcast_id: int,
    planned: int,
    blocked: int,
    waiting: list[int],
    wall: float,
) -> dict[str, Any]:
    async with deps.sessionmaker() as session:
        figures = await broadcasts.figures(session, broadcast_id)
        completed = dict(
            (
                await session.execute(
                    select(Alert.id, Checkin.completed_at).join(Checkin, Alert.checkin_id == Checkin.id)
                )
            ).all()
        )
        latencies = [
            (sent - completed[payload["alert_id"]]).total_seconds()
            for payload, sent in await session.execute(
                select(OutboxMessage.payload, OutboxMessage.sent_at).where(
                    OutboxMessage.kind == Kind.ALERT_COACH, OutboxMessage.status == OutboxStatus.SENT
                )
            )
        ]
        chats = [
            chat_id
            for chat_id in await session.scalars(
                select(Person.chat_id).where(Person.role == Role.PARTICIPANT)
            )
            if chat_id is not None
        ]
        translations = await session.scalar(select(func.count()).select_from(BroadcastText))
    # How often each participant's chat shows the broadcast (a chat the bot could not reach: 0).
    shown = [
        sum(1 for m in api.bot_messages(chat_id) if HEADER in (m.get("text") or "")) for chat_id in chats
    ]
    rate = figures.sent / wall
    return {
        "recipients": planned,
        "sent": figures.sent,
        "blocked_expected": blocked,
        "blocked": figures.blocked,
        "failed": figures.failed,
        "lost": planned - figures.sent - figures.blocked - figures.failed,
        "chats_with_the_message": sum(1 for count in shown if count),
        "duplicated": sum(count - 1 for count in shown if count > 1),
        "languages_prepared": int(translations or 0),
        "wall_seconds": round(wall, 1),
        "messages_per_s": round(rate, 2),
        "share_of_30_per_s": round(rate / TELEGRAM_OVERALL_LIMIT, 3),
        "http_429": sum(1 for _, code, _ in api.errors if code == 429),
        "alerts_sent": len(latencies),
        "alert_latency_median_s": round(statistics.median(latencies), 3) if latencies else None,
        "alert_latency_p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
        "broadcast_waiting_at_answers": f"{min(waiting)}..{max(waiting)}" if waiting else "-",
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--recipients", type=int, default=3000, help="participants (default 3000)")
    parser.add_argument("--alerts", type=int, default=20, help="flagged check-ins meanwhile (default 20)")
    parser.add_argument("--every", type=float, default=2.5, help="seconds between them (default 2.5)")
    parser.add_argument(
        "--blocked", type=int, default=30, help="participants who blocked the bot (default 30)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    report = asyncio.run(run(args.recipients, args.alerts, args.every, args.blocked))
    width = max(len(name) for name in report) + 1
    print("\n".join(f"{name + ':':<{width}} {value}" for name, value in report.items()))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
