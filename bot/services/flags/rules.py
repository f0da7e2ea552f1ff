"""Flag rules: which check-in answers and free texts become an alert to the coach, and how urgent.

The rules and the keyword lists are data (content/checkins/flags.yaml and keywords/<lang>.yaml,
format in keywords/README.md); loading.py validates them once at start, this module applies them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.models import Severity
from bot.services.flags.keywords import KeywordList
from bot.services.flags.loading import Rule, load_rules
from bot.services.flags.normalise import german, normalize, scripts_of


@dataclass(frozen=True)
class Reason:
    rule: str  # "low_mood", "keywords", ...
    severity: Severity
    # JSON-safe; for keywords {"language", "term", "via"}: the list term, never the person's text
    detail: dict[str, Any]


@dataclass(frozen=True)
class Answers:
    questionnaire: str  # "weekly" | "monthly"
    scores: Mapping[str, int]  # question id -> 1..5 for scale questions answered
    choices: Mapping[str, tuple[str, ...]]  # question id -> chosen option ids
    # (text, language): each original free text, followed by its German machine translation
    # as (text_de, "de") when there is one
    texts: Sequence[tuple[str, str]]
    translated: bool = False  # whether texts includes a machine translation
    # her profile's language: its lists read every original text too, as for her messages
    # (a Dari speaker on an Arabic keyboard is detected as Arabic)
    profile: str | None = None


def highest(reasons: Sequence[Reason]) -> Severity | None:
    return max((r.severity for r in reasons), default=None)


class FlagRules:
    def __init__(self, rules: Sequence[Rule], lists: Mapping[str, KeywordList]) -> None:
        self.rules = tuple(rules)
        self.lists = dict(lists)

    @classmethod
    def load(cls, content_dir: Path) -> FlagRules:
        """Reads and validates checkins/flags.yaml and its keyword lists; ValueError names the entry."""
        return cls(*load_rules(content_dir))

    def languages(self) -> set[str]:
        return set(self.lists)

    def evaluate(self, answers: Answers, mood_history: Sequence[int]) -> list[Reason]:
        """Every reason to alert, in rule order. mood_history: earlier mood scores, newest first.

        A ("de") entry in answers.texts right after a non-German one is taken as that text's
        machine translation when answers.translated is set. An unknown questionnaire gets the
        keyword rule only.
        """
        reasons: list[Reason] = []
        for rule in self.rules:
            if rule.kind == "keywords":
                found: list[Reason] = []
                previous = ""
                for text, language in answers.texts:
                    own = rule.translation_language
                    if answers.translated and language == own and previous not in ("", own):
                        found += self._scan(text, language, rule, "translation", (language,))
                    else:
                        found += self._scan(text, language, rule, "original", also=answers.profile)
                    previous = language
                reasons += sorted(found, key=lambda r: -r.severity)
            elif answers.questionnaire in rule.questionnaires:
                reason = _apply(rule, answers, mood_history)
                if reason is not None:
                    reasons.append(reason)
        return _dedupe(reasons)

    def scan(self, text: str, language: str, *, also: str | None = None) -> list[Reason]:
        """Keyword hits only (for messages and the help follow-up), most severe first.
        `also`: a second language whose lists read the text too (her profile's, when the
        text was detected to be in another)."""
        rule = next((r for r in self.rules if r.kind == "keywords"), None)
        return _dedupe(self._scan(text, language, rule, "original", also=also)) if rule else []

    def _names(self, language: str, scripts: set[str], also: str | None = None) -> list[str]:
        """Which lists scan a text: its language's own and that list's `also`, then the same
        for `also` (her profile's language); German and English whenever it has Latin letters
        (the course language, and the one people mix in); with no list for the language,
        every list of a script the text contains."""
        names: list[str] = []
        for code in dict.fromkeys(c for c in (language, also) if c is not None):
            own = self.lists.get(code)
            names += [code, *own.also] if own else [n for n, x in self.lists.items() if x.script in scripts]
        if "latin" in scripts:
            names += ["de", "en"]
        return [n for n in dict.fromkeys(names) if n in self.lists]

    def _scan(
        self,
        text: str,
        language: str,
        rule: Rule | None,
        via: str,
        only: Sequence[str] = (),
        *,
        also: str | None = None,
    ) -> list[Reason]:
        if rule is None or not text:
            return []
        plain = normalize(text)
        normalized = {"": plain, "de": german(plain)}
        scripts = scripts_of(normalized[""])
        names = [n for n in only if n in self.lists] or self._names(language, scripts, also)
        hits: list[tuple[Severity, int, int, Reason]] = []
        for order, name in enumerate(names):
            lst = self.lists[name]
            own = name in (language, also) and via == "original"
            for term, position in lst.find(normalized["de" if name == "de" else ""], fuzzy=own):
                detail = {"language": name, "term": term.text, "via": via}
                if term.category:
                    detail["category"] = term.category
                hits.append((term.severity, order, position, Reason(rule.id, term.severity, detail)))
        hits.sort(key=lambda h: (-h[0], h[1], h[2]))
        return [h[3] for h in hits]


def _apply(rule: Rule, answers: Answers, mood_history: Sequence[int]) -> Reason | None:
    if rule.kind == "chosen":
        chosen = answers.choices.get(rule.question, ())
        hit = [o for o in dict.fromkeys(chosen) if rule.options is None or o in rule.options]
        detail: dict[str, Any] = {"question": rule.question, "options": hit}
        return Reason(rule.id, rule.severity, detail) if hit else None
    score = answers.scores.get(rule.question)
    if score is None:
        return None
    if rule.kind == "score":
        for at_most, severity in rule.levels:
            if score <= at_most:
                return Reason(rule.id, severity, {"question": rule.question, "score": score})
        return None
    earlier = [int(s) for s in mood_history[: rule.history]]
    if len(earlier) < rule.min_history:  # at least 1 (validated)
        return None
    mean = sum(earlier) / len(earlier)
    if mean - score < rule.at_least:
        return None
    detail = {"question": rule.question, "score": score, "mean": round(mean, 2), "earlier": len(earlier)}
    return Reason(rule.id, rule.severity, detail)


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    """The same rule (and keyword term) once: the most severe, else the first found."""
    kept: dict[tuple[str, str], Reason] = {}
    for reason in reasons:
        key = (reason.rule, str(reason.detail.get("term", "")))
        if key not in kept or reason.severity > kept[key].severity:
            kept[key] = reason
    return list(kept.values())
