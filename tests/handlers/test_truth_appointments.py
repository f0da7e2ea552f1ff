"""Appointment sentences that hold in every state: the reminder does not ask "Kommen Sie?"
once she said she will come, and without a coach of her own nobody is said to "know"."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Appointment, Role

from harness import Harness, User
from seed import Cast, add_member, deliver, planned_appointment

STARTS_IN = timedelta(days=1, hours=3)


async def make(harness: Harness, participant_id: int) -> Appointment:
    return await planned_appointment(harness, participant_id, STARTS_IN)


async def test_the_reminder_after_she_said_yes_does_not_ask_again(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    appointment = await make(harness, cast.participant_id)
    await harness.press(amina, f"apa:yes:{appointment.id}:1")
    harness.clock.set(appointment.starts_at - timedelta(hours=24))
    await deliver(harness)
    (reminder,) = [m for m in harness.request.sent(amina.id) if m["text"].startswith("Erinnerung")]
    assert "Kommen Sie?" not in reminder["text"] and "Sie haben zugesagt. Bis dann!" in reminder["text"]
    assert "لقد أكدت حضورك" in reminder["text"]
    # Only the way to say she cannot come after all.
    assert harness.request.buttons(amina.id) == [f"apa:no:{appointment.id}:1"]


async def test_the_reminder_without_an_answer_asks(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    appointment = await make(harness, cast.participant_id)
    harness.clock.set(appointment.starts_at - timedelta(hours=24))
    await deliver(harness)
    (reminder,) = [m for m in harness.request.sent(amina.id) if m["text"].startswith("Erinnerung")]
    assert "Kommen Sie?" in reminder["text"]
    assert len(harness.request.buttons(amina.id)) == 2


async def test_without_a_coach_her_reason_is_kept_and_nobody_is_said_to_know(
    harness: Harness, cast: Cast
) -> None:
    user = User(36, "Samira", "ar")
    samira = await add_member(harness, user, Role.PARTICIPANT, language="ar")
    appointment = await make(harness, samira)
    await harness.press(user, f"apa:no:{appointment.id}:1")
    (told,) = await harness.send(user, "Mein Kind ist krank")
    assert told.startswith("Danke, Ihre Antwort ist gespeichert.") and "Beraterin" not in told
    second = await make(harness, samira)
    await harness.press(user, f"apa:no:{second.id}:1")
    await harness.press(user, f"aps:{second.id}")
    edited = harness.request.sent(user.id, "editMessageText")[-1]["text"]
    assert "Danke, Ihre Antwort ist gespeichert." in edited and "Beraterin" not in edited
