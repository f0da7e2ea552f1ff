"""Loading the flag rules: checkins/flags.yaml and its keyword lists, validated into rules and indexes.

The format of the keyword lists is in content/checkins/keywords/README.md; every error names the
file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.models import Severity
from bot.services.flags.keywords import (
    FUZZY_MIN,
    GAP_WORDS,
    KeywordList,
    Term,
    compiled,
    pattern_body,
    stem,
)
from bot.services.flags.normalise import SCRIPTS, normalize
from bot.yamlfile import load_yaml

SEVERITIES = {"normal": Severity.NORMAL, "urgent": Severity.URGENT, "crisis": Severity.CRISIS}
# Urgent life problems (section `life:` of a keyword list, severity urgent): the category is
# named in the coach's alert and picks the guidance card (content/guidance/cards.yaml).
LIFE_CATEGORIES = ("residence", "housing", "wages", "energy", "debts", "child", "insurance")


@dataclass(frozen=True)
class Rule:
    """One entry of flags.yaml, validated: what to look at and how urgent a hit is."""

    id: str
    kind: str  # score | drop | chosen | keywords
    question: str = ""
    questionnaires: frozenset[str] = frozenset()  # where it applies
    severity: Severity = Severity.NORMAL
    levels: tuple[tuple[int, Severity], ...] = ()  # score: (at_most, severity), first match wins
    history: int = 3  # drop: compare with the mean of up to this many earlier answers
    min_history: int = 1
    at_least: float = 2  # drop: mean minus today's score
    options: frozenset[str] | None = None  # chosen: None = any option
    translation_language: str = "de"  # keywords


_RULE_KEYS = {
    "score": {"levels"},
    "drop": {"history", "min_history", "at_least", "severity"},
    "chosen": {"options", "severity"},
    "keywords": {"languages", "lists", "translation_language"},
}
_QUESTION_KINDS = {"score": {"scale"}, "drop": {"scale"}, "chosen": {"choice", "several"}}


def load_rules(content_dir: Path) -> tuple[list[Rule], dict[str, KeywordList]]:
    """Reads and validates checkins/flags.yaml and its keyword lists; ValueError names the entry."""
    folder = content_dir / "checkins"
    path = folder / "flags.yaml"
    raw = load_yaml(path)
    questionnaires = _questionnaires(folder)
    entries = raw.get("rules")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: 'rules' must be a non-empty list")
    rules: list[Rule] = []
    lists: dict[str, KeywordList] = {}
    for index, entry in enumerate(entries):
        rule_id = entry.get("id") if isinstance(entry, dict) else None
        where = f"{path}: rule {rule_id or index!r}"
        if not isinstance(entry, dict) or not isinstance(rule_id, str) or not rule_id:
            raise ValueError(f"{where}: every rule is a mapping with an id")
        if any(r.id == rule_id for r in rules):
            raise ValueError(f"{where}: duplicate id")
        kind = entry.get("kind")
        if kind not in _RULE_KEYS:
            raise ValueError(f"{where}: unknown kind {kind!r} (one of {', '.join(_RULE_KEYS)})")
        if kind == "keywords":
            _known_keys(entry, {"id", "kind"} | _RULE_KEYS[kind], where)
            if lists:
                raise ValueError(f"{where}: only one keywords rule")
            lists_dir = folder / str(entry.get("lists", "keywords"))
            lists = _load_lists(lists_dir, entry.get("languages"), where)
            language = entry.get("translation_language", "de")
            if language not in lists:
                raise ValueError(f"{where}: no keyword list for translation_language {language!r}")
            rules.append(Rule(rule_id, kind, translation_language=language))
        else:
            rules.append(_question_rule(entry, rule_id, kind, questionnaires, where))
    return rules, lists


def _known_keys(raw: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")


def _questionnaires(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """questionnaire id -> question id -> {"kind", "options"} from the other YAML files here."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = load_yaml(path) if path.name != "flags.yaml" else {}
        if isinstance(raw.get("questions"), list):
            found[str(raw.get("id", path.stem))] = {
                q["id"]: {"kind": q.get("kind"), "options": [str(o) for o in q.get("options") or []]}
                for q in raw["questions"]
                if isinstance(q, dict) and "id" in q
            }
    return found


def _severity(value: Any, where: str) -> Severity:
    if value not in SEVERITIES:
        raise ValueError(f"{where}: severity must be one of {', '.join(SEVERITIES)}, not {value!r}")
    return SEVERITIES[value]


