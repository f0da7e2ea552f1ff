"""A staff broadcast over real HTTP: three languages (two with a demo model, one without), a
participant who blocked the bot reported as blocked in the progress message's final counts, and a
participant's "Ich habe Interesse" seen by staff."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.models import Role
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e

GERMAN = "ich bin müde"  # the demo models know it (devtools/mt_demo.py)


def has_button(data: str) -> Callable[[dict[str, Any]], bool]:
    return lambda message: data in buttons(message)


async def test_a_broadcast_in_three_languages(live: Live, mt_packages: Path) -> None:
    live.deps.mt.reload()
    sabine = SimUser(7301, "Sabine", "de")
    amina = SimUser(7302, "Amina", "ar")
    olena = SimUser(7303, "Olena", "uk")
    zeynep = SimUser(7304, "Zeynep", "tr")
    mona = SimUser(7305, "Mona", "ar")
    await live.add_member(sabine, Role.STAFF)
    for user in (amina, olena, zeynep, mona):
        await live.add_member(user, Role.PARTICIPANT)
    live.api.blocked_users.add(mona.id)

    asked = await live.say(sabine, "/broadcast", has_button("bc:a:participants"))
    languages = await live.press(sabine, asked, "bc:a:participants", has_button("bc:l:all"))
    await live.press(sabine, languages, "bc:l:all", has("auf Deutsch"))
    await live.say(sabine, GERMAN, has("Ansprechperson"))
    question = await live.say(sabine, "Frau Roth", has_button("bc:i:1"))
    preview = await live.press(sabine, question, "bc:i:1", has_button("bc:s:now"))
    assert "Türkçe: 1 · kein Modell" in preview["text"]
    await live.press(sabine, preview, "bc:s:now", has("wird gesendet"))

    arabic = await live.deps.mt.translate(GERMAN, "de", "ar")
    ukrainian = await live.deps.mt.translate(GERMAN, "de", "uk")
    assert arabic is not None and ukrainian is not None
    got = await live.api.wait_for_bot_message(amina.id, has("Nachricht vom Team"), timeout=20)
    assert GERMAN in got["text"] and arabic.text in got["text"] and "ترجمة آلية" in got["text"]
    got = await live.api.wait_for_bot_message(olena.id, has("Nachricht vom Team"), timeout=20)
    assert ukrainian.text in got["text"] and "Машинний переклад" in got["text"]
    got = await live.api.wait_for_bot_message(zeynep.id, has("Nachricht vom Team"), timeout=20)
    assert GERMAN in got["text"] and "Diliniz için henüz çeviri yok" in got["text"]

    report = await live.api.wait_for_bot_message(sabine.id, has("ist fertig"), timeout=20)
    assert "Gesendet: 3" in report["text"] and "Blockiert: 1" in report["text"]
    assert "Wartend: 0" in report["text"]

    # Amina is interested: one tap; staff see her in the list.
    message = await live.api.wait_for_bot_message(amina.id, has("Nachricht vom Team"))
    (interest,) = buttons(message)
    calls_before = len(live.api.state.calls)
    callback_id = await live.api.press(amina, message["message_id"], interest)
    # Her tap answered (after its commit); updates of different chats now run side by side,
    # so staff's /broadcasts must not be sent before.
    await live.api.wait_for_call(
        "answerCallbackQuery", lambda p: p.get("callback_query_id") == callback_id, start=calls_before
    )
    listing = await live.say(sabine, "/broadcasts", has("Interesse: 1"))
    (show, *_) = [data for data in buttons(listing) if data.startswith("bcl:i:")]
    answers = await live.press(sabine, listing, show, has("Interesse an Nachricht"))
    assert "Amina" in answers["text"]
