"""The coach's views show the participant's answer beside each appointment: the list
(/participants), her card and /appointments. "nächster Termin" alone, when she said she
cannot come, would tell the coach something untrue."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.models import Appointment, AppointmentKind
from bot.services import appointments

from harness import Harness
from seed import Cast, deps_of
from seed import load as person

STARTS_IN = timedelta(days=1, hours=1)  # Tue 24 Nov, 11:00 Berlin


async def make(harness: Harness, cast: Cast, *, days: int = 0) -> Appointment:
    async with deps_of(harness).sessionmaker.begin() as session:
        appointment = await appointments.create(
            session,
            actor=None,
            participant=await person(harness, cast.participant_id),
            kind=AppointmentKind.JOB_CENTRE,
            starts_at=harness.clock.now() + STARTS_IN + timedelta(days=days),
            place="Grüner Weg 2",
            note="",
            now=harness.clock.now(),
        )
        session.expunge(appointment)
    return appointment


def texts_to(harness: Harness, cast: Cast) -> list[str]:
    """What the coach was sent or shown in place (the card edits the list)."""
    sent: list[dict[str, Any]] = [
        *harness.request.sent(cast.coach.id),
        *harness.request.sent(cast.coach.id, "editMessageText"),
    ]
    return [str(params.get("text", "")) for params in sent]


async def list_line(harness: Harness, cast: Cast) -> str:
    (listing,) = await harness.send(cast.coach, "/participants")
    return next(line for line in listing.split("\n") if "nächster Termin" in line)


async def test_the_list_shows_her_answer_beside_the_next_appointment(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    appointment = await make(harness, cast)
    await make(harness, cast, days=2)  # a later one she has not answered
    assert (await list_line(harness, cast)).endswith("nächster Termin: 24.11. 11:00 (❔ keine Antwort)")

    await harness.press(amina, f"apa:yes:{appointment.id}:1")
    assert (await list_line(harness, cast)).endswith("nächster Termin: 24.11. 11:00 (✅ kommt)")

    await harness.press(amina, f"apa:no:{appointment.id}:1")
    assert (await list_line(harness, cast)).endswith("nächster Termin: 24.11. 11:00 (❌ kann nicht kommen)")


async def test_her_reason_is_shown_short_in_the_list_the_card_and_appointments(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    appointment = await make(harness, cast)
    await harness.press(amina, f"apa:no:{appointment.id}:1")
    await harness.send(amina, "Mein Kind ist krank und ich muss mit ihm zum Kinderarzt gehen")
    shown = "❌ kann nicht kommen: „Mein Kind ist krank und ich muss mit ih…“"
    assert (await list_line(harness, cast)).endswith(f"nächster Termin: 24.11. 11:00 ({shown})")

    await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    card = texts_to(harness, cast)[-1]
    assert f"24.11. 11:00 – Jobcenter, Grüner Weg 2 ({shown})" in card

    (listing, *_) = await harness.send(cast.coach, "/appointments")
    assert listing.startswith(
        f"Kommende Termine:\n1. Dienstag, 24. November 2026, 11:00 Uhr: Amina, Jobcenter – {shown}"
    )
