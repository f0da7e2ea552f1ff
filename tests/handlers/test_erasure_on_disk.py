"""/delete erases from the files on disk too: SQLite's database file, its write-ahead log and its
shared-memory index hold none of the erased values right after the command."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    RelayDirection,
    RelayMessage,
    Role,
)

from harness import Harness, User
from seed import Cast, add_member, deps_of

NAME = "Zuleikha Quarzbergerin"


def database_files(harness: Harness) -> list[Path]:
    database = make_url(deps_of(harness).settings.database_url).database
    assert database
    path = Path(database)
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def hits(harness: Harness, secrets: list[bytes]) -> int:
    """How often any of `secrets` occurs in the raw bytes of the database's files."""
    found = 0
    for path in database_files(harness):
        if path.exists():
            raw = path.read_bytes()
            found += sum(raw.count(secret) for secret in secrets)
    return found


def _as_built_without_secure_delete(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA secure_delete=OFF")


async def without_secure_delete_by_default(harness: Harness) -> None:
    """Debian builds SQLite with secure_delete on by default, python.org's and most others do
    not: each connection starts with it off here (before the application's own settings), so
    that the tests below hold whichever SQLite the bot runs on."""
    engine = deps_of(harness).engine
    event.listen(engine.sync_engine, "connect", _as_built_without_secure_delete, insert=True)
    await engine.dispose()  # the connections made so far go


async def seed_her_data(harness: Harness, cast: Cast, person_id: int) -> None:
    """A check-in with a free answer, an appointment she cannot come to with her reason, and
    messages both ways with her coach."""
    deps = deps_of(harness)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        checkin = Checkin(
            person_id=person_id,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.COMPLETED,
            offered_at=now,
            expires_at=now + timedelta(days=2),
        )
        session.add(checkin)
        await session.flush()
        session.add(
            CheckinAnswer(
                checkin_id=checkin.id,
                person_id=person_id,
                question="free",
                text="Mein Nachbar Quarzberger bedroht mich",
                text_de="Mein Nachbar Quarzberger bedroht mich",
                answered_at=now,
            )
        )
        session.add(
            Appointment(
                participant_id=person_id,
                created_by_id=cast.coach_id,
                kind=AppointmentKind.DOCTOR,
                starts_at=now + timedelta(days=1),
                place="Praxis Quarzberg",
                note="Befund Quarzberg mitbringen",
                status=AppointmentStatus.SCHEDULED,
                answer=Attendance.NOT_COMING,
                answer_reason="Quarzberg-Fieber seit gestern",
                created_at=now,
                updated_at=now,
            )
        )
        for direction, words in (
            (RelayDirection.TO_COACH, "Quarzberg hat meine Papiere"),
            (RelayDirection.TO_PARTICIPANT, "Rufen Sie mich wegen Quarzberg an"),
        ):
            session.add(
                RelayMessage(
                    participant_id=person_id,
                    coach_id=cast.coach_id,
                    direction=direction,
                    text=words,
                    source_language="de",
                    target_language="de",
                    translation=words,
                    created_at=now,
                )
            )


async def ciphertexts(harness: Harness, person_id: int) -> list[bytes]:
    """The stored (encrypted) forms of her free text, as the files hold them."""
    queries = (
        "SELECT text FROM checkin_answers WHERE person_id = :id",
        "SELECT text_de FROM checkin_answers WHERE person_id = :id",
        "SELECT place FROM appointments WHERE participant_id = :id",
        "SELECT note FROM appointments WHERE participant_id = :id",
        "SELECT answer_reason FROM appointments WHERE participant_id = :id",
        "SELECT text FROM relay_messages WHERE participant_id = :id",
        "SELECT translation FROM relay_messages WHERE participant_id = :id",
    )
    found: list[bytes] = []
    async with deps_of(harness).engine.connect() as connection:
        for query in queries:
            found += [
                value.encode()
                for value in (await connection.execute(text(query), {"id": person_id})).scalars()
            ]
    assert len(found) == 9  # 2 + 3 + 2 x 2
    return found


async def test_delete_leaves_no_trace_in_the_sqlite_files(harness: Harness, cast: Cast) -> None:
    await without_secure_delete_by_default(harness)
    her = User(31, NAME, "de")
    person_id = await add_member(harness, her, Role.PARTICIPANT, coach_id=cast.coach_id)
    await seed_her_data(harness, cast, person_id)
    stored = await ciphertexts(harness, person_id)
    # Only the ciphertext is on disk, never the words (encryption at rest)...
    assert hits(harness, [b"Quarzberg"]) == hits(harness, [NAME.encode()])
    # ...and before the erasure her name and every ciphertext are there (the test can fail).
    assert hits(harness, [NAME.encode()]) > 0
    assert all(hits(harness, [secret]) > 0 for secret in stored)

    await harness.send(her, "/delete")
    replies = await harness.press(her, "del:yes")

    assert replies[0].startswith("Ihre Daten sind gelöscht.")
    assert hits(harness, [NAME.encode()]) == 0
    # A 100-byte prefix of each token (its fixed header aside) is as good as the token itself.
    assert hits(harness, [secret[10:110] for secret in stored]) == 0
    # The log was emptied into the database file.
    wal = database_files(harness)[1]
    assert not wal.exists() or wal.stat().st_size == 0


async def test_every_sqlite_connection_deletes_securely(harness: Harness) -> None:
    await without_secure_delete_by_default(harness)
    async with deps_of(harness).engine.connect() as first, deps_of(harness).engine.connect() as second:
        for connection in (first, second):
            assert (await connection.execute(text("PRAGMA secure_delete"))).scalar() == 1
