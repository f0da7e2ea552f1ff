"""The participant-style triage sets (tests/data/triage/<lang>.yaml): recall floors per category
and language, a ceiling on false alarms, and the guidance cards. Figures: benchmarks/triage_recall.py."""

from __future__ import annotations

import sys

import pytest

from bot.models import Severity
from bot.services import triage
from bot.services.flags import FlagRules
from bot.services.flags.keywords import stem
from bot.services.flags.loading import LIFE_CATEGORIES
from bot.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
from triage_recall import CRISIS, LIFE, judge, load_sets

SETS = load_sets(PROJECT_ROOT / "tests" / "data" / "triage")
# Floors below today's figures (benchmarks/triage_recall.py), so that a change that loses
# recall fails. The life-problem terms were written next to these sentences: the floors say
# the lists keep working, not how well they do on sentences nobody has seen yet.
LIFE_FLOOR = 0.85
CRISIS_FLOOR = {"suicide": 0.9, "selfharm": 0.85, "violence": 0.9, "danger": 0.6}
FALSE_ALARMS_MAX = 1  # per language: "we talked about violence in class" flags on purpose
MIN_SENTENCES = 15


@pytest.fixture(scope="module")
def rules() -> FlagRules:
    return FlagRules.load(PROJECT_ROOT / "content")


def test_the_sets_have_every_category_and_enough_sentences() -> None:
    for language in ("de", "en", "ar", "fa", "uk", "ru", "tr"):
        data = SETS[language]
        for category in CRISIS + LIFE:
            assert len(data["sentences"][category]) >= MIN_SENTENCES, (language, category)
        assert len(data["near_misses"]) >= MIN_SENTENCES, language


@pytest.mark.parametrize(
    ("language", "category"),
    [(lang, c) for lang, data in SETS.items() for c in CRISIS + LIFE if data["sentences"].get(c)],
)
def test_recall_floor(rules: FlagRules, language: str, category: str) -> None:
    sentences = SETS[language]["sentences"][category]
    judged = [judge(rules, s, language, category) for s in sentences]
    # a life problem counts only with its own category named
    recall = sum(c for _, c in judged) / len(judged)
    floor = LIFE_FLOOR if category in LIFE else CRISIS_FLOOR[category]
    missed = [s for s, (_, c) in zip(sentences, judged, strict=True) if not c]
    assert recall >= floor, missed


@pytest.mark.parametrize("language", list(SETS))
def test_near_misses_raise_few_false_alarms(rules: FlagRules, language: str) -> None:
    alarms = [
        s
        for s in SETS[language]["near_misses"]
        if any(r.severity >= Severity.URGENT for r in rules.scan(s, language))
    ]
    assert len(alarms) <= FALSE_ALARMS_MAX, alarms


def test_every_category_has_a_guidance_card() -> None:
    cards = triage.load_guidance()
    assert set(cards) == {"crisis", "help", *LIFE_CATEGORIES}
    assert [cards[c].name for c in LIFE_CATEGORIES] == [
        "Aufenthalt",
        "Wohnung",
        "Lohn",
        "Strom/Gas",
        "Schulden",
        "Kind",
        "Krankenversicherung",
    ]


def test_cards_follow_the_alert_categories_and_severity() -> None:
    housing = {"rule": "keywords", "severity": 2, "detail": {"term": "x", "category": "housing"}}
    crisis = {"rule": "keywords", "severity": 3, "detail": {"term": "y"}}
    mood = {"rule": "low_mood", "severity": 2, "detail": {}}
    assert [c.category for c in triage.cards_for(3, [housing, crisis, mood])] == ["crisis", "housing"]
    assert triage.cards_for(2, [mood]) == []
    sos = {"rule": "help_button", "severity": 2, "detail": {}}
    assert [c.name for c in triage.cards_for(2, [sos])] == ["Hilferuf"]
    assert triage.cards_for(1, [housing]) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("чоловік мене б'є", "uk"),
        ("він мене бив", "uk"),
        ("чоловік мене бʼє", "uk"),
        ("муж меня избил", "ru"),
        ("он меня бьёт", "ru"),
        ("муж бьет меня", "ru"),
        ("страдаю от насилия дома", "ru"),  # ~насилие
        ("терплю насильства від чоловіка", "uk"),
    ],
)
def test_violence_in_everyday_verb_forms(rules: FlagRules, text: str, language: str) -> None:
    assert any(r.severity is Severity.CRISIS for r in rules.scan(text, language))


def test_a_stem_term_matches_other_forms(rules: FlagRules) -> None:
    # "~выселение" in the Russian list: выселен* (выселения, выселением)
    for text in ("угроза выселения", "с выселением"):
        assert any(r.detail.get("category") == "housing" for r in rules.scan(text, "ru")), text


def test_a_stem_needs_a_stemmer_and_four_letters() -> None:
    assert stem("Kündigung", "de") == "kundig"
    with pytest.raises(ValueError, match="too short"):
        stem("избить", "ru")  # "изб"
    with pytest.raises(ValueError, match="needs a stemmer"):
        stem("виселення", "uk")
