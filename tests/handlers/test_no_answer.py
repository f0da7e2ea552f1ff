"""The coach hears "Amina hat auf die Erinnerung nicht geantwortet" only when it is true and
she had time to answer: NO_ANSWER_MINUTES before the appointment, and never once she has
answered, written to her coach, or the appointment changed or was cancelled."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Appointment, OutboxMessage, OutboxStatus
from bot.services import appointments

from harness import Harness
from seed import Cast, deliver, deps_of, planned_appointment, rows

SILENT = "Amina hat auf die Erinnerung nicht geantwortet"
STARTS_IN = timedelta(days=1, hours=3)  # Tue 24 Nov, 13:00 Berlin


async def make(harness: Harness, cast: Cast) -> Appointment:
    """Jonas's appointment for Amina, planned as the chat plans it; the announcement goes out."""
    return await planned_appointment(harness, cast.participant_id, STARTS_IN)


async def to_the_last_reminder(harness: Harness, appointment: Appointment) -> None:
    harness.clock.set(appointment.starts_at - timedelta(hours=2))
    await deliver(harness)
    reminders = [t for t in harness.request.texts(30) if t.startswith("Erinnerung")]
    assert len(reminders) >= 2  # 24 h and 2 h before


def coach_heard(harness: Harness, cast: Cast) -> list[str]:
    return [t for t in harness.request.texts(cast.coach.id) if t.startswith(SILENT)]


async def no_answer_row(harness: Harness) -> OutboxMessage:
    found: list[OutboxMessage] = [
        r for r in await rows(harness, OutboxMessage) if r.kind == "coach.no_answer"
    ]
    (row,) = found
    return row


async def test_the_coach_hears_of_silence_an_hour_before_not_right_after_the_reminder(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make(harness, cast)
    await to_the_last_reminder(harness, appointment)
    # A minute, and half an hour, after the last reminder she still has time to answer.
    for later in (timedelta(minutes=1), timedelta(minutes=30)):
        harness.clock.set(appointment.starts_at - timedelta(hours=2) + later)
        await deliver(harness)
        assert coach_heard(harness, cast) == []
    harness.clock.set(appointment.starts_at - timedelta(hours=1))  # NO_ANSWER_MINUTES=60
    await deliver(harness)
    (notice,) = coach_heard(harness, cast)
    assert notice.startswith(SILENT + ": Jobcenter, Dienstag, 24. November 2026, 13:00 Uhr")


async def test_a_message_to_her_coach_after_the_reminder_is_an_answer(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    appointment = await make(harness, cast)
    await to_the_last_reminder(harness, appointment)
    harness.clock.advance(timedelta(seconds=30))
    await harness.send(amina, "Ich komme etwas später, der Bus fällt aus")
    await harness.press(amina, "tlk:yes")  # the first time she is asked whether it goes to Jonas
    harness.clock.set(appointment.starts_at - timedelta(minutes=30))
    await deliver(harness)
    assert any("der Bus fällt aus" in t for t in harness.request.texts(cast.coach.id))
    assert coach_heard(harness, cast) == []
    assert (await no_answer_row(harness)).status is OutboxStatus.CANCELLED


async def test_a_message_before_the_reminder_is_no_answer_to_it(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    appointment = await make(harness, cast)
    await harness.send(amina, "Guten Morgen")
    await harness.press(amina, "tlk:yes")
    await to_the_last_reminder(harness, appointment)
    harness.clock.set(appointment.starts_at - timedelta(hours=1))
    await deliver(harness)
    assert len(coach_heard(harness, cast)) == 1


async def test_an_answer_after_the_reminder_stops_it(harness: Harness, cast: Cast) -> None:
    appointment = await make(harness, cast)
    await to_the_last_reminder(harness, appointment)
    await harness.press(cast.participant, f"apa:yes:{appointment.id}:1")
    harness.clock.set(appointment.starts_at - timedelta(minutes=30))
    await deliver(harness)
    assert coach_heard(harness, cast) == []


async def test_nothing_about_a_cancelled_or_moved_appointment(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    cancelled = await make(harness, cast)
    moved = await make(harness, cast)
    await to_the_last_reminder(harness, cancelled)
    async with deps.sessionmaker.begin() as session:
        now = harness.clock.now()
        await appointments.cancel(
            session, await session.get_one(Appointment, cancelled.id), actor=None, now=now
        )
        await appointments.reschedule(
            session,
            await session.get_one(Appointment, moved.id),
            actor=None,
            starts_at=moved.starts_at + timedelta(days=2),
            now=now,
        )
    harness.clock.set(cancelled.starts_at - timedelta(minutes=30))
    await deliver(harness)
    assert coach_heard(harness, cast) == []
