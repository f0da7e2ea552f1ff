"""Benchmark: how long a flagged check-in answer takes to reach the coach while a batch of
reminders is being sent.

    .venv/bin/python benchmarks/alert_latency.py [--reminders 3000] [--alerts 30] [--every 2.5]

Everything but Telegram is real: a temporary, migrated SQLite database; the real PTB
Application polling the in-process local Bot API server (which answers 429 like Telegram
above 30 messages a second) with the production dispatcher job (a tick every second) and
rate limiter. First `--reminders` appointment reminders are put in the outbox, due now.
Once they are flowing, participants of one coach answer the last question of their weekly
check-in (mood 1, so it is flagged) every `--every` seconds, as simulated Telegram users.

Latency = the alert row's `sent_at` (recorded by the dispatcher when Telegram accepted the
message) minus the check-in's `completed_at` (the moment the answer was stored). Both come
from the same clock. Printed: median, 95th percentile and maximum, and how many reminders
were still waiting at each answer (to show the alerts overtook a busy queue).
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
import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bench_support import local_settings, percentile, settled_heap, unsent
from reminders import TOKEN, _make_participants, _plan_reminders
from sqlalchemy import func, select

from bot.app import build_application, build_deps, startup
from bot.deps import Deps
from bot.kinds import Kind
from bot.migrate import upgrade_engine
from bot.models import (
    Alert,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    OutboxMessage,
    OutboxStatus,
    Role,
)
from bot.services import people
from devtools.localapi import LocalBotApi, SimUser

COACH_USER_ID = 20_000_000
FIRST_FLAGGED_USER_ID = 20_000_001


async def _seed_checkins(deps: Deps, api: LocalBotApi, count: int) -> list[SimUser]:
    """A coach and `count` participants of theirs, each at the last question of a check-in
    whose earlier answers include mood 1."""
    now = deps.clock.now()
    weekly = deps.checkins.questionnaires["weekly"]
    users = []
    async with deps.sessionmaker.begin() as session:
        api.add_user(SimUser(id=COACH_USER_ID, first_name="Coach"))
        coach = await people.create_member(
            session,
            role=Role.COACH,
            telegram_user_id=COACH_USER_ID,
            name="Coach",
            language="de",
            timezone=deps.settings.bot_timezone,
            now=now,
            notice_version=deps.notice_version,
        )
        for number in range(count):
            user = api.add_user(SimUser(id=FIRST_FLAGGED_USER_ID + number, first_name=f"F{number}"))
            person = await people.create_member(
                session,
                role=Role.PARTICIPANT,
                telegram_user_id=user.id,
                name=f"Teilnehmer {number}",
                language="de",
                timezone=deps.settings.bot_timezone,
                now=now,
                notice_version=deps.notice_version,
                coach_id=coach.id,
            )
            checkin = Checkin(
                person_id=person.id,
                questionnaire="weekly",
                period="bench",
                status=CheckinStatus.STARTED,
                offered_at=now,
                expires_at=now.replace(year=now.year + 1),
                started_at=now,
            )
            session.add(checkin)
            await session.flush()
            for question in weekly.questions[:-1]:
                session.add(
                    CheckinAnswer(
                        checkin_id=checkin.id,
                        person_id=person.id,
                        question=question.id,
                        score=1 if question.id == "mood" else None,
                        answered_at=now,
                    )
                )
            person.dialogue = {"name": "checkin", "id": checkin.id, "q": len(weekly.questions) - 1, "sel": []}
            users.append(user)
    return users


async def run(reminders: int, alerts: int, every: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="begleiter-alerts-") as folder:
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder)
            deps = build_deps(settings)
            try:
                await upgrade_engine(deps.engine)
                participant_ids = await _make_participants(deps, api, reminders)
                assert await _plan_reminders(deps, participant_ids, 1, grouped=False) == reminders
                flagged_users = await _seed_checkins(deps, api, alerts)

                app = build_application(settings, deps=deps, dispatch_interval=1.0)
                waiting: list[int] = []
                async with app:
                    await startup(app)
                    await app.start()
                    assert app.updater is not None
                    await app.updater.start_polling(poll_interval=0.0, timeout=1)
                    with settled_heap():  # as `python -m bot run` once it has warmed up
                        started = time.perf_counter()
                        await asyncio.sleep(2.0)  # the reminders are flowing
                        for user in flagged_users:
                            waiting.append(await unsent(deps, Kind.APPOINTMENT_REMINDER))
                            await api.send_text(user, "Es geht mir schlecht, ich schlafe kaum.")
                            await asyncio.sleep(every)
                        await _until_all_sent(deps, alerts)
                        wall = time.perf_counter() - started
                    await app.updater.stop()
                    await app.stop()
                return await _report(deps, reminders, alerts, waiting, wall, api)
            finally:
                await deps.engine.dispose()


async def _until_all_sent(deps: Deps, alerts: int) -> None:
    """Poll the database until every reminder and every alert has gone out."""
    done = False
    while not done:
        await asyncio.sleep(0.5)
        done = not await unsent(deps, Kind.APPOINTMENT_REMINDER) and await _all_alerts_sent(deps, alerts)


async def _all_alerts_sent(deps: Deps, expected: int) -> bool:
    async with deps.sessionmaker() as session:
        sent = await session.scalar(
            select(func.count()).where(
                OutboxMessage.kind == Kind.ALERT_COACH, OutboxMessage.status == OutboxStatus.SENT
            )
        )
    return int(sent or 0) >= expected


async def _report(
    deps: Deps, reminders: int, alerts: int, waiting: list[int], wall: float, api: LocalBotApi
) -> dict[str, Any]:
    async with deps.sessionmaker() as session:
        completed = {
            alert_id: at
            for alert_id, at in await session.execute(
                select(Alert.id, Checkin.completed_at).join(Checkin, Alert.checkin_id == Checkin.id)
            )
        }
        rows: list[tuple[datetime, datetime]] = []
        for payload, sent in await session.execute(
            select(OutboxMessage.payload, OutboxMessage.sent_at).where(
                OutboxMessage.kind == Kind.ALERT_COACH, OutboxMessage.status == OutboxStatus.SENT
            )
        ):
            answered = completed[payload["alert_id"]]
            # Alerts come from completed check-ins, and a sent row has its time.
            assert answered is not None and sent is not None
            rows.append((answered, sent))
        reminders_sent = await session.scalar(
            select(func.count()).where(
                OutboxMessage.kind == Kind.APPOINTMENT_REMINDER, OutboxMessage.status == OutboxStatus.SENT
            )
        )
    latencies = [(sent - completed).total_seconds() for completed, sent in rows]
    if not latencies:
        raise SystemExit("no alert was sent")
    return {
        "reminders": reminders,
        "reminders_sent": int(reminders_sent or 0),
        "alerts_expected": alerts,
        "alerts_sent": len(latencies),
        "latency_median_s": round(statistics.median(latencies), 3),
        "latency_p95_s": round(percentile(latencies, 0.95), 3),
        "latency_max_s": round(max(latencies), 3),
        "latency_min_s": round(min(latencies), 3),
        "reminders_waiting_at_answers": f"{min(waiting)}..{max(waiting)}",
        "wall_seconds": round(wall, 1),
        "reminder_rate_per_s": round(int(reminders_sent or 0) / wall, 2),
        "http_429": sum(1 for _, code, _ in api.errors if code == 429),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reminders", type=int, default=3000, help="reminders in the outbox (default 3000)")
    parser.add_argument(
        "--alerts", type=int, default=30, help="flagged check-ins answered meanwhile (default 30)"
    )
    parser.add_argument("--every", type=float, default=2.5, help="seconds between them (default 2.5)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    report = asyncio.run(run(args.reminders, args.alerts, args.every))
    width = max(len(name) for name in report) + 1
    print("\n".join(f"{name + ':':<{width}} {value}" for name, value in report.items()))
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
