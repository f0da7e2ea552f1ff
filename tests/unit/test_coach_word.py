"""One word for the coach in each language, used in every catalogue (content/locales/*/*.ftl).

German: "Beraterin oder Berater" (inflected: "Ihre Beraterin oder Ihr Berater", plural
"Beraterinnen und Berater"), never "Coach" nor a short form such as "Berater/in". English:
"coach". (A mentor, the volunteer Berufspate of handlers/mentors.py, is another role with its
own word: "mentor" and its translations are not counted as words for the coach.) Arabic: "مرشد أو مرشدة". Dari/Farsi: "مشاور". Ukrainian: "консультант або
консультантка". Turkish: "danışman". Russian: "консультант". The keyboard's short label
"Beratung" (the counselling) is no form of the word and is allowed.
"""

from __future__ import annotations

import re

import pytest
from fluent.syntax import ast, parse
from fluent.syntax.visitor import Visitor

from bot.settings import PROJECT_ROOT

LOCALES = PROJECT_ROOT / "content" / "locales"

# Other words and spellings for the coach that must not appear in a language's messages
# ("BeraterIn" is told from "Beraterin" by case, so each pattern says where case does not count).
OTHER_VARIANTS: dict[str, list[str]] = {
    "de": [r"(?i)\bcoach", r"Berater\s*/\s*in", r"Beraterin\s*/\s*Berater", r"BeraterIn", r"Berater[:*_]in"],
    "en": [r"(?i)counsel+or", r"(?i)advis[eo]r", r"(?i)case ?worker"],
    "ar": ["مستشار", "مدرب", "كوتش", "موجه"],
    "fa": ["مربی", "کوچ"],
    "uk": ["(?i)коуч", "(?i)тренер", "(?i)куратор", r"\(-ка\)"],
    "tr": [r"(?i)\bkoç", "(?i)rehberiniz"],
    "ru": ["(?i)коуч", "(?i)тренер", "(?i)куратор"],
}


class _Text(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.parts.append(node.value)


def messages(language: str) -> dict[str, str]:
    """Each message's text (values and select variants), without ids, comments or placeholders."""
    found: dict[str, str] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        for entry in parse(path.read_text("utf-8")).body:
            if isinstance(entry, ast.Message):
                visitor = _Text()
                visitor.visit(entry)
                found[f"{path.name}:{entry.id.name}"] = "".join(visitor.parts)
    return found


@pytest.mark.parametrize("language", list(OTHER_VARIANTS))
def test_no_other_word_for_the_coach(language: str) -> None:
    texts = messages(language)
    assert texts
    wrong = [
        f"{where}: {pattern}"
        for where, text in texts.items()
        for pattern in OTHER_VARIANTS[language]
        if re.search(pattern, text)
    ]
    assert wrong == []


def test_german_names_both_the_woman_and_the_man() -> None:
    """ "Ihr Berater" alone is another word: wherever one form stands, the other stands too."""
    for where, text in messages("de").items():
        if re.search(r"\bBerater(in|innen|s|n)?\b", text):
            assert re.search(r"\bBeraterin(nen)?\b", text), where
            assert re.search(r"\bBerater(s|n)?\b", text), where


def test_the_scan_finds_a_variant() -> None:
    assert re.search(OTHER_VARIANTS["de"][0], "Ihr Coach meldet sich")
    assert re.search(OTHER_VARIANTS["de"][1], "Ihre Berater/in")
    assert not any(re.search(pattern, "Ihre Beraterin oder Ihr Berater") for pattern in OTHER_VARIANTS["de"])
