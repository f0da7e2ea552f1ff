"""One conversation over real HTTP: the coach writes to a participant, she answers with plain
text outside any button ("مرحبا"), is asked once whether it should go to her coach, and the
coach gets it in German; the coach answers; both chats show one thread, in order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.models import Role
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e

FIRST_DE = "Ich rufe Sie morgen an"
SECOND_DE = "Bis morgen"
HELLO_AR = "مرحبا"  # the demo model: "hallo"


def has_button(data: str) -> Callable[[dict[str, Any]], bool]:
    return lambda message: data in buttons(message)


async def test_a_thread_between_coach_and_participant(live: Live, mt_packages: Path) -> None:
    live.deps.mt.reload()
    amina = SimUser(7201, "Amina", "ar")
    jonas = SimUser(7202, "Jonas", "de")
    coach_id = await live.add_member(jonas, Role.COACH)
    amina_id = await live.add_member(amina, Role.PARTICIPANT, coach_id=coach_id)

    # The coach finds her and writes.
    listing = await live.say(jonas, "/participants", has_button(f"cpc:{amina_id}"))
    card = await live.press(jonas, listing, f"cpc:{amina_id}", has_button(f"rly:{amina_id}"))
    await live.press(jonas, card, f"rly:{amina_id}", has("auf Deutsch"))
    await live.say(jonas, FIRST_DE, has("Gesendet an Amina"))
    first = await live.api.wait_for_bot_message(amina.id, has(FIRST_DE), timeout=15)
    assert "سأتصل بك غدا" in first["text"]

    # She answers with plain text, no button: asked once, then it goes, translated.
    question = await live.say(amina, HELLO_AR, has("Soll ich das an Jonas senden?"))
    assert buttons(question) == ["tlk:yes", "tlk:no"]
    await live.press(amina, question, "tlk:yes", has("An Jonas gesendet ✓"))
    back = await live.api.wait_for_bot_message(jonas.id, has("Nachricht von Amina"), timeout=15)
    assert f"«{HELLO_AR}»" in back["text"] and "«hallo»" in back["text"]
    assert "Maschinelle Übersetzung ins Deutsche" in back["text"]

    # The coach answers from her message.
    await live.press(jonas, back, f"rly:{amina_id}", has("auf Deutsch"))
    await live.say(jonas, SECOND_DE, has("Gesendet an Amina"))
    await live.api.wait_for_bot_message(amina.id, has(SECOND_DE), timeout=15)

    # One thread in each chat, in order (other messages, e.g. a check-in offer, left aside).
    def thread(chat_id: int, fragments: list[str]) -> list[str]:
        seen = []
        for message in sorted(live.api.messages(chat_id), key=lambda m: m["message_id"]):
            body = message.get("text") or message.get("caption") or ""
            seen += [f for f in fragments if f in body and f not in seen]
        return seen

    her_side = [FIRST_DE, HELLO_AR, "Soll ich das an Jonas senden?", "An Jonas gesendet ✓", SECOND_DE]
    assert thread(amina.id, her_side) == her_side
    his_side = [FIRST_DE, "Nachricht von Amina", "«hallo»", SECOND_DE]
    assert thread(jonas.id, his_side) == his_side