def _number(entry: Mapping[str, Any], key: str, default: float | None, where: str, low: float = 0) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
        raise ValueError(f"{where}: {key} must be a number >= {low}, not {value!r}")
    return value


def _question_rule(
    entry: Mapping[str, Any], rule_id: str, kind: str, questionnaires: Mapping[str, Any], where: str
) -> Rule:
    _known_keys(entry, {"id", "kind", "question", "questionnaires"} | _RULE_KEYS[kind], where)
    question = entry.get("question")
    having = {q for q, questions in questionnaires.items() if question in questions}
    if not having:
        raise ValueError(f"{where}: unknown question {question!r} (in no questionnaire)")
    listed = entry.get("questionnaires")
    if listed is not None:
        if not isinstance(listed, list) or not set(listed) <= having:
            raise ValueError(f"{where}: questionnaires {listed!r} must all have question {question!r}")
        having = set(listed)
    for name in having:
        if questionnaires[name][question]["kind"] not in _QUESTION_KINDS[kind]:
            raise ValueError(f"{where}: {kind} does not fit question {question!r} in {name}")
    common = Rule(rule_id, kind, question=str(question), questionnaires=frozenset(having))
    if kind == "score":
        levels = entry.get("levels")
        if not isinstance(levels, list) or not levels:
            raise ValueError(f"{where}: levels must be a non-empty list of {{at_most, severity}}")
        parsed = []
        for i, level in enumerate(levels):
            if not isinstance(level, dict):
                raise ValueError(f"{where}: levels[{i}] must be a mapping")
            _known_keys(level, {"at_most", "severity"}, f"{where}: levels[{i}]")
            at_most = int(_number(level, "at_most", None, f"{where}: levels[{i}]", low=1))
            parsed.append((at_most, _severity(level.get("severity"), f"{where}: levels[{i}]")))
        return replace(common, levels=tuple(parsed))
    severity = _severity(entry.get("severity"), where)
    if kind == "drop":
        return replace(
            common,
            severity=severity,
            history=int(_number(entry, "history", 3, where, low=1)),
            min_history=int(_number(entry, "min_history", 1, where, low=1)),
            at_least=_number(entry, "at_least", 2, where),
        )
    options = entry.get("options")
    if options == "any":
        return replace(common, severity=severity, options=None)
    if not isinstance(options, list) or not options:
        raise ValueError(f"{where}: options must be 'any' or a non-empty list of option ids")
    for name in having:
        unknown = set(map(str, options)) - set(questionnaires[name][question]["options"])
        if unknown:
            raise ValueError(f"{where}: unknown option(s) {sorted(unknown)} of {question!r} in {name}")
    return replace(common, severity=severity, options=frozenset(map(str, options)))


def _load_lists(folder: Path, languages: Any, where: str) -> dict[str, KeywordList]:
    if not isinstance(languages, list) or not languages:
        raise ValueError(f"{where}: languages must list every keyword list")
    files = {p.stem for p in folder.glob("*.yaml")}
    missing, extra = set(languages) - files, files - set(languages)
    if missing:
        raise ValueError(f"{where}: no keyword list {', '.join(sorted(missing))} in {folder}")
    if extra:
        raise ValueError(f"{where}: keyword list(s) {', '.join(sorted(extra))} not in languages")
    lists = {language: _load_list(folder / f"{language}.yaml") for language in languages}
    for lst in lists.values():
        if not set(lst.also) <= set(lists):
            raise ValueError(f"{folder / lst.language}.yaml: also names an unknown list: {lst.also}")
    return lists


