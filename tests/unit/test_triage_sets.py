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
# The sets are held-out: they were written as participants write (first person, typos, mixed
# German) WITHOUT looking at the keyword lists, so they show how well the lists generalise to
# sentences nobody tuned them to. The figures are printed by benchmarks/triage_recall.py; the
# floors below sit just under them (recall % per category and language, rounded down, minus 1;
# life problems count only with their own category named), so a change that loses one sentence
# fails. Raise a floor when the lists get better; never edit the sets to fit the lists.
LANGUAGES = ("de", "en", "ar", "fa", "uk", "ru", "tr", "so", "ti", "kmr")
_FLOORS = {
    # one column per language, in the order of LANGUAGES: de en ar fa uk ru tr so ti kmr
    "suicide": (61, 86, 86, 61, 74, 67, 67, 74, 36, 55),
    "selfharm": (67, 72, 65, 72, 65, 65, 79, 55, 61, 74),
    "violence": (80, 74, 74, 67, 74, 74, 80, 61, 80, 61),
    "danger": (67, 61, 55, 49, 55, 49, 67, 61, 61, 49),
    "residence": (61, 49, 49, 42, 42, 36, 55, 55, 42, 36),
    "housing": (80, 42, 55, 42, 55, 55, 42, 49, 42, 30),
    "wages": (74, 55, 36, 36, 36, 42, 42, 36, 67, 49),
    "energy": (42, 52, 45, 45, 32, 32, 39, 55, 74, 67),
    "debts": (55, 52, 42, 59, 45, 45, 72, 92, 80, 86),
    # de 36 -> 30: 'Jugendamt' alone is worth a look (normal), no longer urgent through its typos
    "child": (30, 24, 24, 36, 36, 36, 30, 49, 42, 42),
    "insurance": (55, 59, 45, 39, 39, 59, 52, 74, 55, 74),
}
RECALL_FLOOR = {
    language: {category: row[i] for category, row in _FLOORS.items()} for i, language in enumerate(LANGUAGES)
}
# near-misses that flag at urgent or more, per language, as measured: the bare word flags
# ("we talked about violence in class" on purpose; debts paid off no longer, since the fourth pass)
FALSE_ALARMS_MAX = {"de": 2, "en": 1, "ar": 3, "fa": 2, "uk": 2, "ru": 2, "tr": 2, "so": 0, "ti": 4, "kmr": 1}
MIN_SENTENCES = 15  # per category, in every language
MIN_NEAR_MISSES = 15


@pytest.fixture(scope="module")
def rules() -> FlagRules:
    return FlagRules.load(PROJECT_ROOT / "content")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sets_have_every_category_and_enough_sentences(language: str) -> None:
    data = SETS[language]
    for category in CRISIS + LIFE:
        assert len(data["sentences"][category]) >= MIN_SENTENCES, category
    assert len(data["near_misses"]) >= MIN_NEAR_MISSES


@pytest.mark.parametrize(
    ("language", "category"),
    [(lang, c) for lang, data in SETS.items() for c in CRISIS + LIFE if data["sentences"].get(c)],
)
def test_recall_floor(rules: FlagRules, language: str, category: str) -> None:
    sentences = SETS[language]["sentences"][category]
    judged = [judge(rules, s, language, category) for s in sentences]
    # a life problem counts only with its own category named
    recall = 100 * sum(c for _, c in judged) // len(judged)
    missed = [s for s, (_, c) in zip(sentences, judged, strict=True) if not c]
    assert recall >= RECALL_FLOOR[language][category], missed


@pytest.mark.parametrize("language", list(SETS))
def test_near_misses_raise_few_false_alarms(rules: FlagRules, language: str) -> None:
    alarms = [
        s
        for s in SETS[language]["near_misses"]
        if any(r.severity >= Severity.URGENT for r in rules.scan(s, language))
    ]
    assert len(alarms) <= FALSE_ALARMS_MAX[language], alarms


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
