"""Flag rules on check-in answers: each question rule, rule order, translations, which lists scan a text."""

from __future__ import annotations

import json

import pytest

from bot.models import Severity
from bot.services.flags import Answers, FlagRules, Reason, highest

C, U, N = Severity.CRISIS, Severity.URGENT, Severity.NORMAL


def weekly(**kwargs: object) -> Answers:
    fields: dict[str, object] = {"questionnaire": "weekly", "scores": {}, "choices": {}, "texts": []}
    return Answers(**(fields | kwargs))  # type: ignore[arg-type]


def rule_ids(reasons: list[Reason]) -> list[str]:
    return [r.rule for r in reasons]


@pytest.mark.parametrize(("score", "expected"), [(1, U), (2, N), (3, None), (4, None), (5, None)])
def test_low_mood_thresholds(rules: FlagRules, score: int, expected: Severity | None) -> None:
    reasons = [r for r in rules.evaluate(weekly(scores={"mood": score}), []) if r.rule == "low_mood"]
    assert highest(reasons) == expected
    if expected:
        assert reasons[0].detail == {"question": "mood", "score": score}


def test_low_mood_applies_to_the_monthly_check_in_too(rules: FlagRules) -> None:
    answers = Answers("monthly", {"mood": 1, "german": 1}, {}, [])
    assert rule_ids(rules.evaluate(answers, [])) == ["low_mood"]  # the German scale is no mood


@pytest.mark.parametrize(
    ("history", "score", "flagged"),
    [
        ([5, 5, 5], 3, True),
        ([4, 4, 4], 3, False),
        ([], 1, False),  # no history: nothing to compare with
        ([5], 3, True),  # one earlier answer is enough
        ([5, 4], 3, False),  # mean 4.5: a drop of 1.5
        ([5, 4, 3], 2, True),  # mean 4
        ([5, 5, 5, 1], 3, True),  # only the newest three count
        ([1, 5, 5, 5], 3, False),  # newest first: mean of 1, 5, 5 is 3.67
        ([3, 3, 3], 5, False),  # a rise is no drop
    ],
)
def test_mood_drop_against_the_mean_of_up_to_three(
    rules: FlagRules, history: list[int], score: int, flagged: bool
) -> None:
    reasons = [r for r in rules.evaluate(weekly(scores={"mood": score}), history) if r.rule == "mood_drop"]
    assert bool(reasons) is flagged
    if flagged:
        assert reasons[0].severity is N
        assert reasons[0].detail["earlier"] == min(len(history), 3)


@pytest.mark.parametrize(("choice", "flagged"), [("yes", True), ("no", False)])
@pytest.mark.parametrize("questionnaire", ["weekly", "monthly"])
def test_contact_requested(rules: FlagRules, questionnaire: str, choice: str, flagged: bool) -> None:
    reasons = rules.evaluate(Answers(questionnaire, {}, {"contact": (choice,)}, []), [])
    assert reasons == (
        [Reason("contact_requested", N, {"question": "contact", "options": ["yes"]})] if flagged else []
    )


def test_problems_reported_lists_which(rules: FlagRules) -> None:
    reasons = rules.evaluate(weekly(choices={"problems": ("work", "authorities")}), [])
    assert reasons == [
        Reason("problems_reported", N, {"question": "problems", "options": ["work", "authorities"]})
    ]
    assert rules.evaluate(weekly(choices={"problems": ()}), []) == []


def test_monthly_support_is_no_problem(rules: FlagRules) -> None:
    answers = Answers("monthly", {"mood": 4}, {"support": ("housing", "documents"), "goal": ("not_yet",)}, [])
    assert rules.evaluate(answers, [4]) == []


@pytest.mark.parametrize(
    ("attendance", "flagged"), [("none", True), ("some", False), ("all", False), ("no_course", False)]
)
def test_missed_course(rules: FlagRules, attendance: str, flagged: bool) -> None:
    reasons = rules.evaluate(weekly(choices={"attendance": (attendance,)}), [])
    assert rule_ids(reasons) == (["missed_course"] if flagged else [])


def test_everything_at_once_in_rule_order_and_highest(rules: FlagRules) -> None:
    answers = weekly(
        scores={"mood": 1},
        choices={"problems": ("home",), "contact": ("yes",), "attendance": ("none",), "sleep": ("bad",)},
        texts=[("Ich habe viel Stress.", "de")],
    )
    reasons = rules.evaluate(answers, [5, 5, 5])
    assert rule_ids(reasons) == [
        "low_mood",
        "mood_drop",
        "contact_requested",
        "problems_reported",
        "missed_course",
        "keywords",
    ]
    assert highest(reasons) is U
    assert highest([]) is None
    json.dumps([r.detail for r in reasons])  # JSON-safe


def test_unknown_questionnaire_still_gets_the_keywords(rules: FlagRules) -> None:
    answers = Answers("yearly", {"mood": 1}, {"contact": ("yes",)}, [("Ich will sterben", "de")])
    assert rule_ids(rules.evaluate(answers, [])) == ["keywords"]


def test_translation_is_scanned_with_german_and_marked(rules: FlagRules) -> None:
    answers = weekly(texts=[("Мені сумно", "uk"), ("Ich will nicht mehr leben", "de")], translated=True)
    assert rules.evaluate(answers, []) == [
        Reason("keywords", C, {"language": "de", "term": "nicht mehr leben", "via": "translation"}),
        Reason("keywords", N, {"language": "uk", "term": "сумно", "via": "original"}),
    ]


def test_a_german_original_is_not_taken_for_a_translation(rules: FlagRules) -> None:
    reasons = rules.evaluate(weekly(texts=[("Ich will sterben", "de")], translated=True), [])
    assert [r.detail["via"] for r in reasons] == ["original"]


def test_a_term_counts_once_and_the_text_never_reaches_the_reason(rules: FlagRules) -> None:
    text = "Zaubertrank. Ich will sterben. Ich will sterben!! Ich will sterben"
    reasons = rules.scan(text, "de")
    assert reasons == [
        Reason("keywords", C, {"language": "de", "term": "will ... sterben", "via": "original"})
    ]
    assert "aubertrank" not in json.dumps([r.detail for r in reasons])


def test_ukrainian_texts_meet_the_russian_list(rules: FlagRules) -> None:
    reasons = rules.scan("Я хочу умереть", "uk")
    assert Reason("keywords", C, {"language": "ru", "term": "хочу умереть", "via": "original"}) in reasons


def test_a_language_without_a_list_meets_the_lists_of_its_script(rules: FlagRules) -> None:
    assert {r.detail["language"] for r in rules.scan("Ich will sterben", "so")} == {"de"}
    assert {r.detail["language"] for r in rules.scan("أريد أن أموت", "ps")} == {"ar"}
    assert rules.scan("", "de") == []
