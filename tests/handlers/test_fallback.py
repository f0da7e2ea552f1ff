"""Everything else a person can send: unknown commands, free text, stickers, errors."""

from __future__ import annotations

import logging

import pytest

from bot.i18n import RLM
from bot.services import privacy

from harness import Harness
from seed import Cast

STICKER = {
    "sticker": {
        "file_id": "s",
        "file_unique_id": "s",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "🙂",
    }
}


async def test_unknown_command_gets_short_help_in_both_languages(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/foobar")
    assert replies[0].startswith("Diesen Befehl kenne ich nicht.\n\n" + RLM)
    assert "/settings" in replies[1]


@pytest.mark.parametrize(
    "text",
    ["Hallo", "🙂🙏🏽", "مرحبا، أحتاج مساعدة", "سلام", "x" * 4000, " ", "<b>bold</b> & {$name}"],
)
async def test_free_text_is_answered_not_ignored(harness: Harness, cast: Cast, text: str) -> None:
    # A coach's free text outside a dialogue (a participant's goes to her coach: test_talk.py).
    replies = await harness.send(cast.coach, text)
    assert replies[0].startswith("Ich habe Ihre Nachricht bekommen, aber niemand liest sie hier")
    assert len(replies) == 2


async def test_the_team_is_not_told_about_a_coach_of_their_own(harness: Harness, cast: Cast) -> None:
    """Coaches and staff have no coach: their unread text is not said to miss one."""
    for user in (cast.coach, cast.staff):
        replies = await harness.send(user, "Hallo")
        assert replies[0] == (
            "Ich habe Ihre Nachricht bekommen, aber niemand liest sie hier: Sie geht an keine Person weiter."
            " Was Sie hier tun können:"
        )
        assert "/settings" in replies[1]


async def test_stickers_and_voice_notes_get_a_kind_answer(harness: Harness, cast: Cast) -> None:
    # A participant learns what does reach her coach; a coach what the bot understands.
    assert (await harness.send_raw(cast.participant, **STICKER))[0].startswith(
        "Sticker und Standorte kann ich nicht weitergeben. Text, Fotos und Sprachnachrichten gehen"
    )
    assert (await harness.send_raw(cast.coach, **STICKER))[0].startswith(
        "Ich kann hier nur Text und Schaltflächen verstehen."
    )
    voice = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}}
    assert "nur Text" in (await harness.send_raw(cast.coach, **voice))[0]


async def test_help_by_role(harness: Harness, cast: Cast) -> None:
    assert "/invite" not in (await harness.send(cast.participant, "/help"))[0]
    assert "/invite – Teilnehmende einladen" in (await harness.send(cast.coach, "/help"))[0]
    assert "Mitarbeitende einladen" in (await harness.send(cast.staff, "/help"))[0]


async def test_cancel_without_dialogue(harness: Harness, cast: Cast) -> None:
    assert (await harness.send(cast.coach, "/cancel"))[0] == "Es gibt nichts abzubrechen."


async def test_unexpected_error_gives_a_reference_and_logs_no_message_text(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    name = "Amina"

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"no export for {name}")  # an exception's text may hold anything

    monkeypatch.setattr(privacy, "export_person", broken)
    # The harness fails a test whose handlers raise; this one raises on purpose.
    harness.app.remove_error_handler(list(harness.app.error_handlers)[-1])
    caplog.set_level(logging.DEBUG)
    secret = "Ich habe Angst vor meinem Mann"
    await harness.send(cast.participant, secret)
    replies = await harness.send(cast.participant, "/export")
    assert len(replies) == 1
    assert replies[0].startswith("Entschuldigung, da ist etwas schiefgegangen.")
    reference = replies[0].split("Fehlernummer: ")[1].split()[0]
    # The reference, the exception's type and frames; not its message.
    (logged,) = [
        r.getMessage() for r in caplog.records if r.name == "handlers.errors" and reference in r.getMessage()
    ]
    assert "RuntimeError" in logged and "Traceback" in logged and "in broken" in logged
    assert secret not in caplog.text
    assert "Amina" not in caplog.text
