"""Numbers with nouns come from Fluent plural selectors with the CLDR categories of each
language (ar: zero/one/two/few/many/other; ru, uk: one/few/many/other), never a fixed noun."""

from __future__ import annotations

from functools import cache

import pytest

from bot.i18n import Catalogue
from bot.settings import PROJECT_ROOT

NUMBERS = (0, 1, 2, 3, 5, 11, 21, 101)


@cache
def catalogue() -> Catalogue:
    return Catalogue(PROJECT_ROOT / "content" / "locales")


def render(language: str, message_id: str, **args: object) -> str:
    # Without the isolation marks around placeables, to compare plain words.
    return catalogue().render(language, message_id, args).replace("\u2068", "").replace("\u2069", "")


def done(language: str, n: int) -> str:
    return render(language, "truth-practice-streak", streak=n)


# The streak's days, for 0, 1, 2, 3, 5, 11, 21, 101.
DAYS = {
    "de": ["0 Tage", "1 Tag", "2 Tage", "3 Tage", "5 Tage", "11 Tage", "21 Tage", "101 Tage"],
    "en": ["0 days", "1 day", "2 days", "3 days", "5 days", "11 days", "21 days", "101 days"],
    "ru": ["0 дней", "1 день", "2 дня", "3 дня", "5 дней", "11 дней", "21 день", "101 день"],
    "uk": ["0 днів", "1 день", "2 дні", "3 дні", "5 днів", "11 днів", "21 день", "101 день"],
    # zero, one, two, few (3-10), few, many (11-99), many, other (100-102)
    "ar": ["0 يوم", "يوم واحد", "يومان", "3 أيام", "5 أيام", "11 يومًا", "21 يومًا", "101 يوم"],
}


@pytest.mark.parametrize("language", sorted(DAYS))
def test_the_streak_takes_the_plural_form_of_its_number(language: str) -> None:
    for n, form in zip(NUMBERS, DAYS[language], strict=True):
        assert f"{form}." in done(language, n) or f"{form} " in done(language, n), (
            language,
            n,
            done(language, n),
        )
        progress = render(
            language, "practice-progress", streak=n, best=n, learned=0, due=0, right=0, total=0, level="A1"
        )
        assert f"{form} " in progress, (language, n, progress)


EXERCISES = {
    "ru": [
        "1 короткое упражнение",
        "2 коротких упражнения",
        "5 коротких упражнений",
        "21 короткое упражнение",
    ],
    "uk": ["1 коротка вправа", "2 короткі вправи", "5 коротких вправ", "21 коротка вправа"],
    "ar": ["تمرين قصير واحد", "تمرينان قصيران", "5 تمارين قصيرة", "21 تمرينًا قصيرًا"],
    "de": ["Eine kurze Übung", "2 kurze Übungen", "5 kurze Übungen", "21 kurze Übungen"],
}


@pytest.mark.parametrize("language", sorted(EXERCISES))
def test_the_daily_prompt_counts_its_exercises(language: str) -> None:
    for n, form in zip((1, 2, 5, 21), EXERCISES[language], strict=True):
        assert form in render(language, "practice-prompt", count=n), (language, n)


SEEN = {
    "ru": [
        "сегодня",
        "вчера",
        "2 дня назад",
        "3 дня назад",
        "5 дней назад",
        "11 дней назад",
        "21 день назад",
    ],
    "uk": ["сьогодні", "учора", "2 дні тому", "3 дні тому", "5 днів тому", "11 днів тому", "21 день тому"],
    "ar": ["اليوم", "أمس", "قبل يومين", "قبل 3 أيام", "قبل 5 أيام", "قبل 11 يومًا", "قبل 21 يومًا"],
}


@pytest.mark.parametrize("language", sorted(SEEN))
def test_the_coach_list_says_how_long_ago_in_the_right_form(language: str) -> None:
    for n, form in zip(NUMBERS, SEEN[language], strict=False):
        assert render(language, "caseload-seen", days=n).lstrip("\u200f") == form, (language, n)


WEEKS = {
    "ru": {1: "1 неделя", 2: "2 недели", 5: "5 недель", 21: "21 неделя"},
    "uk": {1: "1 тиждень", 2: "2 тижні", 5: "5 тижнів", 21: "21 тиждень"},
    "ar": {1: "الأسبوع الأخير", 2: "أسبوعين", 5: "5 أسابيع", 11: "11 أسبوعًا"},
    "de": {1: "in der letzten Woche", 8: "in den letzten 8 Wochen"},
}


@pytest.mark.parametrize("language", sorted(WEEKS))
def test_the_mood_caption_counts_weeks(language: str) -> None:
    for n, form in WEEKS[language].items():
        assert form in render(language, "caseload-mood-caption", name="A", weeks=n, line="·"), (language, n)
