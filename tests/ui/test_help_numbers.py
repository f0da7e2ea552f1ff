"""The 24/7 numbers: her own language leads, German second; numbers tappable; interpreters."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.checkin_content import CheckinContent
from bot.i18n import Catalogue, Translator
from ui.checkin_text import help_numbers

CONTENT = Path(__file__).resolve().parents[2] / "content"
CATALOGUE = Catalogue(CONTENT / "locales")
LINES = CheckinContent.load(CONTENT).help_lines


def test_arabic_leads_and_german_follows_with_every_number_in_both_forms() -> None:
    text = help_numbers(Translator(CATALOGUE, "ar"), LINES, lead="help-crisis")
    arabic, german = (
        text[: text.index("Sie sind nicht allein.")],
        text[text.index("Sie sind nicht allein.") :],
    )
    assert text.startswith("\u200fأنت لست وحدك.")  # her language first ...
    assert text.index("مساعدة مجانية ليلًا ونهارًا:") < text.index("Hilfe rund um die Uhr, kostenlos:")
    assert german.startswith("Sie sind nicht allein.")  # ... German second
    for block in (arabic, german):
        # The familiar form and the international one, which Telegram makes tappable.
        assert "\u20660800 111 0 111\u2069 (\u2066+49 800 1110111\u2069)" in block
        assert "\u20660800 111 0 222\u2069 (\u2066+49 800 1110222\u2069)" in block
        assert "\u2066112\u2069" in block and "\u2066116 016\u2069" in block
    assert "مترجمة" in arabic and "Dolmetscherin" in german  # the 116 016 line has interpreters


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"])
def test_every_language_names_the_interpreters_of_116_016(language: str) -> None:
    text = help_numbers(Translator(CATALOGUE, language), LINES)
    own = text.split("\n\n")[0]
    line = next(entry for entry in own.split("\n") if "116 016" in entry)
    words = {"de": "Dolmetscher", "en": "interpreter", "ar": "مترجم", "fa": "مترجم", "uk": "перекладач",
             "tr": "tercüman", "ru": "переводч", "so": "turjubaan", "ti": "ተርጓሚ", "kmr": "wergêr"}  # fmt: skip
    assert words[language] in line
    assert text.count("+49 800 1110111") == (1 if language == "de" else 2)


def test_german_alone_for_a_german_reader_and_without_a_lead_as_before() -> None:
    text = help_numbers(Translator(CATALOGUE, "de"), LINES)
    assert text.startswith("Hilfe rund um die Uhr, kostenlos:\n☎️ \u2066112\u2069 – Notruf")
    assert "\n\n" not in text
