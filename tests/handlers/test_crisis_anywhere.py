"""Words of a crisis (and of an urgent problem) are heard wherever a participant types them: in
the middle of a practice dose (where any text used to be "tap the right answer" or a wrong
answer) and as free text kept until she says whether it goes to her coach (where nothing was
shown before she answered)."""

from __future__ import annotations

from sqlalchemy import update

from bot.models import Alert, AlertSource, Person, RelayMessage, Severity
from bot.services.relay import HOLD

from harness import Harness, User
from seed import Cast, deliver, deps_of, rows
from seed import load as person

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"
ASK = "Soll ich das an Jonas senden? Ich merke mir Ihre Antwort für später."


async def _says_yes_to_sending(harness: Harness, cast: Cast) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        await session.execute(
            update(Person).where(Person.id == cast.participant_id).values(send_text_to_coach=True)
        )


async def test_crisis_words_typed_at_a_practice_item_show_the_numbers_and_end_the_dose(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "/practice")  # the placement quiz: an item with buttons
    assert (await person(harness, cast.participant_id)).dialogue["name"] == "practice"  # type: ignore[index]
    numbers, ask = await harness.send(amina, DYING_AR)
    assert "Sie sind nicht allein. Wenn Sie in Gefahr sind, rufen Sie sofort 112 an." in numbers
    assert "0800 111 0 111" in numbers and "116 016" in numbers
    assert "informiert" not in numbers  # nobody was told yet: she decides
    assert ask.startswith(ASK)
    assert "Tippen Sie auf die richtige Antwort" not in numbers + ask
    state = (await person(harness, cast.participant_id)).dialogue
    assert state is not None and state["name"] == HOLD  # her words are kept for her answer
    told, sent = await harness.press(amina, "tlk:yes")
    # The numbers are in the chat above: now one short line says who is told, not the list again.
    assert told.startswith("\u200fنحن نُبلغ مرشدك أو مرشدتك الآن.")  # her language first, as the numbers
    assert "Ihre Beraterin oder Ihr Berater wird jetzt informiert. Die Nummern oben" in told
    assert "0800 111 0 111" not in told
    assert sent.startswith("An Jonas gesendet ✓")
    (alert,) = await rows(harness, Alert)
    assert alert.source is AlertSource.MESSAGE and alert.severity == Severity.CRISIS
    await deliver(harness)  # the outbox's fallback copy of the numbers is not sent either
    assert sum("0800 111 0 111" in text for text in harness.request.texts(amina.id)) == 1


async def test_crisis_words_in_a_dose_go_to_her_coach_at_once_when_she_said_so(
    harness: Harness, cast: Cast, mt: None
) -> None:
    await _says_yes_to_sending(harness, cast)
    amina = cast.participant
    await harness.send(amina, "/practice")
    numbers, sent = await harness.send(amina, DYING_AR)
    assert "Sie sind nicht allein. Ihre Beraterin oder Ihr Berater wird jetzt informiert." in numbers
    assert sent.startswith("An Jonas gesendet ✓")
    (message,) = await rows(harness, RelayMessage)
    assert message.translation == "ich will sterben"
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS and alert.message_id == message.id
    assert (await person(harness, cast.participant_id)).dialogue is None  # the dose stepped aside
    await deliver(harness)
    assert any(t.startswith("🆘 KRISE: Amina") for t in harness.request.texts(cast.coach.id))


async def test_crisis_words_kept_for_her_answer_show_the_numbers_first(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    numbers, ask = await harness.send(amina, DYING_AR)
    assert "Sie sind nicht allein." in numbers and "0800 111 0 111" in numbers
    assert ask.startswith(ASK)
    assert await rows(harness, Alert) == []  # not sent before she says so


async def test_other_text_at_a_practice_item_still_asks_for_a_tap(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    await harness.send(amina, "/practice")
    (reply,) = await harness.send(amina, "لا أفهم هذا")
    assert reply.startswith("Tippen Sie auf die richtige Antwort.")
    assert (await person(harness, cast.participant_id)).dialogue["name"] == "practice"  # type: ignore[index]


async def test_an_urgent_problem_typed_at_a_practice_item_is_not_lost(harness: Harness, cast: Cast) -> None:
    """A letter about her residence typed in the middle of a dose: no "tap the right answer";
    the dose steps aside and she is asked whether it goes to her coach (no crisis numbers)."""
    amina = cast.participant
    await harness.send(amina, "/practice")
    (ask,) = await harness.send(amina, "Mein Visum ist abgelaufen, was soll ich tun")
    assert ask.startswith(ASK)
    assert (await person(harness, cast.participant_id)).dialogue["name"] == HOLD  # type: ignore[index]
    await harness.press(amina, "tlk:yes")
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.URGENT


async def test_crisis_words_in_a_pictures_caption_during_a_dose_are_heard(
    harness: Harness, cast: Cast
) -> None:
    """A photo with crisis words as its caption, sent in the middle of a dose: before, "I only
    understand text and buttons" and the photo went nowhere."""
    amina = cast.participant
    await harness.send(amina, "/practice")
    await crisis_photo_sent(harness, amina)


async def crisis_photo_sent(harness: Harness, amina: User) -> None:
    """A photo captioned with crisis words: the numbers at once and the question; her yes
    sends it, and her coach gets a crisis alert."""
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
    numbers, ask = await harness.send_raw(amina, photo=photo, caption=DYING_AR)
    assert "0800 111 0 111" in numbers and ask.startswith(ASK)
    await harness.press(amina, "tlk:yes")
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS


async def test_crisis_words_in_a_pictures_caption_during_a_check_in_are_heard(
    harness: Harness, cast: Cast
) -> None:
    """A picture is no answer to a check-in question, so the check-in's triage never reads its
    caption: it is read as it arrives, and the numbers come at once. The check-in steps aside,
    as a dose does for such words (handlers/fallback.py, _flagged_text)."""
    amina = cast.participant
    await harness.send(amina, "/checkin")
    state = (await person(harness, cast.participant_id)).dialogue
    assert state is not None and state["name"] == "checkin"
    await crisis_photo_sent(harness, amina)
    assert (await person(harness, cast.participant_id)).dialogue is None
    await harness.send(amina, "/checkin")  # taken up again where it was
    assert (await person(harness, cast.participant_id)).dialogue == state
