"""/privacy, /export and /delete through the real Application."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.models import ConsentRecord, PersonStatus

from harness import Harness
from seed import Cast, deps_of, load


async def test_privacy_shows_the_notice_and_when_they_agreed(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.coach, "/privacy")
    assert replies[0].startswith("Datenschutz")
    assert replies[1] == "Sie haben am 23.11.2026 zugestimmt (Version 2026-11)."


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
    # Their menu is withdrawn, and from now on they are a stranger.
    assert any(name == "deleteMyCommands" for name, _ in harness.request.calls)
    assert "nur mit Einladung" in (await harness.send(cast.participant, "/help"))[0]
    # Pressing the old confirmation button again does nothing.
    assert "nur mit Einladung" in (await harness.press(cast.participant, "del:yes"))[0]
