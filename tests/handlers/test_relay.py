"""Relayed messages through the real Application: a coach and a participant, machine-translated."""

from __future__ import annotations

from typing import Any, cast

import pytest
from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from bot.deps import Deps
from bot.models import Alert, RelayDirection, RelayMessage, Role, Severity
from bot.mt import MachineTranslation
from bot.services import people
from bot.services.relay import MAX_CHARS

from harness import Harness, User
from seed import Cast, add_member, deliver, deps_of, rows
from seed import load as person

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"


async def test_relay_both_ways_with_machine_translation(harness: Harness, cast: Cast, mt: None) -> None:
    amina = cast.participant
    replies = await harness.press(cast.coach, f"rly:{cast.participant_id}")
    assert replies == [
        "Schreiben Sie Ihre Nachricht an Amina auf Deutsch. Sie kommt mit maschineller Übersetzung an (العربية)."
    ]
    replies = await harness.send(cast.coach, "Ich rufe Sie morgen an")
    assert replies == ["Gesendet an Amina, mit dieser maschinellen Übersetzung:\n\n«سأتصل بك غدا»"]
    # "typing…" while the translation is made, before the reply.
    coach_calls = [
        name for name, p in harness.request.calls if int(p.get("chat_id", 0) or 0) == cast.coach.id
    ]
    assert coach_calls[-2:] == ["sendChatAction", "sendMessage"]
    (sent,) = await rows(harness, RelayMessage)
    assert sent.direction is RelayDirection.TO_PARTICIPANT and sent.translation == "سأتصل بك غدا"
    async with deps_of(harness).sessionmaker() as session:  # encrypted at rest
        raw = await session.scalar(text("SELECT text || translation FROM relay_messages"))
    assert "morgen" not in raw and "غدا" not in raw
    await deliver(harness)
    (received,) = harness.request.texts(amina.id)
    assert received.startswith("Nachricht von Ihrer Beraterin oder Ihrem Berater Jonas:")
    assert "🇩🇪 «Ich rufe Sie morgen an»" in received and "«سأتصل بك غدا»" in received
    marker = "ترجمة آلية (قد تحتوي على أخطاء):"  # marked as machine-made, in Arabic
    assert marker in received and received.index(marker) < received.index("«سأتصل بك غدا»")
    assert harness.request.buttons(amina.id) == [f"rla:{sent.id}"]

    replies = await harness.press(amina, f"rla:{sent.id}")
    assert replies[0].startswith("Schreiben Sie Ihre Antwort, in Ihrer Sprache oder auf Deutsch.")
    replies = await harness.send(amina, "شكرا")
    assert replies == ["An Jonas gesendet ✓\n\n\u200fتم الإرسال إلى \u2068Jonas\u2069 ✓"]
    await deliver(harness)
    back = harness.request.texts(cast.coach.id)[-1]
    assert back.startswith("✉️ Nachricht von Amina:\nEigene Worte (Original, العربية):\n«شكرا»")
    assert "Maschinelle Übersetzung ins Deutsche (kann Fehler enthalten):\n«danke»" in back
    assert harness.request.buttons(cast.coach.id) == [
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    assert await rows(harness, Alert) == []


async def test_relay_without_a_translation_model_and_too_long_texts(harness: Harness, cast: Cast) -> None:
    farid = User(32, "Farid", "fa")
    farid_id = await add_member(harness, farid, Role.PARTICIPANT, coach_id=cast.coach_id, language="fa")
    await harness.press(cast.coach, f"rly:{farid_id}")
    replies = await harness.send(cast.coach, "x" * (MAX_CHARS + 1))
    assert MAX_CHARS == 3000
    assert replies == ["Die Nachricht ist zu lang (höchstens 3.000 Zeichen). Bitte kürzer schreiben."]
    assert await rows(harness, RelayMessage) == []
    replies = await harness.send(cast.coach, "Bis morgen um 10 Uhr")
    assert replies == [
        "Gesendet an Farid, nur auf Deutsch: für diese Sprache ist keine maschinelle Übersetzung installiert."
    ]
    await deliver(harness)
    (received,) = harness.request.texts(farid.id)
    assert "🇩🇪 «Bis morgen um 10 Uhr»" in received
    assert "برای زبان شما هنوز ترجمه ماشینی وجود ندارد." in received
    (sent,) = await rows(harness, RelayMessage)
    assert sent.translation is None

    await harness.press(farid, f"rla:{sent.id}")
    await harness.send(farid, "ممنون، فردا میام")
    await deliver(harness)
    back = harness.request.texts(cast.coach.id)[-1]
    assert back.startswith("✉️ Nachricht von Farid:") and "«ممنون، فردا میام»" in back
    assert "Keine maschinelle Übersetzung für Farsi/Dari installiert." in back


async def test_a_coach_with_english_menus_still_writes_german(harness: Harness, cast: Cast, mt: None) -> None:
    emma = User(33, "Emma", "en")
    emma_id = await add_member(harness, emma, Role.PARTICIPANT, coach_id=cast.other_coach_id, language="en")
    replies = await harness.press(cast.other_coach, f"rly:{emma_id}")
    assert replies[0].startswith("Write your message to Emma in German.")
    replies = await harness.send(cast.other_coach, "Ich rufe Sie morgen an")
    assert replies == ["Sent to Emma, with this machine translation:\n\n«I will call you tomorrow»"]
    (sent,) = await rows(harness, RelayMessage)
    assert (sent.source_language, sent.target_language) == ("de", "en")
    await deliver(harness)
    (received,) = harness.request.texts(emma.id)
    assert "🇩🇪 «Ich rufe Sie morgen an»" in received and "«I will call you tomorrow»" in received


class WatchedTranslator:
    """The real translator, noting at each translation how many database connections are
    checked out, and writing from another connection meanwhile (SQLite would wait for a
    write lock held by an open transaction, then fail)."""

    def __init__(self, deps: Deps) -> None:
        self.deps, self.inner = deps, deps.mt
        self.connections_held: list[int] = []

    async def translate(self, text: str, source: str, target: str) -> MachineTranslation | None:
        self.connections_held.append(cast(QueuePool, self.deps.engine.pool).checkedout())
        async with self.deps.sessionmaker.begin() as other:
            await people.count_uninvited(other)
        return await self.inner.translate(text, source, target)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def test_messages_are_translated_with_no_transaction_open(
    harness: Harness, cast: Cast, mt: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    deps = deps_of(harness)
    watched = WatchedTranslator(deps)
    monkeypatch.setattr(deps, "mt", watched)
    amina = cast.participant
    await harness.press(cast.coach, f"rly:{cast.participant_id}")
    replies = await harness.send(cast.coach, "Ich rufe Sie morgen an")
    assert replies == ["Gesendet an Amina, mit dieser maschinellen Übersetzung:\n\n«سأتصل بك غدا»"]
    (sent,) = await rows(harness, RelayMessage)
    await harness.press(amina, f"rla:{sent.id}")
    assert (await harness.send(amina, "شكرا"))[0].startswith("An Jonas gesendet ✓")
    await harness.send(amina, "/sos")
    await harness.press(amina, "sos:write")
    numbers, sent_line = await harness.send(amina, DYING_AR)  # a crisis: the numbers first
    assert numbers.startswith("\u200fأنت لست وحدك") and "Sie sind nicht allein." in numbers
    assert sent_line.startswith("An Jonas gesendet ✓")
    assert watched.connections_held == [0, 0, 0]  # coach to participant, her answer, after /sos
    _, answer, after_sos = await rows(harness, RelayMessage)
    assert (answer.translation, after_sos.translation) == ("danke", "ich will sterben")
    (_, crisis) = await rows(harness, Alert)
    assert crisis.message_id == after_sos.id and crisis.severity == Severity.CRISIS
    async with deps.sessionmaker() as session:
        assert await people.counter_value(session, people.UNINVITED_COUNTER) == 3
    viewer = await person(harness, cast.coach_id)
    assert viewer.dialogue is None
