"""/privacy, /export and /delete through the real Application."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from bot.models import ConsentRecord, PersonStatus

from harness import Harness, User
from seed import Cast, deps_of, load, make_invite


async def test_privacy_shows_the_notice_and_when_they_agreed(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.coach, "/privacy")
    assert replies[0].startswith("Datenschutz kurz:")
    assert replies[1] == "Sie haben am 23.11.2026 zugestimmt (Version 2026-11)."


def edits(harness: Harness, user: User) -> list[dict[str, Any]]:
    return [p for p in harness.request.sent(user.id, "editMessageText")]


def inline_buttons(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup")
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b["callback_data"] for row in (markup or {}).get("inline_keyboard", []) for b in row]


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"])
def test_the_short_notice_is_four_lines_on_storing_seeing_and_deleting(
    harness: Harness, language: str
) -> None:
    catalogue = deps_of(harness).catalogue
    short = catalogue.render(language, "privacy-short")
    assert 3 <= len(short.split("\n")) <= 4
    assert "/delete" in short and "/export" in short
    assert len(short) < len(catalogue.render(language, "privacy-notice")) / 2


async def test_read_more_shows_the_whole_notice_in_place(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/privacy")
    assert harness.request.buttons(cast.participant.id) == ["prv:info"]
    await harness.press(cast.participant, "prv:info", message_id=100)
    (edit,) = edits(harness, cast.participant)
    whole = deps_of(harness).catalogue.render("ar", "privacy-notice")
    assert edit["text"] == whole and edit["message_id"] == 100
    assert inline_buttons(edit) == []
    # Only the person's own notice: the consent question's button is stale for a member.
    assert "nicht mehr" in (await harness.press(cast.participant, "prv:consent"))[0]


async def test_read_more_while_joining_keeps_agree_and_decline(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    lena = User(640, "Lena", "de")
    await harness.send(lena, f"/start {token}")
    (consent,) = await harness.press(lena, "lang:de")
    assert len(consent.split("\n\n")[0].split("\n")) <= 4  # the short layer
    assert harness.request.buttons(lena.id) == ["prv:consent", "consent:yes", "consent:no"]
    assert await harness.press(lena, "prv:consent") == []  # nothing new: the message changes
    edit = edits(harness, lena)[-1]  # the language question was edited before
    assert edit["text"].startswith("Datenschutz – bitte lesen Sie das in Ruhe.")
    assert "Ihre Rechte:" in edit["text"] and edit["text"].endswith("Sind Sie damit einverstanden?")
    assert inline_buttons(edit) == ["consent:yes", "consent:no"]
    # Agreeing edits the same message again: the short notice, the question and the answer,
    # with /privacy to read the whole text again; the next question is the only new message.
    (quiet,) = await harness.press(lena, "consent:yes")
    assert quiet.startswith("Wann sollen wir")
    answered = edits(harness, lena)[-1]
    assert answered["text"] == (
        consent + "\n\n→ Ja, einverstanden\n\nDanke! Sie können das jederzeit mit /privacy nachlesen."
    )
    assert inline_buttons(answered) == []


async def test_export_sends_own_data_as_a_json_file(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/export")
    assert len(replies) == 1 and replies[0].startswith("[sendDocument]")
    upload = harness.request.sent(cast.participant.id, "sendDocument")[0]
    assert "Begleiter" in upload["caption"]
    (content,) = upload["_files"].values()
    data = json.loads(content)
    assert data["format"] == "begleiter-export"
    assert data["person"]["name"] == "Amina" and data["programme"]["coach"] == "Jonas"


async def test_export_falls_back_to_text_when_files_cannot_be_sent(harness: Harness, cast: Cast) -> None:
    harness.request.fail_methods.add("sendDocument")
    replies = await harness.send(cast.participant, "/export")
    assert replies[0].startswith("\u200f")  # the note in Arabic, then the JSON
    body = "".join(replies[1:])
    data = json.loads(body)
    assert data["person"]["name"] == "Amina"
    assert data["person"]["language"] == "ar"
    assert data["programme"]["coach"] == "Jonas"
    assert data["consent"][0]["granted"] is True
    assert all(len(part) <= 4096 for part in replies)
    # Nothing about anyone else.
    for other in ("Sabine", "Petra"):
        assert other not in body


async def test_delete_asks_first_and_no_keeps_everything(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/delete")
    assert replies[0].startswith("Wollen Sie wirklich alle Ihre Daten löschen?")
    assert harness.request.buttons(cast.participant.id) == ["del:yes", "del:no"]
    replies = await harness.press(cast.participant, "del:no")
    assert replies[0].startswith("Gut, Ihre Daten bleiben gespeichert.")
    assert (await load(harness, cast.participant_id)).status is PersonStatus.ACTIVE


async def test_delete_erases_and_tells_the_coach(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/delete")
    replies = await harness.press(cast.participant, "del:yes")
    assert replies[0].startswith("Ihre Daten sind gelöscht.")
    assert harness.request.texts(cast.coach.id)[-1] == "Amina hat die eigenen Daten bei Begleiter gelöscht."
    person = await load(harness, cast.participant_id)
    assert person.status is PersonStatus.DELETED
    assert (person.telegram_user_id, person.chat_id, person.display_name, person.language) == (None,) * 4
    async with deps_of(harness).sessionmaker() as session:
        assert not list(
            await session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == person.id))
        )
    # Their menu and the keyboard under the chat are withdrawn; from now on they are a stranger.
    assert any(name == "deleteMyCommands" for name, _ in harness.request.calls)
    done = harness.request.sent(cast.participant.id)[-1]
    assert done["reply_markup"] == {"remove_keyboard": True}
    assert "nur mit Einladung" in (await harness.send(cast.participant, "/help"))[0]
    # Pressing the old confirmation button again does nothing (and, within the hour, says
    # nothing either: she is a stranger to the bot now, see test_strangers.py).
    assert await harness.press(cast.participant, "del:yes") == []
