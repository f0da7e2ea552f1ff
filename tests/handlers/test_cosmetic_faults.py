"""Cosmetic Bot API calls (answering the button, editing the pressed message or its keyboard,
"typing…") fail no turn, whatever comes back: an error, a timeout, `result: null` that
python-telegram-bot cannot read, or a body that is not JSON. What she chose is stored and
she gets the next step; the failure is logged with the update id and nothing unhandled."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import select

from bot.decks import Kind
from bot.models import Appointment, Attendance
from bot.services import people

from harness import Harness, User
from seed import Cast, deliver, deps_of, in_dose, make_invite, state_of

FAULTS = ["null", "500", "timeout", "malformed"]
# editMessageReplyMarkup is what takes the buttons away when an edit of the text is refused.
METHODS = ["answerCallbackQuery", "editMessageText", "editMessageReplyMarkup"]

Scenario = Callable[[Harness, Cast, Callable[[], None]], Awaitable[None]]


async def choose_language(harness: Harness, cast: Cast, inject: Callable[[], None]) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    amal = User(600, "Amal", "ar")
    await harness.send(amal, f"/start {token}")
    inject()
    replies = await harness.press(amal, "lang:ar", message_id=71)
    async with deps_of(harness).sessionmaker() as session:
        person = await people.find_by_telegram_id(session, amal.id)
    assert person is not None and person.language == "ar"
    assert "Sind Sie damit einverstanden?" in replies[-1]
    assert harness.request.buttons(amal.id) == ["prv:consent", "consent:yes", "consent:no"]


async def cannot_come(harness: Harness, cast: Cast, inject: Callable[[], None]) -> None:
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:job_centre", message_id=12)
    await harness.send(coach, "Grüner Weg 2")
    await harness.press(coach, "apn:skip", message_id=13)
    await harness.press(coach, "apn:save", message_id=13)
    await deliver(harness)
    async with deps_of(harness).sessionmaker() as session:
        (appointment,) = await session.scalars(select(Appointment))
    inject()
    replies = await harness.press(cast.participant, f"apa:no:{appointment.id}:1", message_id=40)
    async with deps_of(harness).sessionmaker() as session:
        stored = await session.get(Appointment, appointment.id)
    assert stored is not None and stored.answer is Attendance.NOT_COMING
    assert replies[-1].startswith("Schade. Möchten Sie sagen, warum?")


async def practice_card(harness: Harness, cast: Cast, inject: Callable[[], None]) -> None:
    cards = [i for i in deps_of(harness).decks.items.values() if i.kind is Kind.CARD][:2]
    await in_dose(harness, cast.participant_id, [card.id for card in cards], msg=77)
    inject()
    replies = await harness.press(cast.participant, "prk:0:1", message_id=77)
    state = await state_of(harness, cast.participant_id)
    assert state["pos"] == 1 and state["right"] == 1  # the answer is stored
    assert replies and replies[-1].startswith("(2/2) ")  # and the next card is there


SCENARIOS: dict[str, Scenario] = {
    "language": choose_language,
    "appointment": cannot_come,
    "practice": practice_card,
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_a_cosmetic_call_that_fails_keeps_the_choice_and_the_next_step(
    harness: Harness, cast: Cast, scenario: str, method: str, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    def inject() -> None:
        harness.request.fail(method, fault)
        if method == "editMessageReplyMarkup":
            harness.request.fail_methods.add("editMessageText")  # refused: the buttons go instead
        harness.request.clear()

    await SCENARIOS[scenario](harness, cast, inject)
    assert any(params.get("_fault") == fault for name, params in harness.request.calls if name == method)
    # No unhandled error and no apology (PTB's own complaint about the body is not ours).
    assert not [
        r for r in caplog.records if r.levelname == "ERROR" and r.name != "telegram.request.BaseRequest"
    ]
    assert not [t for t in harness.request.texts(cast.participant.id) if "Fehler" in t]
