"""Benchmark: plan and dispatch appointment reminders against the local Bot API server.

    .venv/bin/python benchmarks/reminders.py [--count 10000] [--per-participant 1] [--quick]

Everything but Telegram is real: a temporary, migrated SQLite database; participants made by
people.create_member; one appointment per reminder and its reminder row planned with
outbox.enqueue, due now; the real PTB Application (with the bot's rate limiter) and the
outbox Dispatcher draining it over HTTP. The in-process local Bot API server plays Telegram
and answers 429 when the bot sends more than 30 messages in a second, or to one chat more
than one a second (bursts of three tolerated). Afterwards the server's stored messages are
matched to the rows: a row with no message is lost, one with several is duplicated.

The sending runs with the heap settled as `python -m bot run` settles it once it has warmed up
(bench_support.settled_heap). Without it, full garbage collections walked the 10,000 seeded
people and appointments with the event loop held, 30 to 160 ms each, and a pause longer than
half a slot loses its slots for good (the limiter never sends faster to catch up): 27.88 of
28 messages a second.
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
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from bench_support import local_settings, settled_heap
from sqlalchemy import func, select

from bot.app import build_application, build_deps, dispatcher_of
from bot.deps import Deps
from bot.kinds import Kind, plan, reminder_key
from bot.migrate import upgrade_engine
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
)
from bot.services import outbox, people
from devtools.localapi import LocalBotApi, SimUser
from devtools.localapi.faults import FaultPolicy
from scheduler.dispatcher import Dispatcher
from ui import buttons

TOKEN = "424242:BENCH"
TELEGRAM_OVERALL_LIMIT = 30  # messages per second
FIRST_USER_ID = 10_000_000
LANGUAGES = ("de", "ar", "uk", "fa", "tr", "ru", "en")  # non-German ones get a German part too
CHUNK = 1000  # people or appointments per transaction while setting up
SETTLE_HORIZON = 30.0  # seconds: a row due again within this is waited for, not counted lost


@dataclass
class Report:
    count: int
    participants: int
    reminders_per_participant: int
    setup_seconds: float  # participants, with their consent records
    planning_seconds: float  # appointments and their reminder rows
    wall_seconds: float  # drain() from the first claim until nothing is due
    messages: int  # reminder messages the server stored
    messages_per_second: float
    share_of_telegram_limit: float  # messages_per_second / 30
    send_requests: int  # sendMessage calls the server received, refused ones included
    http_429: int
    lost_rows: int  # rows without a message
    participants_without_message: int
    duplicated_rows: int  # rows with more than one message
    participants_with_extra: int  # participants with more messages than reminders
    status_mismatches: int  # rows marked sent without a message, or the other way round
    outbox: dict[str, int] = field(default_factory=dict)
    peak_rss_mib: float = 0.0
    grouped: bool = False  # a participant's reminders next to each other in the outbox

    @property
    def layout(self) -> str:
        order = ", grouped by participant" if self.grouped else ""
        return f"{self.participants} participants x {self.reminders_per_participant} reminder(s){order}"


async def _make_participants(deps: Deps, api: LocalBotApi, count: int) -> list[int]:
    """Active participants who agreed already, each with a chat on the server; their ids."""
    now = deps.clock.now()
    ids: list[int] = []
    for start in range(0, count, CHUNK):
        async with deps.sessionmaker.begin() as session:
            for number in range(start, min(start + CHUNK, count)):
                user = api.add_user(SimUser(id=FIRST_USER_ID + number, first_name=f"P{number}"))
                person = await people.create_member(
                    session,
                    role=Role.PARTICIPANT,
                    telegram_user_id=user.id,
                    name=f"Teilnehmerin {number}",
                    language=LANGUAGES[number % len(LANGUAGES)],
                    timezone=deps.settings.bot_timezone,
                    now=now,
                    notice_version=deps.notice_version,
                )
                ids.append(person.id)
    return ids


async def _plan_reminders(
    deps: Deps, participant_ids: Sequence[int], per_participant: int, *, grouped: bool
) -> int:
    """One appointment in two hours per reminder, each with its reminder row due now.

    Round robin over the participants, so rows next to each other go to different chats, as
    reminders for appointments made at different times would; `grouped` puts a participant's
    reminders next to each other instead, so one dispatcher batch holds several per chat."""
    now = deps.clock.now()
    if grouped:
        order = [pid for pid in participant_ids for _ in range(per_participant)]
    else:
        order = [pid for _ in range(per_participant) for pid in participant_ids]
    planned = 0
    for start in range(0, len(order), CHUNK):
        async with deps.sessionmaker.begin() as session:
            appointments = [
                Appointment(
                    participant_id=pid,
                    kind=AppointmentKind.JOB_CENTRE,
                    starts_at=now + timedelta(hours=2, minutes=number % 240),
                    place="Obere Königsstraße 15, Kassel",
                    note="",
                    status=AppointmentStatus.SCHEDULED,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
                for number, pid in enumerate(order[start : start + CHUNK], start)
            ]
            session.add_all(appointments)
            await session.flush()
            for appointment in appointments:
                planned += await outbox.enqueue(
                    session,
                    plan(
                        Kind.APPOINTMENT_REMINDER,
                        appointment.participant_id,
                        now,
                        {"appointment_id": appointment.id, "version": 1},
                        key=reminder_key(appointment.id, 1, timedelta(minutes=120)),
                    ),
                    now=now,
                )
    return planned


def _appointment_of(markup: dict[str, object] | None) -> int | None:
    """The appointment a reminder is about, from its answer buttons."""
    rows = (markup or {}).get("inline_keyboard") or []
    for row in rows if isinstance(rows, list) else []:
        for button in row:
            parsed = buttons.parse(button.get("callback_data"))
            if parsed is not None and parsed.prefix == buttons.APPOINTMENT_ANSWER:
                return parsed.int_arg(1)
    return None


async def run(
    count: int, per_participant: int = 1, *, grouped: bool = False, faults: FaultPolicy | None = None
) -> Report:
    """Set up, plan `count` reminders, drain the outbox and count what arrived. With `faults`,
    the server fails that share of the sends (the rows are tried again and waited for)."""
    if count < 1 or per_participant < 1 or count % per_participant:
        raise ValueError("count must be a positive multiple of per_participant")
    with tempfile.TemporaryDirectory(prefix="begleiter-bench-") as folder:
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder)
            deps = build_deps(settings)
            try:
                await upgrade_engine(deps.engine)
                started = time.perf_counter()
                participant_ids = await _make_participants(deps, api, count // per_participant)
                setup = time.perf_counter() - started
                started = time.perf_counter()
                planned = await _plan_reminders(deps, participant_ids, per_participant, grouped=grouped)
                planning = time.perf_counter() - started
                assert planned == count, f"planned {planned} rows, expected {count}"

                app = build_application(settings, deps=deps, dispatch_interval=None)
                async with app:
                    api.faults = faults
                    with settled_heap():  # as `python -m bot run` once it has warmed up
                        started = time.perf_counter()
                        await _drain_until_settled(dispatcher_of(app), deps)
                        wall = time.perf_counter() - started
                return await _count(deps, api, count, per_participant, grouped, setup, planning, wall)
            finally:
                await deps.engine.dispose()


async def _drain_until_settled(dispatcher: Dispatcher, deps: Deps) -> None:
    """Drain the outbox, then wait for the rows that are due again soon and drain once more.

    `drain()` ends at the first tick that claims nothing, but a row that met a 429 or a 5xx is
    pending again with a due time a moment ahead (a chat paused for its retry_after, a backoff):
    it is neither sent nor lost yet. Those are waited for, up to SETTLE_HORIZON seconds ahead."""
    while True:
        await dispatcher.drain()
        async with deps.sessionmaker() as session:
            due = await session.scalar(
                select(func.min(OutboxMessage.due_at)).where(OutboxMessage.status == OutboxStatus.PENDING)
            )
        if due is None:
            return
        wait = (due - deps.clock.now()).total_seconds()
        if wait > SETTLE_HORIZON:
            return
        await asyncio.sleep(max(wait, 0.0) + 0.01)


async def _count(
    deps: Deps,
    api: LocalBotApi,
    count: int,
    per_participant: int,
    grouped: bool,
    setup: float,
    planning: float,
    wall: float,
) -> Report:
    async with deps.sessionmaker() as session:
        statuses = {
            str(status): number
            for status, number in await session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            )
        }
        rows = list(
            await session.execute(
                select(OutboxMessage.payload, OutboxMessage.status, OutboxMessage.telegram_message_id)
            )
        )
        chats = [chat_id for (chat_id,) in await session.execute(select(Person.chat_id)) if chat_id]

    per_appointment: Counter[int] = Counter()
    per_chat: Counter[int] = Counter()
    for chat_id in chats:
        chat = api.state.chats.get(chat_id)
        for message in chat.messages.values() if chat else ():
            if message.from_bot:
                per_chat[message.chat_id] += 1
                appointment_id = _appointment_of(message.markup)
                if appointment_id is not None:
                    per_appointment[appointment_id] += 1
    row_messages = [per_appointment[payload["appointment_id"]] for payload, _, _ in rows]
    mismatches = sum(
        (status == "sent") != (messages >= 1 and message_id is not None)
        for (_, status, message_id), messages in zip(rows, row_messages, strict=True)
    )
    messages = sum(per_chat.values())
    rate = messages / wall if wall > 0 else 0.0
    return Report(
        count=count,
        participants=len(chats),
        reminders_per_participant=per_participant,
        setup_seconds=round(setup, 2),
        planning_seconds=round(planning, 2),
        wall_seconds=round(wall, 2),
        messages=messages,
        messages_per_second=round(rate, 2),
        share_of_telegram_limit=round(rate / TELEGRAM_OVERALL_LIMIT, 3),
        send_requests=sum(1 for name, _ in api.calls if name == "sendMessage"),
        http_429=sum(1 for _, code, _ in api.errors if code == 429),
        lost_rows=sum(1 for n in row_messages if n == 0),
        participants_without_message=sum(1 for chat_id in chats if per_chat[chat_id] == 0),
        duplicated_rows=sum(1 for n in row_messages if n > 1),
        participants_with_extra=sum(1 for chat_id in chats if per_chat[chat_id] > per_participant),
        status_mismatches=mismatches,
        outbox=dict(sorted(statuses.items())),
        peak_rss_mib=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        grouped=grouped,
    )


def render(report: Report) -> str:
    values = asdict(report)
    lines: list[tuple[str, object]] = [("layout", report.layout)]
    lines += [(name, value) for name, value in values.items() if name != "outbox"]
    lines += [(f"outbox {status}", number) for status, number in report.outbox.items()]
    width = max(len(name) for name, _ in lines) + 1
    text = "\n".join(f"{name + ':':<{width}} {value}" for name, value in lines)
    return text + "\n" + json.dumps({"layout": report.layout, **values}, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000, help="reminders to send (default 10000)")
    parser.add_argument("--quick", action="store_true", help="1000 reminders")
    parser.add_argument(
        "--per-participant",
        type=int,
        default=1,
        help="reminders per participant (default 1: every reminder to its own chat)",
    )
    parser.add_argument(
        "--grouped",
        action="store_true",
        help="a participant's reminders one after another in the outbox (default: round robin)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    count = 1000 if args.quick else args.count
    report = asyncio.run(run(count, args.per_participant, grouped=args.grouped))
    print(render(report))
    return {"layout": report.layout, **asdict(report)}


if __name__ == "__main__":
    main()
