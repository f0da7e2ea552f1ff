"""Hints point at the rule or the first letter, never at the answer (bot/services/hints.py), for
every gap item of every deck as the person sees it, in every language."""

from __future__ import annotations

import html as htmllib
from functools import cache

import pytest

from bot.decks import Decks, Item, Kind
from bot.i18n import LANGUAGES, Catalogue, Translator
from bot.services.dose import OnScreen
from bot.services.hints import Hint, gives_away, hint_of, letters_of
from bot.services.judge import ARTICLES, normalise
from bot.settings import PROJECT_ROOT
from ui.practice import item_text, item_view

CONTENT = PROJECT_ROOT / "content"


@cache
def decks() -> Decks:
    return Decks(CONTENT / "decks")


@cache
def catalogue() -> Catalogue:
    return Catalogue(CONTENT / "locales")


def words(text: str) -> list[str]:
    """Case, umlaut spellings and punctuation do not matter; neither do articles."""
    return [w for w in normalise(text).split() if w not in ARTICLES]


def contains(hint: str, answer: str) -> bool:
    """The answer's words, one after another, somewhere in the hint."""
    h, a = words(hint), words(answer) or normalise(answer).split()
    return any(h[i : i + len(a)] == a for i in range(len(h) - len(a) + 1))


def shown_hint(t: Translator, item: Item) -> str | None:
    """The hint as the person sees it under the item, after pressing "Tipp"; None without one."""
    text = item_text(t, OnScreen(position=0, item=item, total=3, hinted=True))
    if "💡 " not in text:
        return None
    return htmllib.unescape(text.split("💡 ", 1)[1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_hint_anyone_sees_contains_an_accepted_answer(language: str) -> None:
    t = Translator(catalogue(), language)
    given_away = []
    for item in decks().items.values():
        hint = shown_hint(t, item)
        if hint is None:
            assert item.kind is not Kind.GAP, f"{item.id}: a gap item always has a hint"
            continue
        given_away += [f"{item.id}: {hint!r} holds {a!r}" for a in item.answers if contains(hint, a)]
    assert not given_away, given_away


def test_every_gap_item_offers_a_hint_and_only_gap_items_do() -> None:
    t = Translator(catalogue(), "ar")
    for item in decks().items.values():
        _, markup = item_view(t, OnScreen(position=0, item=item))
        offered = "prh:0" in str(markup.to_dict())
        assert offered is (item.kind is Kind.GAP), item.id


def test_the_decks_own_hints_give_nothing_away() -> None:
    """Authors are told, not only rescued by the first-letter hint: no deck hint gives the answer."""
    bad = [f"{i.id}: {i.hint}" for i in decks().items.values() if i.hint and gives_away(i.hint, i.answers)]
    assert not bad, bad


@pytest.mark.parametrize(
    ("hint", "answers", "expected"),
    [
        ("die Dokumentation", ("Dokumentation", "Pflegedokumentation"), True),
        ("DOKUMENTATION!", ("Dokumentation",), True),
        ("die Dokumentaion", ("Dokumentation",), True),  # a typo away is given away too
        ("sich anmelden", ("anmelden", "ummelden"), True),
        ("der Handschuh, die Handschuhe", ("Handschuhe",), True),
        ("die Hygiene", ("Hygiene", "die Hygiene"), True),
        ("Pflegedokumentation", ("Dokumentation", "Pflegedokumentation"), True),
        ("den Tisch", ("den",), True),  # an answer that is an article itself
        ("helfen", ("helfe",), False),  # the infinitive: the rule is to conjugate it
        ("abholen", ("hole",), False),
        ("der Handschuh (Plural)", ("Handschuhe",), False),
        ("zu + der", ("zur",), False),
        ("mit dem Zollstock", ("messen",), False),
    ],
)
def test_what_gives_an_answer_away(hint: str, answers: tuple[str, ...], expected: bool) -> None:
    assert gives_away(hint, answers) is expected


def test_a_hint_that_gives_the_answer_away_becomes_its_first_letter_and_length() -> None:
    item = Item(
        id="care-999",
        topic="care",
        level="B1",
        kind=Kind.GAP,
        gloss={},
        de="Das schreibe ich in die ___.",
        answers=("Dokumentation",),
        hint="die Dokumentation",
    )
    assert hint_of(item) == Hint(first="D", letters=13)
    t = Translator(catalogue(), "en")
    assert shown_hint(t, item) == "Beginnt mit „D…“, 13 Buchstaben.\nStarts with “D…”, 13 letters."
    assert letters_of("Wohnungsgeberbestätigung") == Hint(first="W", letters=24)
    assert letters_of("zwei Wörter") == Hint(first="z", letters=10, words=2)
    assert shown_hint(t, Item(**{**item.__dict__, "answers": ("in die",), "hint": ""})) == (
        "2 Wörter, das erste beginnt mit „i…“.\n2 words, the first starts with “i…”."
    )
    assert hint_of(Item(**{**item.__dict__, "hint": "die Pflege (Nomen)"})) == Hint(text="die Pflege (Nomen)")
