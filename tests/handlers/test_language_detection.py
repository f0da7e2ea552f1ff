"""A participant's free text goes through the translation pair of the language it is written
in (bot/langid.py), not her profile's: German from an Arabic-profile participant is shown as
it is. A language without a model says so to the coach by name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot import langid
from bot.i18n import LANGUAGES
from bot.models import Alert, RelayMessage, Role, Severity
from bot.mt import MachineTranslation

from harness import Harness, User
from seed import Cast, add_member, answers, deliver, deps_of, rows, start

GERMAN = "Ich kann morgen nicht zum Kurs kommen, mein Kind ist krank."
TIGRINYA = "ጽባሕ ክመጽእ ኣይክእልን እየ፡ ውላደይ ሓሚሙ ኣሎ።"


@pytest.fixture
def pairs(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every (source, target) the machine translator is asked for."""
    translator = deps_of(harness).mt
    asked: list[tuple[str, str]] = []
    original = translator.translate

    async def translate(text: str, source: str, target: str) -> MachineTranslation | None:
        asked.append((source, target))
        return await original(text, source, target)

    monkeypatch.setattr(translator, "translate", translate)
    return asked


async def test_german_from_an_arabic_profile_is_not_run_through_ar_de(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    amina = cast.participant  # her profile: Arabic, with the demo ar→de model installed
    await harness.send(amina, "/message")
    await harness.send(amina, GERMAN)
    assert pairs == []
    (stored,) = await rows(harness, RelayMessage)
    assert (stored.source_language, stored.translation) == ("de", None)
    await deliver(harness)
    (message,) = [t for t in harness.request.texts(cast.coach.id) if "Kind ist krank" in t]
    assert f"Eigene Worte (Original, Deutsch):\n«{GERMAN}»" in message
    assert "Übersetzung" not in message  # no "machine translation" label, no "none installed"


async def test_a_short_greeting_in_latin_letters_from_an_arabic_profile_is_shown_as_written(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    # Too short for the detector; before, ar→de copied it and the coach read «hallo Jonas»
    # twice, once as "machine translation" (the browser test's screenshot)
    amina = cast.participant
    await harness.send(amina, "/message")
    await harness.send(amina, "hallo Jonas")
    assert pairs == []
    await deliver(harness)
    (message,) = [t for t in harness.request.texts(cast.coach.id) if "hallo Jonas" in t]
    assert "Eigene Worte (Original, Deutsch):\n«hallo Jonas»" in message
    assert "Übersetzung" not in message


async def test_her_arabic_still_goes_through_ar_de(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    amina = cast.participant
    await harness.send(amina, "/message")
    await harness.send(amina, "أنا مريضة")
    assert pairs == [("ar", "de")]
    (stored,) = await rows(harness, RelayMessage)
    assert (stored.source_language, stored.translation) == ("ar", "ich bin krank")


async def test_a_tigrinya_text_reaches_the_coach_saying_no_model_is_installed(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    selam = User(41, "Selam", "ti")
    await add_member(harness, selam, Role.PARTICIPANT, coach_id=cast.coach_id, language="ti")
    await harness.send(selam, "/message")
    await harness.send(selam, TIGRINYA)
    assert pairs == [("ti", "de")]  # asked, and no model answers
    await deliver(harness)
    (message,) = [t for t in harness.request.texts(cast.coach.id) if TIGRINYA in t]
    assert message.startswith("✉️ Nachricht von Selam:\nEigene Worte (Original, ትግርኛ):")
    assert message.endswith("Keine maschinelle Übersetzung für Tigrinya installiert.")


async def test_tigrinya_crisis_words_reach_the_coach_once_in_the_alert_saying_no_model_is_installed(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """Her words come once, in the alert (no message of their own beside it), and the alert
    says, as the message would, that no model translates them."""
    selam = User(41, "Selam", "ti")
    await add_member(harness, selam, Role.PARTICIPANT, coach_id=cast.coach_id, language="ti")
    await harness.send(selam, "/message")
    await harness.send(selam, "ክሞት ደልየ")  # "I want to die", on the Tigrinya crisis list
    await deliver(harness)
    (alert,) = [t for t in harness.request.texts(cast.coach.id) if "ክሞት ደልየ" in t]
    assert alert.startswith("🆘 KRISE: Selam")
    assert "Keine maschinelle Übersetzung für Tigrinya installiert." in alert


async def test_a_german_checkin_text_is_kept_as_german(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    for index in range(5):
        await harness.press(amina, f"ck:skip:{checkin}:{index}")
    await harness.send(amina, GERMAN)
    stored: dict[str, Any] = await answers(harness)
    assert (stored["text"].text_language, stored["text"].text_de) == ("de", None)
    assert pairs == []


async def test_her_arabic_checkin_text_is_translated_before_the_triage_reads_it(
    harness: Harness, cast: Cast, mt: None, pairs: list[tuple[str, str]]
) -> None:
    """The turn that takes the last answer saw Arabic among the answers: the triage it runs
    translates it (it looks for texts to translate only then)."""
    amina = cast.participant
    checkin = await start(harness, amina)
    for index in range(5):
        await harness.press(amina, f"ck:skip:{checkin}:{index}")
    await harness.send(amina, "لا أستطيع النوم في الليل منذ أسبوعين")
    stored: dict[str, Any] = await answers(harness)
    assert stored["text"].text_language == "ar" and stored["text"].text_de
    assert pairs == [("ar", "de")]


async def test_the_language_keyboard_offers_the_new_languages_two_a_row(harness: Harness, cast: Cast) -> None:
    selam = User(42, "Selam", "ti")
    await add_member(harness, selam, Role.PARTICIPANT, coach_id=cast.coach_id, language="ti")
    await harness.send(selam, "/language")
    (markup,) = [
        json.loads(m) if isinstance(m, str) else m
        for params in harness.request.sent(selam.id)[-1:]
        if (m := params.get("reply_markup"))
    ]
    rows = [[button["text"] for button in row] for row in markup["inline_keyboard"]]
    assert all(len(row) <= 2 for row in rows)  # phone-friendly, as before
    labels = [label for row in rows for label in row]
    assert {"Soomaali", "ትግርኛ", "Kurdî (Kurmancî)"} <= set(labels)
    await harness.press(selam, "lang:ti")
    (settings,) = await harness.send(selam, "/settings")
    assert "ቋንቋ: ትግርኛ" in settings  # her menus now in Tigrinya


async def test_a_checkin_text_is_read_by_her_profiles_lists_too(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """A Dari speaker on an Arabic keyboard (ي and ك, no Persian letters): the detector says
    Arabic, and only the Persian list knows "خودکشی". Her messages were read by both lists
    already (relay.keyword_reasons); her check-in answers now are too."""
    words = "ميخواهم خودكشي كنم"
    deps = deps_of(harness)
    assert langid.source_language(words, "fa", LANGUAGES) == "ar"
    assert not deps.flags.scan(words, "ar")
    farid = User(43, "Farid", "fa")
    await add_member(harness, farid, Role.PARTICIPANT, coach_id=cast.coach_id, language="fa")
    checkin = await start(harness, farid)
    for index in range(5):
        await harness.press(farid, f"ck:skip:{checkin}:{index}")
    await harness.send(farid, words)
    stored: dict[str, Any] = await answers(harness)
    assert stored["text"].text_language == "ar"
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS and alert.checkin_id == checkin
    found = {(r["detail"]["language"], r["detail"]["term"]) for r in alert.reasons}
    assert ("fa", "خودکشی*") in found and {language for language, _ in found} == {"fa"}
