"""The indexes of the hot queries (migration 0011_hot_indexes) exist, and PostgreSQL's planner
uses them for the statements the product's own service functions send, on enough rows that a
sequential scan would be cheaper without them (benchmarks/indexes.py shows the same on 50,000
participants and a million outbox rows, with times). Plan shapes only, never times."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from benchmark_loading import load_benchmark
from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, make_url

from bot import crypto
from bot.db import create_engine
from bot.migrate import alembic_config, upgrade_engine
from bot.services import caseload

from harness import TEST_DATA_KEY

HOT_INDEXES = {
    "outbox": {"ix_outbox_due", "ix_outbox_created_at"},
    "people": {"ix_people_coach_id", "uq_people_telegram_user_id"},
    "alerts": {"ix_alerts_open"},
}


def _index_names(connection: Connection) -> dict[str, set[str]]:
    found = inspect(connection)
    names = {}
    for table in HOT_INDEXES:
        names[table] = {index["name"] for index in found.get_indexes(table) if index["name"]}
        names[table] |= {unique["name"] for unique in found.get_unique_constraints(table) if unique["name"]}
    return names


async def test_the_hot_indexes_exist(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            names = await connection.run_sync(_index_names)
    finally:
        await engine.dispose()
    for table, wanted in HOT_INDEXES.items():
        assert wanted <= names[table], (table, names[table])


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_postgres_plans_the_hot_queries_with_their_indexes(database_url: str) -> None:
    bench = load_benchmark("indexes")
    crypto.configure(TEST_DATA_KEY)
    data = bench.make_data(participants=20_000, outbox_rows=20_000)
    dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    await bench.load_postgres(dsn, data)  # COPY, then ANALYZE
    engine = create_engine(database_url)
    plans: dict[str, list[dict[str, Any]]] = {}
    try:
        for query, work in bench.hot_queries(data).items():
            plans[query] = await bench.explain_postgres(dsn, await bench.statements_of(engine, work), 1)
    finally:
        await engine.dispose()

    def plan_of(query: str, starts: str) -> list[str]:
        found = [statement["plan"] for statement in plans[query] if statement["sql"].startswith(starts)]
        assert found, (query, starts, [statement["sql"] for statement in plans[query]])
        nodes: list[str] = found[0]
        return nodes

    # The dispatcher's claim: due rows by priority straight from ix_outbox_due.
    claim = plan_of("claim_due", "SELECT outbox.id")
    assert "Index Scan ix_outbox_due" in claim and "Seq Scan outbox" not in claim, claim
    # /metrics: the pending rows' depth by priority.
    for statement in plans["metrics_outbox_depth"]:
        assert not bench.seq_scans(statement["plan"]), statement
    # A person by Telegram id.
    assert plan_of("person_by_telegram_id", "SELECT people.id") == ["Index Scan uq_people_telegram_user_id"]
    # A coach's caseload and open alerts: her participants through ix_people_coach_id.
    for query in ("caseload_coach", "open_alerts_coach"):
        for statement in plans[query]:
            assert "Seq Scan people" not in statement["plan"], (query, statement)
            assert any("ix_people_coach_id" in node for node in statement["plan"]), (query, statement)
    # Staff's caseload reads every participant to order them, but looks up the next
    # appointment for the page's 8 only, not once per participant.
    for statement in plans["caseload_staff"]:
        for node, loops in zip(statement["plan"], statement["loops"], strict=True):
            if node == "Index Scan ix_appointments_participant_id":
                assert loops <= caseload.PER_PAGE, statement
    # Open alerts for staff (newest first) and the crisis escalation: the open ones only.
    for query in ("open_alerts_staff", "escalate_due"):
        for statement in plans[query]:
            assert "Seq Scan alerts" not in statement["plan"], (query, statement)
    # Retention prunes one day of old outbox rows, found by their age.
    prune = plan_of("retention", "DELETE FROM outbox")
    assert "Seq Scan outbox" not in prune and any("ix_outbox_created_at" in node for node in prune), prune


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_postgres_builds_the_hot_indexes_concurrently_outside_the_transaction(
    database_url: str,
) -> None:
    """`db upgrade` beside a running older process: a plain CREATE INDEX on a big outbox would
    hold that process's writes until the index is built; CONCURRENTLY, outside the migration's
    transaction, does not."""
    engine = create_engine(database_url)
    seen: list[tuple[str, bool]] = []

    def record(connection: Connection, cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("CREATE INDEX"):
            # (PostgreSQL refuses CONCURRENTLY inside a transaction block in any case.)
            autocommit = connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
            seen.append((statement.split(" ON ")[0], autocommit))

    try:
        async with engine.connect() as connection:

            def down(sync: Connection) -> None:
                config = alembic_config(database_url)
                config.attributes["connection"] = sync
                command.downgrade(config, "0010_send_budget")

            await connection.run_sync(down)
            await connection.commit()
        event.listen(engine.sync_engine, "before_cursor_execute", record)
        await upgrade_engine(engine)
    finally:
        await engine.dispose()
    names = ("ix_people_coach_id", "ix_alerts_open", "ix_outbox_created_at")
    assert seen == [(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name}", True) for name in names]
