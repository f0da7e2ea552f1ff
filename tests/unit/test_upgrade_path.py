"""A database populated at the first migration, upgraded to head: every row is still there and
readable through today's models (SQLite and PostgreSQL). On SQLite this found the upgrade
through 0006 deleting every consent record and unlinking every participant from her coach
(a table copied with foreign keys on: see bot/migrations/env.py)."""

from __future__ import annotations

from datetime import UTC, datetime, time

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.deps import Deps
from bot.migrate import alembic_config, upgrade_engine
from bot.models import (
    AttachmentKind,
    AuditEntry,
    Broadcast,
    Cohort,
    ConsentRecord,
    Person,
    PersonStatus,
    Role,
)
from bot.services.broadcasts import Audience

FIRST = "0001"
AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DIALOGUE = {"name": "invite", "step": "cohort", "typed": "Frauen aus Afrin"}


async def _to(engine: AsyncEngine, revision: str) -> None:
    def run(connection: Connection) -> None:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(run)
    await engine.dispose()  # asyncpg's prepared statements know the old column types


def _first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    bases = script.get_bases()
    assert bases == [FIRST]
    return FIRST


async def test_a_database_filled_at_the_first_migration_upgrades_to_head_with_every_row(deps: Deps) -> None:
    engine = deps.engine
    await _to(engine, _first_revision())
    metadata = sa.MetaData()
    async with engine.begin() as connection:
        await connection.run_sync(
            lambda sync: metadata.reflect(sync, only=["cohorts", "people", "consent_records", "audit_log"])
        )
        cohorts, people, consents, audit_log = (
            metadata.tables[name] for name in ("cohorts", "people", "consent_records", "audit_log")
        )
        await connection.execute(sa.insert(cohorts), [{"id": 1, "name": "Kassel Frühjahr", "created_at": AT}])
        person = {"status": "active", "timezone": "Europe/Berlin", "created_at": AT, "language": "ar"}
        coach = {"id": 1, "role": "coach", "telegram_user_id": 501, "chat_id": 501, "display_name": "Jonas"}
        await connection.execute(sa.insert(people), [{**coach, **person}])
        participant = {
            "id": 2,
            "role": "participant",
            "telegram_user_id": 502,
            "chat_id": 502,
            "display_name": "Amina",
            "cohort_id": 1,
            "coach_id": 1,
            "quiet_start": time(21, 0),
            "quiet_end": time(8, 0),
            "dialogue": DIALOGUE,
        }
        await connection.execute(sa.insert(people), [{**participant, **person}])  # one insert per shape
        await connection.execute(
            sa.insert(consents),
            [
                {
                    "id": 1,
                    "person_id": 2,
                    "notice_version": "2026-01",
                    "language": "ar",
                    "granted": True,
                    "recorded_at": AT,
                }
            ],
        )
        await connection.execute(
            sa.insert(audit_log),
            [
                {
                    "id": 1,
                    "at": AT,
                    "actor_label": "cli",
                    "action": "export",
                    "subject_id": 2,
                    "details": {"n": 1},
                }
            ],
        )

    await upgrade_engine(engine)
    if engine.dialect.name == "sqlite":  # off while migrating (bot/migrations/env.py), on again after
        async with engine.connect() as connection:
            assert (await connection.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1

    async with deps.sessionmaker() as session:
        amina = await session.get(Person, 2)
        jonas = await session.get(Person, 1)
        assert amina is not None and jonas is not None
        assert (amina.role, amina.status, amina.display_name, amina.language) == (
            Role.PARTICIPANT,
            PersonStatus.ACTIVE,
            "Amina",
            "ar",
        )
        assert (amina.coach_id, amina.cohort_id, amina.quiet_start, amina.quiet_end) == (
            1,
            1,
            time(21),
            time(8),
        )
        assert amina.dialogue == DIALOGUE  # encrypted on the way by 0006, readable now
        assert amina.unreachable_at is None and amina.on_duty is False and amina.send_text_to_coach is None
        assert jonas.role is Role.COACH
        cohort = await session.get(Cohort, 1)
        assert cohort is not None and cohort.name == "Kassel Frühjahr"
        consent = await session.get(ConsentRecord, 1)
        assert consent is not None and consent.granted and consent.person_id == 2
        entry = await session.get(AuditEntry, 1)
        assert entry is not None and entry.details == {"n": 1}


async def test_broadcast_attachments_upgrade_and_downgrade_keep_the_broadcast(deps: Deps) -> None:
    """0012 adds the attachment columns to a broadcast written before; going back drops them
    and keeps the broadcast (its audience with several cohorts too: JSON, no column)."""
    engine = deps.engine
    await _to(engine, "0011_hot_indexes")
    metadata = sa.MetaData()
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: metadata.reflect(sync, only=["broadcasts"]))
        table = metadata.tables["broadcasts"]
        assert "attachment_file_id" not in table.c
        row = {"id": 1, "audience": {"kind": "cohort", "ref": 4, "language": None}, "text": "Kurs"}
        await connection.execute(
            sa.insert(table),
            [{**row, "status": "done", "with_interest": False, "recipients": 3, "created_at": AT}],
        )
    await upgrade_engine(engine)
    async with deps.sessionmaker.begin() as session:
        found = await session.get(Broadcast, 1)
        assert found is not None and found.text == "Kurs" and found.attachment_kind is None
        assert Audience.from_json(found.audience) == Audience("cohort", cohorts=(4,))
        found.attachment_kind, found.attachment_file_id = AttachmentKind.DOCUMENT, "BQACAgIAAx0"
        found.attachment_name, found.attachment_mime = "flyer.pdf", "application/pdf"
    async with deps.sessionmaker() as session:
        found = await session.get(Broadcast, 1)
        assert found is not None and found.attachment_kind is AttachmentKind.DOCUMENT
        assert (found.attachment_file_id, found.attachment_name) == ("BQACAgIAAx0", "flyer.pdf")

    await _to(engine, "0011_hot_indexes")
    metadata = sa.MetaData()
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: metadata.reflect(sync, only=["broadcasts"]))
        table = metadata.tables["broadcasts"]
        assert not {"attachment_kind", "attachment_file_id", "attachment_name", "attachment_mime"} & set(
            table.c.keys()
        )
        assert (await connection.execute(sa.select(table.c.text))).scalars().all() == ["Kurs"]
    await upgrade_engine(engine)
