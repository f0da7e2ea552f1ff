"""Migration 0006_storage: what people typed that was stored in the clear is encrypted in place
(and decrypted again on downgrade), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.deps import Deps
from bot.migrate import alembic_config, upgrade_engine
from bot.models import Alert, Appointment, Person
from bot.models.base import UTCDateTime

BEFORE = "0005_talk"
AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PLACE = "Praxis Dr. Kaya, Wilhelmshöher Allee 7"
NOTE = "Versichertenkarte mitbringen"
REASON = "Ich habe Fieber und mein Kind ist krank"
DIALOGUE = {"name": "appointment", "step": "note", "place": "Frauenhaus Kassel"}
REASONS = [{"rule": "crisis", "severity": 3, "detail": {"term": "umbringen"}}]

people = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("status", sa.String),
    sa.column("timezone", sa.String),
    sa.column("created_at", UTCDateTime()),
    sa.column("dialogue", sa.JSON),
)
appointments = sa.table(
    "appointments",
    sa.column("id", sa.Integer),
    sa.column("participant_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("starts_at", UTCDateTime()),
    sa.column("place", sa.String),
    sa.column("note", sa.String),
    sa.column("status", sa.String),
    sa.column("answer", sa.String),
    sa.column("answer_reason", sa.String),
    sa.column("version", sa.Integer),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
alerts = sa.table(
    "alerts",
    sa.column("id", sa.Integer),
    sa.column("participant_id", sa.Integer),
    sa.column("source", sa.String),
    sa.column("severity", sa.Integer),
    sa.column("reasons", sa.JSON),
    sa.column("status", sa.String),
    sa.column("created_at", UTCDateTime()),
)


async def _downgrade(engine: AsyncEngine, revision: str) -> None:
    def run(connection: Connection) -> None:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(run)
    await _fresh_connections(engine)


async def _upgrade(engine: AsyncEngine) -> None:
    await upgrade_engine(engine)
    await _fresh_connections(engine)


async def _fresh_connections(engine: AsyncEngine) -> None:
    # asyncpg keeps prepared statements per connection, planned for the old column types:
    # `python -m bot db upgrade` has an engine of its own, so the next run meets new connections.
    await engine.dispose()


async def _raw(engine: AsyncEngine) -> dict[str, Any]:
    """The stored values as the database holds them (no decryption)."""
    async with engine.connect() as connection:
        row = (
            await connection.execute(
                sa.text(
                    "SELECT a.place, a.note, a.answer_reason, CAST(p.dialogue AS TEXT), CAST(l.reasons AS TEXT), "
                    "CAST(q.dialogue AS TEXT) FROM appointments a JOIN people p ON p.id = a.participant_id "
                    "JOIN alerts l ON l.participant_id = p.id JOIN people q ON q.id = 2"
                )
            )
        ).one()
    return dict(zip(["place", "note", "reason", "dialogue", "reasons", "no_dialogue"], row, strict=True))


async def test_upgrade_encrypts_rows_written_in_the_clear_and_downgrade_restores_them(deps: Deps) -> None:
    engine = deps.engine
    await _downgrade(engine, BEFORE)
    async with engine.begin() as connection:
        common = {"role": "participant", "status": "active", "timezone": "Europe/Berlin", "created_at": AT}
        await connection.execute(sa.insert(people), [{"id": 1, **common, "dialogue": DIALOGUE}])
        # A person whose dialogue ended: JSON null (or SQL NULL) stays "no dialogue".
        await connection.execute(sa.insert(people), [{"id": 2, **common, "dialogue": None}])
        await connection.execute(
            sa.insert(appointments),
            [
                {
                    "id": 1,
                    "participant_id": 1,
                    "kind": "doctor",
                    "starts_at": AT,
                    "place": PLACE,
                    "note": NOTE,
                    "status": "scheduled",
                    "answer": "not_coming",
                    "answer_reason": REASON,
                    "version": 1,
                    "created_at": AT,
                    "updated_at": AT,
                }
            ],
        )
        await connection.execute(
            sa.insert(alerts),
            [
                {
                    "id": 1,
                    "participant_id": 1,
                    "source": "message",
                    "severity": 3,
                    "reasons": REASONS,
                    "status": "open",
                    "created_at": AT,
                }
            ],
        )
    plain = await _raw(engine)
    assert plain["place"] == PLACE and plain["reason"] == REASON and "Frauenhaus" in plain["dialogue"]

    await _upgrade(engine)

    stored = await _raw(engine)
    for name, value in stored.items():
        if name == "no_dialogue":
            assert value is None
            continue
        assert value.startswith("gAAAAA"), (name, value)  # a Fernet token
    for secret in (PLACE, NOTE, REASON, "Frauenhaus", "umbringen"):
        assert not any(secret in str(value) for value in stored.values())
    async with deps.sessionmaker() as session:
        appointment = await session.get(Appointment, 1)
        person = await session.get(Person, 1)
        emptied = await session.get(Person, 2)
        alert = await session.get(Alert, 1)
        assert appointment is not None and person is not None and alert is not None and emptied is not None
        assert (appointment.place, appointment.note, appointment.answer_reason) == (PLACE, NOTE, REASON)
        assert person.dialogue == DIALOGUE
        assert emptied.dialogue is None
        assert alert.reasons == REASONS

    await _downgrade(engine, BEFORE)

    back = await _raw(engine)
    assert (back["place"], back["note"], back["reason"]) == (PLACE, NOTE, REASON)
    assert "Frauenhaus Kassel" in back["dialogue"] and "umbringen" in back["reasons"]

    await _upgrade(engine)  # and up again, for the fixture's engine to find head