def _load_list(path: Path) -> KeywordList:
    raw = load_yaml(path)
    where = str(path)
    settings = {"language", "name", "script", "machine_made", "reviewed_by", "typo_tolerance", "also"}
    _known_keys(raw, settings | {"spaces_optional", "prefixes", "life", "harmless_after", *SEVERITIES}, where)
    language = raw.get("language")
    if language != path.stem:
        raise ValueError(f"{where}: language {language!r} does not match the file name")
    script = raw.get("script")
    if script not in SCRIPTS:
        raise ValueError(f"{where}: script must be one of {', '.join(SCRIPTS)}, not {script!r}")
    if not isinstance(raw.get("machine_made"), bool):
        raise ValueError(f"{where}: machine_made must be true or false")
    for key in ("prefixes", "also"):
        values = raw.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise ValueError(f"{where}: {key} must be a list of strings")
    sep = " ?" if raw.get("spaces_optional") else " "
    prefixes = [normalize(p, language) for p in raw.get("prefixes", [])]
    lead = "(?:" + "|".join(map(re.escape, prefixes)) + ")?" if prefixes else ""
    tolerant = bool(raw.get("typo_tolerance")) and script != "arabic"

    def compile_term(text: str, entry: str) -> tuple[str, list[str]]:
        try:
            body, words = pattern_body(text, language, sep)
        except ValueError as exc:
            raise ValueError(f"{where}: {entry} {text!r}: {exc}") from None
        return rf"(?<!\w){lead}{body}(?!\w)", words

    terms: list[Term] = []
    seen: dict[str, str] = {}
    sections: list[tuple[str, Severity, str, Any]] = [
        (name, severity, "", raw.get(name)) for name, severity in SEVERITIES.items()
    ]
    life = raw.get("life", {})
    if not isinstance(life, dict) or not set(life) <= set(LIFE_CATEGORIES):
        raise ValueError(f"{where}: life must map categories ({', '.join(LIFE_CATEGORIES)}) to terms")
    sections += [(f"life.{c}", Severity.URGENT, c, entries) for c, entries in life.items()]
    harmless = raw.get("harmless_after", {})
    if not isinstance(harmless, dict) or not set(harmless) <= set(life):
        raise ValueError(f"{where}: harmless_after must map categories of life to lists of words")
    # The words that make any term of a category harmless when they come right after it
    # ("took my child" + "to school"): one pattern per category, tried where a hit ends.
    harmless_after: dict[str, str] = {}
    for category, words in harmless.items():
        if not (isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words)):
            raise ValueError(f"{where}: harmless_after.{category} must be a non-empty list of words")
        bodies = []
        for after in words:
            try:
                bodies.append(pattern_body(after, language, sep)[0])
            except ValueError as exc:
                raise ValueError(f"{where}: harmless_after.{category} {after!r}: {exc}") from None
        harmless_after[category] = rf"{sep}(?:{'|'.join(bodies)})(?!\w)"
    for name, severity, category, entries in sections:
        if not isinstance(entries, list) or not entries:
            raise ValueError(f"{where}: {name} must be a non-empty list of terms")
        for index, item in enumerate(entries):
            entry = f"{name}[{index}]"
            if isinstance(item, str):
                item = {"term": item}
            if not isinstance(item, dict) or not isinstance(item.get("term"), str):
                raise ValueError(f"{where}: {entry}: a term is a string or a mapping with 'term'")
            _known_keys(item, {"term", "except", "note"}, f"{where}: {entry}")
            text = item["term"].strip()
            try:
                spelled = " ".join(
                    stem(w[1:], language) + "*" if w.startswith("~") else w for w in text.split()
                )
            except ValueError as exc:
                raise ValueError(f"{where}: {entry} {text!r}: {exc}") from None
            pattern, words = compile_term(spelled, entry)
            if pattern in seen:
                raise ValueError(f"{where}: {entry} {text!r}: same as {seen[pattern]}")
            seen[pattern] = entry
            excepts = item.get("except", [])
            if not isinstance(excepts, list) or not all(isinstance(e, str) for e in excepts):
                raise ValueError(f"{where}: {entry} {text!r}: except must be a list of phrases")
            exceptions = []
            for phrase in excepts:
                literal = "*" not in phrase and not any(g in phrase for g in GAP_WORDS)
                if literal and not compiled(pattern).search(normalize(phrase, language)):
                    raise ValueError(f"{where}: {entry} except {phrase!r} does not contain {text!r}")
                exceptions.append(compile_term(phrase, f"{entry} except")[0])
            single = len(words) == 1 and not spelled.startswith("*")
            eligible = tolerant and single and severity > Severity.NORMAL
            first = spelled.split()[0]
            terms.append(
                Term(
                    text,
                    severity,
                    pattern,
                    order=len(terms),
                    anchor=normalize(first.strip("*"), language).split()[0],
                    exact=sep == " " and not first.endswith("*") and not prefixes,
                    inside=first.startswith("*"),
                    excepts=tuple(exceptions),
                    harmless_after=harmless_after.get(category, ""),
                    fuzzy=words[0] if eligible and len(words[0]) >= FUZZY_MIN else "",
                    fuzzy_prefix=spelled.endswith("*"),
                    category=category,
                )
            )
    return KeywordList.build(raw, terms, prefixes)
