"""bot/services/rotation.py: re-encrypting stored text under a new key, resumably (both engines)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Text, select, type_coerce

from bot import crypto
from bot.clock import ManualClock
from bot.crypto import DataKeyError
from bot.deps import Deps
from bot.models import Person, Role
from bot.models.relay import CoachNote, RelayDirection, RelayMessage
from bot.services.rotation import encrypted_columns, rotate_all

from harness import TEST_DATA_KEY
from seed import make_member

NEW_KEY = crypto.generate_key()


@pytest.fixture(autouse=True)
def restore_key() -> Iterator[None]:
    yield
    crypto.configure(TEST_DATA_KEY)


async def stored(deps: Deps) -> dict[str, str]:
    async with deps.sessionmaker() as session:
        texts = await session.scalars(select(type_coerce(RelayMessage.text, Text)))
        notes = await session.scalars(select(type_coerce(CoachNote.text, Text)))
        dialogues = await session.scalars(
            select(type_coerce(Person.dialogue, Text)).where(Person.dialogue.is_not(None))
        )
        return (
            {f"r{i}": t for i, t in enumerate(texts)}
            | {f"n{i}": t for i, t in enumerate(notes)}
            | {f"d{i}": t for i, t in enumerate(dialogues)}
        )


async def test_every_encrypted_column_is_found() -> None:
    found = {(table.name, column.name) for table, _, column in encrypted_columns()}
    assert {("relay_messages", "text"), ("coach_notes", "text"), ("people", "dialogue")} <= found
    assert ("appointments", "place") in found and ("checkin_answers", "text") in found


async def test_rotation_re_encrypts_everything_resumes_after_a_stop_and_then_needs_only_the_new_key(
    deps: Deps, clock: ManualClock
) -> None:
    async with deps.sessionmaker.begin() as session:
        coach = await make_member(session, role=Role.COACH, now=clock.now())
        amina = await make_member(session, role=Role.PARTICIPANT, now=clock.now(), coach_id=coach.id)
        amina.dialogue = {"step": "reason", "typed": "Mein Kind ist krank"}
        for number in range(5):
            session.add(
                RelayMessage(
                    participant_id=amina.id,
                    coach_id=coach.id,
                    direction=RelayDirection.TO_COACH,
                    text=f"Nachricht {number} 🌙 مرحبا",
                    source_language="ar",
                    target_language="de",
                    created_at=clock.now(),
                )
            )
        session.add(
            CoachNote(
                participant_id=amina.id, author_id=coach.id, text="Termin verschoben", created_at=clock.now()
            )
        )
    before = await stored(deps)

    keys = f"{NEW_KEY},{TEST_DATA_KEY}"
    crypto.configure(keys)
    # Stopped after two batches of two rows: a crash halfway.
    partial = await rotate_all(deps.sessionmaker, keys, batch_size=2, max_batches=2)
    halfway = sum(p.rotated for p in partial)
    assert 2 <= halfway <= 4
    middle = await stored(deps)
    assert sum(middle[k] != before[k] for k in before) == halfway

    # Started again: the rest is done, what was done is left alone.
    rest = await rotate_all(deps.sessionmaker, keys, batch_size=2)
    assert sum(p.rotated for p in rest) == len(before) - halfway
    after = await stored(deps)
    assert all(after[k] != before[k] for k in before)
    assert all(after[k] == middle[k] for k in before if middle[k] != before[k])
    again = await rotate_all(deps.sessionmaker, keys)
    assert sum(p.rotated for p in again) == 0

    # The old key can go: everything opens with the new one alone.
    crypto.configure(NEW_KEY)
    async with deps.sessionmaker() as session:
        texts = sorted(await session.scalars(select(RelayMessage.text)))
        assert texts == [f"Nachricht {n} 🌙 مرحبا" for n in range(5)]
        assert (await session.scalar(select(CoachNote.text))) == "Termin verschoben"
        person = await session.get(Person, amina.id)
        assert person is not None and person.dialogue == {"step": "reason", "typed": "Mein Kind ist krank"}


async def test_a_value_no_key_opens_stops_the_rotation_with_a_clear_error(
    deps: Deps, clock: ManualClock
) -> None:
    async with deps.sessionmaker.begin() as session:
        amina = await make_member(session, role=Role.PARTICIPANT, now=clock.now())
        amina.dialogue = {"step": "x"}
    other = crypto.generate_key()
    with pytest.raises(DataKeyError, match="no key"):
        await rotate_all(deps.sessionmaker, f"{NEW_KEY},{other}")
