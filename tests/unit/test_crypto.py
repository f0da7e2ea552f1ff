"""Free text is encrypted at rest: the raw database holds no readable text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import select, text

from bot import crypto
from bot.crypto import DataKeyError, KeyRing
from bot.deps import Deps
from bot.models import Checkin, CheckinAnswer, CheckinStatus, CoachNote, RelayDirection, RelayMessage, Role
from bot.settings import Settings

from harness import TEST_DATA_KEY, make_settings
from seed import add_person

SECRET = "Ich habe Angst vor meinem Mann – أنا خائفة"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_round_trip_and_tokens_differ() -> None:
    ring = KeyRing(TEST_DATA_KEY)
    first, second = ring.encrypt(SECRET), ring.encrypt(SECRET)
    assert first != second  # a fresh IV each time: equal texts do not look equal
    assert SECRET not in first
    assert ring.decrypt(first) == SECRET


def test_rotation_old_key_still_decrypts() -> None:
    new_key = crypto.generate_key()
    old = KeyRing(TEST_DATA_KEY).encrypt(SECRET)
    assert KeyRing(f"{new_key},{TEST_DATA_KEY}").decrypt(old) == SECRET


def test_wrong_key_is_a_clear_error() -> None:
    token = KeyRing(TEST_DATA_KEY).encrypt(SECRET)
    with pytest.raises(DataKeyError, match="cannot be decrypted"):
        KeyRing(crypto.generate_key()).decrypt(token)


@pytest.mark.parametrize("bad", ["", "  ", "not-a-key", "abc,def"])
def test_malformed_keys_are_refused(bad: str) -> None:
    with pytest.raises(DataKeyError):
        KeyRing(bad)


def test_settings_require_a_data_key() -> None:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=SecretStr("1:x"))  # type: ignore[call-arg]
    with pytest.raises(DataKeyError, match="python -m bot keygen"):
        settings.require_data_key()
    assert make_settings("sqlite://").require_data_key() == TEST_DATA_KEY


async def _store_free_text(deps: Deps) -> None:
    participant = await add_person(
        deps, telegram_user_id=501, name="Amina", role=Role.PARTICIPANT, language="ar"
    )
    async with deps.sessionmaker.begin() as session:
        checkin = Checkin(
            person_id=participant,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.COMPLETED,
            offered_at=NOW,
            expires_at=NOW,
        )
        session.add(checkin)
        await session.flush()
        session.add(
            CheckinAnswer(
                checkin_id=checkin.id,
                person_id=participant,
                question="text",
                text=SECRET,
                text_language="ar",
                text_de="Ich habe Angst",
                answered_at=NOW,
            )
        )
        session.add(
            RelayMessage(
                participant_id=participant,
                direction=RelayDirection.TO_COACH,
                text=SECRET,
                source_language="ar",
                target_language="de",
                translation=SECRET,
                created_at=NOW,
            )
        )
        session.add(CoachNote(participant_id=participant, text=SECRET, created_at=NOW))


async def test_database_holds_no_free_text_in_the_clear(deps: Deps) -> None:
    await _store_free_text(deps)
    async with deps.engine.connect() as connection:
        for table, columns in {
            "checkin_answers": ("text", "text_de"),
            "relay_messages": ("text", "translation"),
            "coach_notes": ("text",),
        }.items():
            for column in columns:
                raw = (await connection.execute(text(f"SELECT {column} FROM {table}"))).scalars().all()
                assert raw and all(value and "Angst" not in value and "أنا" not in value for value in raw)
    async with deps.sessionmaker() as session:
        answer = await session.scalar(select(CheckinAnswer))
        assert answer is not None and answer.text == SECRET and answer.text_de == "Ich habe Angst"


async def test_sqlite_file_bytes_hold_no_free_text(migrated_sqlite_url: str, tmp_path: Path) -> None:
    from bot.app import build_deps
    from bot.clock import ManualClock

    built = build_deps(make_settings(migrated_sqlite_url), ManualClock(NOW))
    await _store_free_text(built)
    await built.engine.dispose()  # checkpoints the WAL into the file
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("begleiter.db*"))
    for needle in ("Angst", "أنا خائفة", "Ich habe"):
        assert needle.encode() not in raw
    assert b"Amina" in raw  # the check would see plain text if it were there
