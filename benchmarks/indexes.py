"""The hot queries' plans on a big database: which index each one uses, and how long it takes.

    PYTHONPATH=. .venv/bin/python benchmarks/indexes.py [--participants 50000] [--outbox 1000000]
        [--quick] [--sqlite] [--repeats 5]
        [--admin-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

Makes a fresh PostgreSQL database (and with `--sqlite` a SQLite file too), migrates it to head
with the application's own function, bulk-loads participants (with coaches, staff, cohorts,
appointments, open and acknowledged alerts) and outbox rows (mostly sent, some pending, due
now or later at every priority) through the raw driver (COPY on PostgreSQL, executemany on
SQLite), and ANALYZEs. Then it calls the product's own service functions (the dispatcher's
claim, a coach's caseload page, a person by Telegram id, open alerts for a coach and for staff,
the crisis escalation, the /metrics outbox depth, the retention run) with every SQL statement
they send captured, and shows each statement's plan: the node types with their table or index
(`Index Scan ix_outbox_due` or `Seq Scan outbox`), from EXPLAIN (ANALYZE, BUFFERS) on
PostgreSQL and EXPLAIN QUERY PLAN on SQLite, and the median execution time of `--repeats`
runs (a statement that writes runs in a transaction that is rolled back). Ends with one JSON
line: per query the slowest statement's median milliseconds and every statement's plan, and how
many statements scan a big table (outbox, people, alerts, appointments) sequentially.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]  # no type information; used for COPY and EXPLAIN
from bench_support import scratch_database
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot import crypto, metrics
from bot.db import create_engine
from bot.kinds import Kind
from bot.migrate import upgrade_engine
from bot.models import Person
from bot.models.outbox import Priority
from bot.services import alerts, caseload, outbox, people, retention

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
RETAIN_OUTBOX_DAYS = 30  # the default of RETAIN_OUTBOX_DAYS
BIG_TABLES = ("outbox", "people", "alerts", "appointments")
PER_COACH = 500
TELEGRAM_BASE = 7_000_000_000


# -- the rows, as the database stores them -------------------------------------------------------


@dataclass
class Data:
    tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = field(default_factory=dict)
    coach_ids: list[int] = field(default_factory=list)
    staff_id: int = 0
    participant_telegram_id: int = 0


def make_data(participants: int, outbox_rows: int, seed: int = 14) -> Data:
    """Rows for the big tables, in the representation the database keeps (enum values as
    strings, JSON as text, encrypted columns already encrypted)."""
    rng = random.Random(seed)
    data = Data()
    empty = crypto.ring().encrypt("")
    reasons = crypto.ring().encrypt(json.dumps([{"rule": "low_mood", "severity": 2}]))
    coaches = max(1, participants // PER_COACH)
    cohorts = max(1, participants // 1000)
    data.tables["cohorts"] = (
        ["id", "name", "created_at"],
        [(i, f"Kurs {i}", NOW - timedelta(days=400)) for i in range(1, cohorts + 1)],
    )
    person_columns = [
        "id", "telegram_user_id", "chat_id", "role", "status", "display_name", "language",
        "timezone", "cohort_id", "coach_id", "created_at", "last_seen_at", "on_duty",
    ]  # fmt: skip
    rows: list[tuple[Any, ...]] = []
    next_id = 1

    def person(role: str, status: str, coach: int | None, cohort: int | None, on_duty: bool = False) -> int:
        nonlocal next_id
        pid = next_id
        next_id += 1
        telegram = TELEGRAM_BASE + pid
        created = NOW - timedelta(days=rng.randint(1, 400))
        seen = NOW - timedelta(hours=rng.randint(1, 2000))
        rows.append(
            (
                pid,
                telegram,
                telegram,
                role,
                status,
                f"Person {pid}",
                rng.choice(("de", "ar", "uk", "fa")),
                "Europe/Berlin",
                cohort,
                coach,
                created,
                seen,
                on_duty,
            )
        )
        return pid

    for _ in range(3):
        data.staff_id = person("staff", "active", None, None, on_duty=True)
    data.coach_ids = [person("coach", "active", None, None) for _ in range(coaches)]
    participant_ids = []
    for i in range(participants):
        status = "active" if i % 50 else rng.choice(("onboarding", "declined", "deleted"))
        participant_ids.append(person("participant", status, data.coach_ids[i % coaches], 1 + i % cohorts))
    data.participant_telegram_id = TELEGRAM_BASE + participant_ids[len(participant_ids) // 2]
    data.tables["people"] = (person_columns, rows)

    appointment_columns = [
        "id", "participant_id", "created_by_id", "kind", "starts_at", "place", "note", "status",
        "version", "created_at", "updated_at",
    ]  # fmt: skip
    appointments = []
    for i, pid in enumerate(participant_ids[::2], start=1):
        starts = NOW + timedelta(hours=rng.randint(-24 * 60, 24 * 30))
        status = "scheduled" if starts > NOW else rng.choice(("attended", "missed", "cancelled"))
        appointments.append(
            (
                i,
                pid,
                data.coach_ids[0],
                "coaching",
                starts,
                empty,
                empty,
                status,
                1,
                NOW - timedelta(days=70),
                NOW,
            )
        )
    data.tables["appointments"] = (appointment_columns, appointments)

    alert_columns = [
        "id", "participant_id", "coach_id", "source", "severity", "reasons", "status", "created_at",
        "acknowledged_at", "acknowledged_by_id", "escalated_at",
    ]  # fmt: skip
    alert_rows = []
    for i in range(1, participants * 2 // 5 + 1):  # 20,000 for 50,000 participants
        pid = rng.choice(participant_ids)
        coach = data.coach_ids[(pid - participant_ids[0]) % coaches]
        created = NOW - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
        is_open = i % 40 == 0  # 2.5 % still open
        alert_rows.append(
            (
                i,
                pid,
                coach,
                rng.choice(("checkin", "help_button", "message")),
                rng.choice((1, 2, 3)),
                reasons,
                "open" if is_open else "acknowledged",
                created,
                None if is_open else created + timedelta(minutes=20),
                None if is_open else coach,
                created + timedelta(minutes=30) if is_open and created < NOW - timedelta(hours=1) else None,
            )
        )
    data.tables["alerts"] = (alert_columns, alert_rows)

    outbox_columns = [
        "id", "recipient_id", "kind", "payload", "due_at", "priority", "dedupe_key",
        "respect_quiet_hours", "status", "attempts", "last_error", "telegram_message_id", "claimed_at",
        "sent_at", "created_at",
    ]  # fmt: skip
    kinds = [
        (Kind.PRACTICE_PROMPT, Priority.PROMPT), (Kind.APPOINTMENT_REMINDER, Priority.REMINDER),
        (Kind.BROADCAST, Priority.BROADCAST), (Kind.RELAY_TO_PARTICIPANT, Priority.INTERACTIVE),
        (Kind.ALERT_COACH, Priority.ALERT), (Kind.CHECKIN_OFFER, Priority.PROMPT),
    ]  # fmt: skip
    window = timedelta(days=RETAIN_OUTBOX_DAYS + 1).total_seconds()
    outbox_list = []
    for i in range(1, outbox_rows + 1):
        kind, priority = kinds[i % len(kinds)]
        share = i / outbox_rows  # rows come in time order, as they do in a real outbox
        roll = rng.random()
        if share < 0.98 or roll < 0.2:
            # History: sent (a few failed or cancelled), created over the retention window + a day.
            created = NOW - timedelta(seconds=window * (1 - share) + 60)
            status = "sent" if roll < 0.97 else rng.choice(("failed", "cancelled"))
            due, claimed, sent = created, created, created + timedelta(seconds=2)
            attempts, message_id = 1, i
        else:
            # The newest 2 %: pending, a tenth of them due already (the dispatcher's work now).
            created = NOW - timedelta(minutes=rng.randint(1, 600))
            due = (
                NOW - timedelta(seconds=rng.randint(1, 600))
                if roll < 0.28
                else NOW + timedelta(hours=rng.randint(1, 24 * 14))
            )
            status, claimed, sent, attempts, message_id = "pending", None, None, 0, None
            if roll < 0.24:
                kind, priority = rng.choice(kinds)
        outbox_list.append(
            (
                i,
                rng.choice(participant_ids),
                kind.value,
                '{"n": 1}',
                due,
                int(priority),
                f"bench:{i}",
                True,
                status,
                attempts,
                None,
                message_id,
                claimed,
                sent,
                created,
            )
        )
    data.tables["outbox"] = (outbox_columns, outbox_list)
    return data


# -- loading -----------------------------------------------------------------------------------


async def load_postgres(dsn: str, data: Data) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        for table, (columns, rows) in data.tables.items():
            await connection.copy_records_to_table(table, records=rows, columns=columns)
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return value


def load_sqlite(path: Path, data: Data) -> None:
    connection = sqlite3.connect(path)
    try:
        for table, (columns, rows) in data.tables.items():
            marks = ", ".join("?" * len(columns))
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                ([_sqlite_value(value) for value in row] for row in rows),
            )
        connection.commit()
        connection.execute("ANALYZE")
        connection.commit()
    finally:
        connection.close()


# -- the hot queries, as the product runs them ---------------------------------------------------


Captured = list[tuple[str, Any]]


@contextmanager
def capture(engine: AsyncEngine) -> Iterator[Captured]:
    """Every statement the engine sends while inside, with its parameters."""
    found: Captured = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if not many:  # an executemany (bulk INSERT of new rows) has no plan worth showing
            found.append((statement, parameters))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield found
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


Work = Callable[[AsyncSession], Awaitable[object]]


def hot_queries(data: Data) -> dict[str, Work]:
    ages = retention.Ages(
        checkin_text=timedelta(days=365),
        messages=timedelta(days=365),
        outbox=timedelta(days=RETAIN_OUTBOX_DAYS),
        audit_details=timedelta(days=730),
        left_grace=timedelta(days=180),
    )

    async def viewer(session: AsyncSession, person_id: int) -> Person:
        found = await session.scalar(select(Person).where(Person.id == person_id))
        assert found is not None
        return found

    async def claim(session: AsyncSession) -> object:
        await outbox.release_stale_claims(session, now=NOW)
        return await outbox.claim_due(session, now=NOW, limit=50)

    async def coach_caseload(session: AsyncSession) -> object:
        return await caseload.list_page(session, await viewer(session, data.coach_ids[0]), page=0, now=NOW)

    async def staff_caseload(session: AsyncSession) -> object:
        return await caseload.list_page(session, await viewer(session, data.staff_id), page=0, now=NOW)

    async def coach_alerts(session: AsyncSession) -> object:
        return await alerts.open_alerts_for(session, await viewer(session, data.coach_ids[0]))

    async def staff_alerts(session: AsyncSession) -> object:
        return await alerts.open_alerts_for(session, await viewer(session, data.staff_id))

    return {
        "claim_due": claim,
        "caseload_coach": coach_caseload,
        "caseload_staff": staff_caseload,
        "person_by_telegram_id": lambda session: people.find_by_telegram_id(
            session, data.participant_telegram_id
        ),
        "open_alerts_coach": coach_alerts,
        "open_alerts_staff": staff_alerts,
        "escalate_due": lambda session: alerts.escalate_due(session, now=NOW, after=timedelta(minutes=30)),
        "metrics_outbox_depth": lambda session: metrics.read_outbox(session, NOW),
        "retention": lambda session: retention.run(session, now=NOW, ages=ages),
    }


async def statements_of(engine: AsyncEngine, work: Work) -> Captured:
    """What `work` sends, run once in a transaction that is rolled back (the viewer's own
    lookup by primary key, INSERTs of new rows and repeats of a statement left out)."""
    sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    with capture(engine) as found:
        async with sessionmaker() as session:
            await work(session)
            await session.flush()
            await session.rollback()
    kept: dict[str, Any] = {}
    for statement, parameters in found:
        if statement.lstrip().upper().startswith(
            ("SELECT", "UPDATE", "DELETE", "WITH")
        ) and not statement.rstrip().endswith(("WHERE people.id = $1::INTEGER", "WHERE people.id = ?")):
            kept.setdefault(statement, parameters)  # the same statement again: its first run only
    return list(kept.items())


# -- plans -------------------------------------------------------------------------------------


def _nodes(plan: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """Each node of the plan, depth first: its type with its index or table, and how many
    times it ran (EXPLAIN ANALYZE's loops: a subplan runs once per outer row)."""
    name = plan["Node Type"]
    on = plan.get("Index Name") or plan.get("Relation Name")
    yield (f"{name} {on}" if on else name), int(plan.get("Actual Loops", 1))
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def seq_scans(nodes: list[str]) -> list[str]:
    return [node for node in nodes if node.startswith("Seq Scan") and node.split()[-1] in BIG_TABLES]


async def explain_postgres(dsn: str, captured: Captured, repeats: int) -> list[dict[str, Any]]:
    connection = await asyncpg.connect(dsn)
    results = []
    try:
        for statement, parameters in captured:
            times, buffers, nodes, loops = [], 0, [], []
            for _ in range(repeats):
                transaction = connection.transaction()
                await transaction.start()
                try:
                    raw = await connection.fetchval(
                        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, *parameters
                    )
                finally:
                    await transaction.rollback()
                report = (json.loads(raw) if isinstance(raw, str) else raw)[0]
                times.append(float(report["Execution Time"]))
                plan = report["Plan"]
                buffers = int(plan.get("Shared Hit Blocks", 0)) + int(plan.get("Shared Read Blocks", 0))
                nodes = [node for node, _ in _nodes(plan)]
                loops = [count for _, count in _nodes(plan)]
            results.append(
                {
                    "sql": _short(statement),
                    "plan": nodes,
                    "loops": loops,
                    "ms": round(statistics.median(times), 3),
                    "buffers": buffers,
                }
            )
    finally:
        await connection.close()
    return results


def explain_sqlite(path: Path, captured: Captured, repeats: int) -> list[dict[str, Any]]:
    connection = sqlite3.connect(path, isolation_level=None)
    results = []
    try:
        for statement, parameters in captured:
            plan = connection.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            nodes = [str(row[3]) for row in plan]
            times = []
            for _ in range(repeats):
                connection.execute("BEGIN")
                started = time.perf_counter()
                connection.execute(statement, parameters).fetchall()
                times.append((time.perf_counter() - started) * 1000)
                connection.execute("ROLLBACK")
            results.append(
                {"sql": _short(statement), "plan": nodes, "ms": round(statistics.median(times), 3)}
            )
    finally:
        connection.close()
    return results


def sqlite_seq_scans(nodes: list[str]) -> list[str]:
    """`SCAN outbox` (the whole table) rather than `SEARCH outbox USING INDEX ...`."""
    found = []
    for node in nodes:
        words = node.split()
        if words[:1] == ["SCAN"] and len(words) >= 2 and words[1] in BIG_TABLES and "USING" not in words:
            found.append(node)
    return found


def _short(statement: str) -> str:
    return " ".join(statement.split())[:160]


# -- one engine --------------------------------------------------------------------------------


async def run_postgres(admin_url: str, data: Data, repeats: int) -> dict[str, Any]:
    async with scratch_database(admin_url, "bench_indexes") as url:
        engine = create_engine(url.render_as_string(hide_password=False))
        try:
            await upgrade_engine(engine)
            dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
            started = time.perf_counter()
            await load_postgres(dsn, data)
            loaded = time.perf_counter() - started
            print(f"postgres: loaded and analysed in {loaded:.1f} s")
            queries = {}
            for query, work in hot_queries(data).items():
                captured = await statements_of(engine, work)
                queries[query] = await explain_postgres(dsn, captured, repeats)
        finally:
            await engine.dispose()
    return {"load_seconds": round(loaded, 1), "queries": queries}


async def run_sqlite(folder: str, data: Data, repeats: int) -> dict[str, Any]:
    path = Path(folder) / "indexes.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade_engine(engine)
    await engine.dispose()
    started = time.perf_counter()
    load_sqlite(path, data)
    loaded = time.perf_counter() - started
    print(f"sqlite: loaded and analysed in {loaded:.1f} s")
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        queries = {}
        for query, work in hot_queries(data).items():
            captured = await statements_of(engine, work)
            queries[query] = explain_sqlite(path, captured, repeats)
    finally:
        await engine.dispose()
    return {"load_seconds": round(loaded, 1), "queries": queries}


def show(engine: str, result: dict[str, Any], scans: Callable[[list[str]], list[str]]) -> int:
    full = 0
    print(f"\n== {engine}: plan per statement, median ms")
    for query, statements in result["queries"].items():
        for number, found in enumerate(statements, start=1):
            bad = scans(found["plan"])
            full += bool(bad)
            flag = "  <-- SEQ SCAN " + ", ".join(bad) if bad else ""
            print(f"{query}#{number}: {found['ms']:9.3f} ms  {found['sql'][:90]}{flag}")
            print(f"    {' > '.join(found['plan'])}")
    return full


def main() -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--participants", type=int, default=50_000)
    parser.add_argument("--outbox", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="5,000 participants and 100,000 outbox rows")
    parser.add_argument("--sqlite", action="store_true", help="SQLite as well")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--admin-url", default=ADMIN_URL)
    args = parser.parse_args()
    if args.quick:
        args.participants, args.outbox = 5_000, 100_000
    crypto.configure(crypto.generate_key())
    started = time.perf_counter()
    data = make_data(args.participants, args.outbox)
    took = time.perf_counter() - started
    print(f"{args.participants} participants, {args.outbox} outbox rows made in {took:.1f} s")
    report: dict[str, Any] = {"participants": args.participants, "outbox_rows": args.outbox}
    postgres = asyncio.run(run_postgres(args.admin_url, data, args.repeats))
    report["postgres_seq_scans"] = show("postgres", postgres, seq_scans)
    report["postgres"] = _summary(postgres)
    if args.sqlite:
        with tempfile.TemporaryDirectory(prefix="begleiter-indexes-") as folder:
            lite = asyncio.run(run_sqlite(folder, data, args.repeats))
        report["sqlite_seq_scans"] = show("sqlite", lite, sqlite_seq_scans)
        report["sqlite"] = _summary(lite)
    print(json.dumps(report))
    return report


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    """Per query: the slowest statement's median ms (the table's figures), and each statement's
    plan (a list, which run_all.py's table leaves out); the load time."""
    summary: dict[str, Any] = {"load_seconds": result["load_seconds"], "plans": {}}
    for query, statements in result["queries"].items():
        summary[f"{query}_ms"] = max((found["ms"] for found in statements), default=0.0)
        summary["plans"][query] = [found["plan"] for found in statements]
    return summary


if __name__ == "__main__":
    main()
