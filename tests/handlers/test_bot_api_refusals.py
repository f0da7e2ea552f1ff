"""What the Bot API refuses while a turn's replies go out: a person who blocked the bot is
marked unreachable and her coach told (as the outbox does); a real error still gets its
apology when the button was answered already; an optional method the server lacks is named so."""

from __future__ import annotations

import logging

import pytest

from bot.models import Person
from handlers.menu import publish_defaults

from harness import Harness
from seed import Cast, deliver, deps_of, outbox


async def test_a_reply_to_someone_who_blocked_the_bot_marks_her_unreachable_and_tells_her_coach(
    harness: Harness, cast: Cast, caplog: pytest.LogCaptureFixture
) -> None:
    harness.request.fail("sendMessage", "403", times=1)
    await harness.send(cast.participant, "/help")
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, cast.participant_id)
    assert person is not None and person.unreachable_at is not None
    assert ("coach.unreachable", cast.coach_id) in await outbox(harness)
    await deliver(harness)
    assert any("Amina" in text for text in harness.request.texts(cast.coach.id))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not [r for r in caplog.records if r.exc_info or r.exc_text]  # no traceback


async def test_the_apology_comes_even_when_the_button_was_answered_already(
    harness: Harness, cast: Cast
) -> None:
    # This test wants a real error: the harness's guard against them stands aside.
    for callback in [c for c in harness.app.error_handlers if c.__name__ == "record_error"]:
        harness.app.remove_error_handler(callback)
    harness.request.fail("answerCallbackQuery", "500")  # Telegram: "query is already answered"
    harness.request.fail("sendMessage", "500", times=1)  # the real error: the reply is lost
    await harness.press(cast.participant, "sos:write")
    texts = harness.request.texts(cast.participant.id)
    assert texts and texts[-1].startswith("Entschuldigung, da ist etwas schiefgegangen.")


async def test_a_missing_optional_method_is_not_called_an_invalid_token(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness.request.fail("setMyCommands", "404")
    await publish_defaults(harness.app.bot, deps_of(harness).catalogue)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert (
        "setMyCommands failed, the menu stays as it was: method not supported by this Bot API server"
        in logged
    )
    assert "InvalidToken" not in logged
