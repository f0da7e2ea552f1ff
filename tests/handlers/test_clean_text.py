"""Text from Telegram with NUL, other control characters and lone surrogates (which PostgreSQL
cannot store, or which hide what a text says) is cleaned in one place before it reaches a
service: it is stored clean and the person gets the normal next step, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import dispatcher_of
from bot.clock import ManualClock
from bot.models import Appointment, Cohort, Person, RelayMessage
from bot.text import MAX_NAME, clean

from harness import Harness, User, running
from seed import Cast, deps_of, make_invite

# NUL, a bell, an escape, a lone surrogate, and "ü" written as "u" + a combining diaeresis.
DIRT = ("\x00", "\x07", "\x1b", "\ud800")


def dirty(word: str) -> str:
    """`word` with every kind of dirt put between its letters."""
    return word[:2] + "".join(DIRT) + word[2:].replace("ü", "u\u0308") + "\x00"


@pytest.fixture
async def harness(database_url: str, clock: ManualClock) -> AsyncIterator[Harness]:
    """The real Application on each engine (the usual harness runs on SQLite only)."""
    async with running(database_url, clock) as started:
        yield started


async def stored(harness: Harness, column: Any) -> list[Any]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(column)))


def test_clean_keeps_text_and_drops_what_is_no_text() -> None:
    assert clean(dirty("Grüner Weg")) == "Grüner Weg"
    assert clean("Zeile 1\r\nZeile 2\rZeile 3\tEnde") == "Zeile 1\nZeile 2\nZeile 3\tEnde"
    # Persian's zero-width non-joiner and an emoji's joiner are part of the text.
    assert clean("می\u200cخواهم 👩\u200d👧") == "می\u200cخواهم 👩\u200d👧"
    assert clean("x" * 100, MAX_NAME) == "x" * MAX_NAME


async def test_a_group_name(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.staff, "/invite")
    await harness.press(cast.staff, "invr:participant")
    replies = await harness.send(cast.staff, dirty("Pflege Kassel Süd"))
    assert replies == ["Neue Gruppe „Pflege Kassel Süd“ anlegen?"]
    replies = await harness.press(cast.staff, "invc:new")
    assert replies[0] == "Wer ist die Beraterin oder der Berater?"
    assert await stored(harness, Cohort.name) == ["Pflege Kassel Süd"]


async def make_appointment(harness: Harness, cast: Cast, place: str, note: str) -> None:
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:job_centre", message_id=12)
    assert (await harness.send(coach, place))[0].startswith("Eine Notiz für die Person?")
    assert (await harness.send(coach, note))[0].startswith("Termin für Amina:")
    answered = len(harness.toasts())
    assert await harness.press(coach, "apn:save", message_id=13) == []
    # The coach's press is answered, and the preview says it is saved.
    assert len(harness.toasts()) == answered + 1
    saved = harness.request.sent(coach.id, "editMessageText")[-1]["text"]
    assert saved.endswith("✅ Gespeichert. Amina bekommt den Termin jetzt und Erinnerungen vorher.")


async def test_an_appointment_place_and_note(harness: Harness, cast: Cast) -> None:
    await make_appointment(harness, cast, dirty("Jobcenter, Grüner Weg 2"), dirty("Pass mitbringen"))
    (appointment,) = await stored(harness, Appointment)
    assert (appointment.place, appointment.note) == ("Jobcenter, Grüner Weg 2", "Pass mitbringen")


async def test_a_reason_for_not_coming(harness: Harness, cast: Cast) -> None:
    await make_appointment(harness, cast, "Jobcenter", "Pass")
    (appointment,) = await stored(harness, Appointment)
    await dispatcher_of(harness.app).tick()
    replies = await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    assert replies[0].startswith("Schade. Möchten Sie sagen, warum?")
    replies = await harness.send(cast.participant, dirty("Mein Kind ist krank, Übelkeit"))
    assert replies[0].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    (appointment,) = await stored(harness, Appointment)
    assert appointment.answer_reason == "Mein Kind ist krank, Übelkeit"
    (message,) = await stored(harness, RelayMessage)
    assert message.text == "Mein Kind ist krank, Übelkeit"


@dataclass
class NamedUser(User):
    last_name: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "last_name": self.last_name}


async def test_telegram_first_and_last_name(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    newcomer = NamedUser(801, dirty("Mariam"), "de", last_name=dirty("Müller") + "x" * 100)
    replies = await harness.send(newcomer, f"/start {token}")
    assert replies[0].startswith("Willkommen")
    async with deps_of(harness).sessionmaker() as session:
        person = await session.scalar(select(Person).where(Person.telegram_user_id == 801))
    assert person is not None
    first, last = person.display_name.split(" ")  # type: ignore[union-attr]
    assert first == "Mariam" and last.startswith("Müller") and len(last) == MAX_NAME


async def test_free_text_to_the_coach(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    replies = await harness.send(amina, dirty("Ich brauche Hilfe beim Jobcenter\r\nbitte"))
    assert harness.request.buttons(amina.id) == ["tlk:yes", "tlk:no"] and len(replies) == 1
    await harness.press(amina, "tlk:yes")
    (message,) = await stored(harness, RelayMessage)
    assert message.text == "Ich brauche Hilfe beim Jobcenter\nbitte"
