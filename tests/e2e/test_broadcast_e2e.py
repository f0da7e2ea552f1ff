"""A staff broadcast over real HTTP: three languages (two with a demo model, one without), a
participant who blocked the bot reported as blocked in the progress message's final counts, and a
participant's "Ich habe Interesse" seen by staff. And a PDF flyer to two cohorts: sent on by its
file_id with the text as its caption, to each of their participants once, to nobody else."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bot.models import Cohort, Person, Role
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e

GERMAN = "ich bin müde"  # the demo models know it (devtools/mt_demo.py)


def ticked(name: str) -> Callable[[dict[str, Any]], bool]:
    return lambda params: f"✅ {name}" in json.dumps(params, ensure_ascii=False)


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
    attach = await live.say(sabine, GERMAN, has_button("bc:f:0"))
    await live.press(sabine, attach, "bc:f:0", has("Ansprechperson"))
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


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


async def test_a_pdf_flyer_to_two_cohorts(live: Live, mt_packages: Path) -> None:
    live.deps.mt.reload()
    sabine = SimUser(7311, "Sabine", "de")
    amina, olena, zeynep, anna = (
        SimUser(7312, "Amina", "ar"),
        SimUser(7313, "Olena", "uk"),
        SimUser(7314, "Zeynep", "tr"),
        SimUser(7315, "Anna", "de"),
    )
    await live.add_member(sabine, Role.STAFF)
    ids = {user.id: await live.add_member(user, Role.PARTICIPANT) for user in (amina, olena, zeynep, anna)}
    async with live.deps.sessionmaker.begin() as session:
        care, kitchen, store = (
            Cohort(name=name, created_at=live.deps.clock.now()) for name in ("Pflege", "Küche", "Lager")
        )
        session.add_all([care, kitchen, store])
        await session.flush()
        for user, cohort in ((amina, care), (olena, care), (zeynep, kitchen), (anna, store)):
            await session.execute(update(Person).where(Person.id == ids[user.id]).values(cohort_id=cohort.id))

    asked = await live.say(sabine, "/broadcast", has_button("bc:a:cohort"))
    groups = await live.press(sabine, asked, "bc:a:cohort", has_button("bc:w:0"))
    for cohort in (care, kitchen):
        await live.api.press(sabine, groups["message_id"], f"bc:g:{cohort.id}")
        await live.api.wait_for_call("editMessageReplyMarkup", ticked(cohort.name))
    languages = await live.press(sabine, groups, "bc:w:0", has_button("bc:l:all"))
    assert buttons(languages) == ["bc:l:all", "bc:l:ar", "bc:l:tr", "bc:l:uk"]  # not Anna's German
    await live.press(sabine, languages, "bc:l:all", has("auf Deutsch"))
    await live.say(sabine, GERMAN, has_button("bc:f:0"))
    after = max(m["message_id"] for m in live.api.messages(sabine.id))
    await live.api.send_document(sabine, PDF, "Berufsorientierung.pdf")
    await live.api.wait_for_bot_message(sabine.id, has("Ansprechperson"), after=after)
    question = await live.say(sabine, "Frau Roth", has_button("bc:i:1"))
    preview = await live.press(sabine, question, "bc:i:1", has_button("bc:s:now"))
    assert (
        "Gruppen: Pflege, Küche" in preview["text"] and "📎 Anhang: Berufsorientierung.pdf" in preview["text"]
    )
    shown = [m for m in live.api.bot_messages(sabine.id) if "document" in m]
    assert shown and shown[-1]["document"]["file_name"] == "Berufsorientierung.pdf"
    await live.press(sabine, preview, "bc:s:now", has("wird gesendet"))

    report = await live.api.wait_for_bot_message(sabine.id, has("ist fertig"), timeout=20)
    assert "Gesendet: 3" in report["text"]
    for user in (amina, olena, zeynep):
        got = [m for m in live.api.bot_messages(user.id) if "Nachricht vom Team" in (m.get("caption") or "")]
        assert len(got) == 1, user.first_name  # once, the text as the flyer's caption
        (flyer,) = got
        assert flyer["document"]["file_name"] == "Berufsorientierung.pdf" and GERMAN in flyer["caption"]
        assert live.api.file_bytes(flyer["document"]["file_id"]) == PDF
        assert buttons(flyer) and buttons(flyer)[0].startswith("bci:")
        assert not [
            m for m in live.api.bot_messages(user.id) if "Nachricht vom Team" in (m.get("text") or "")
        ]
    assert not [
        m for m in live.api.bot_messages(anna.id) if "document" in m or "Nachricht vom Team" in str(m)
    ]
    arabic = await live.deps.mt.translate(GERMAN, "de", "ar")
    assert arabic is not None
    assert arabic.text in next(m["caption"] for m in live.api.bot_messages(amina.id) if "document" in m)
