"""The coach's "✅ Gespeichert. Amina bekommt den Termin jetzt und Erinnerungen vorher." says
what will really happen: no reminders promised when none are planned, and no "jetzt" while
her quiet hours hold the news back."""

from __future__ import annotations

from datetime import UTC, datetime, time

from bot.models import Appointment, Person

from harness import Harness
from seed import Cast, deliver, deps_of, rows


async def save_by_chat(harness: Harness, cast: Cast, when: str) -> str:
    """Jonas makes an appointment for Amina; the confirmation's last paragraph."""
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    await harness.send(coach, when)
    await harness.press(coach, "apn:k:job_centre", message_id=12)
    await harness.send(coach, "Grüner Weg 2")
    await harness.press(coach, "apn:skip", message_id=13)
    await harness.press(coach, "apn:save", message_id=13)
    edit = harness.request.sent(coach.id, "editMessageText")[-1]
    return str(edit["text"]).rsplit("\n\n", 1)[1]


async def test_saved_in_the_day_with_reminders_ahead(harness: Harness, cast: Cast) -> None:
    done = await save_by_chat(harness, cast, "morgen 9:30")
    assert done == "✅ Gespeichert. Amina bekommt den Termin jetzt und Erinnerungen vorher."


async def test_too_soon_for_a_reminder_promises_none(harness: Harness, cast: Cast) -> None:
    done = await save_by_chat(harness, cast, "heute 11:30")  # 90 minutes ahead: no 2 h reminder
    assert done == "✅ Gespeichert. Amina bekommt den Termin jetzt. Eine Erinnerung vorher gibt es nicht."


async def test_in_her_quiet_hours_it_says_when_she_gets_it(harness: Harness, cast: Cast) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        amina = await session.get_one(Person, cast.participant_id)
        amina.quiet_start, amina.quiet_end = time(21, 0), time(7, 30)
    harness.clock.set(datetime(2026, 11, 23, 21, 30, tzinfo=UTC))  # 22:30 in Kassel
    done = await save_by_chat(harness, cast, "Donnerstag 10 Uhr")
    assert done == (
        "✅ Gespeichert. Amina hat gerade Ruhezeit und bekommt den Termin um 07:30 Uhr, Erinnerungen vorher."
    )


async def test_cancelled_before_her_quiet_hours_end_she_is_not_said_to_be_told(
    harness: Harness, cast: Cast
) -> None:
    """Its news was still held back: she never hears of it, so "bekommt Bescheid" would be false."""
    async with deps_of(harness).sessionmaker.begin() as session:
        amina = await session.get_one(Person, cast.participant_id)
        amina.quiet_start, amina.quiet_end = time(21, 0), time(7, 30)
    harness.clock.set(datetime(2026, 11, 23, 21, 30, tzinfo=UTC))  # 22:30 in Kassel
    await save_by_chat(harness, cast, "Donnerstag 10 Uhr")
    (appointment,) = await rows(harness, Appointment)
    await harness.send(cast.coach, "/appointments")
    await harness.press(cast.coach, f"apm:cancel:{appointment.id}", message_id=22)
    edit = harness.request.sent(cast.coach.id, "editMessageText")[-1]
    assert str(edit["text"]).endswith(
        "Abgesagt. Amina hatte noch nichts von diesem Termin erfahren und bekommt deshalb keine Nachricht."
    )
    harness.clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))  # 08:00 in Kassel
    await deliver(harness)
    assert harness.request.texts(cast.participant.id) == []
