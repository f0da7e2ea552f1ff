"""The practice decks: schema, coverage, every language, and German spelling (hunspell)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from bot.decks import GLOSS_LANGUAGES, LEVELS, Decks, Kind
from bot.settings import PROJECT_ROOT

DECKS = PROJECT_ROOT / "content" / "decks"
ALLOWLIST = DECKS / "allowlist.txt"
REQUIRE_HUNSPELL = os.environ.get("BEGLEITER_REQUIRE_HUNSPELL") == "1"
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


@cache
def decks() -> Decks:
    return Decks(DECKS)


def test_enough_items_topics_and_levels() -> None:
    d = decks()
    assert len(d.items) >= 300
    assert len(d.topics) >= 10
    levels = Counter(item.level for item in d.items.values())
    assert set(levels) == set(LEVELS) and min(levels.values()) >= 50
    kinds = Counter(item.kind for item in d.items.values())
    assert set(kinds) == set(Kind)
    for deck in d.decks.values():
        assert {item.level for item in deck.items} == set(LEVELS), deck.topic


def test_every_item_has_every_gloss_and_every_deck_a_title() -> None:
    for deck in decks().decks.values():
        assert set(deck.title) >= {"de", *GLOSS_LANGUAGES}, deck.topic
        assert deck.machine_glosses, f"{deck.topic}: machine-made glosses must stay marked until reviewed"
        for item in deck.items:
            assert set(item.gloss) == set(GLOSS_LANGUAGES) and all(item.gloss.values()), item.id
            assert item.id.startswith(f"{deck.topic}-"), item.id


def test_strings_fit_a_phone_and_sentences_end_properly() -> None:
    for item in decks().items.values():
        for text in item.german_strings():
            assert len(text) <= 120, (item.id, text)
            assert text == text.strip() and "  " not in text, (item.id, text)
        for option in item.options:
            assert len(option) <= 40, (item.id, option)
        for answer in item.answers if item.kind in (Kind.REPLY, Kind.SAY) else ():
            assert answer[-1] in ".!?", (item.id, answer)


def test_choice_answers_are_spread_over_positions() -> None:
    positions = Counter(item.answer for item in decks().items.values() if item.kind is Kind.CHOICE)
    assert len(positions) >= 3 and max(positions.values()) < 0.6 * sum(positions.values())


def test_no_ascii_spellings_of_umlauts() -> None:
    """ "fuer", "Strasse", "Buero" are wrong in a German lesson (hunspell would say so too)."""
    suspicious = re.compile(
        r"\b(fuer|ueber|Strasse|Buero|koennen|muessen|Gruesse|groesse|Fuehrerschein)\b", re.I
    )
    for item in decks().items.values():
        for text in item.german_strings():
            assert not suspicious.search(text), (item.id, text)


def hunspell() -> str:
    binary = shutil.which("hunspell")
    dictionary = Path("/usr/share/hunspell/de_DE.dic")
    if binary is None or not dictionary.exists():
        message = "hunspell with de_DE is not installed (Debian: apt-get install hunspell hunspell-de-de)"
        if REQUIRE_HUNSPELL:
            pytest.fail(message + " but BEGLEITER_REQUIRE_HUNSPELL=1")
        pytest.skip(message)
    return binary


def unknown_words(words: list[str]) -> set[str]:
    result = subprocess.run(
        [hunspell(), "-d", "de_DE", "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    return set(result.stdout.split())


def test_the_spell_checker_really_checks() -> None:
    assert unknown_words(["Termin", "Wohnung", "Ärztin"]) == set()
    assert unknown_words(["Termien", "Wonung", "Aerztin"]) == {"Termien", "Wonung", "Aerztin"}


def test_german_is_spelled_correctly() -> None:
    allowed = {
        line.strip()
        for line in ALLOWLIST.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    words: set[str] = set()
    for item in decks().items.values():
        for text in item.german_strings():
            words.update(WORD.findall(text.replace((item.kind is Kind.GAP and "___") or "\0", " ")))
    for deck in decks().decks.values():
        words.update(WORD.findall(deck.title["de"]))
    unknown = unknown_words(sorted(words)) - allowed
    assert not unknown, (
        f"unknown German words (fix them, or add reviewed ones to {ALLOWLIST.name}): {sorted(unknown)}"
    )
    assert allowed <= words, f"allow-list entries no longer used: {sorted(allowed - words)}"
