"""Flag rules: which check-in answers and free texts become an alert to the coach, and how urgent.

The rules and the keyword lists are data (content/checkins/flags.yaml and keywords/<lang>.yaml,
format in keywords/README.md); this module validates them once at start and applies them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz.distance import Levenshtein

from bot.models import Severity

SEVERITIES = {"normal": Severity.NORMAL, "urgent": Severity.URGENT, "crisis": Severity.CRISIS}
SCRIPTS = ("latin", "arabic", "cyrillic")
MAX_GAP = 3  # "..." in a term: up to this many words in between
# Typo tolerance (one edit) for crisis and urgent words at least this long, in a text's own
# language; shorter words, Arabic script, normal terms and other languages' words have too
# many harmless neighbours (голодуємо/голосуємо, ambulance/ambulante).
FUZZY_MIN = 10

_SCRIPT_CHARS = {
    "latin": re.compile(r"[a-z]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
}
_NON_WORD = re.compile(r"[\W_]+")
_CYRILLIC_WORD = re.compile(r"\w*[\u0400-\u04ff]\w*")
_MIXED = re.compile(r"[\u0400-\u04ff][a-z]|[a-z][\u0400-\u04ff]")  # a word with both scripts
_LATIN_LOOKALIKES = str.maketrans("aceiopxy", "асеіорху")
_GAP_WORDS = ("...", "…")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def highest(reasons: Sequence[Reason]) -> Severity | None:
    return max((r.severity for r in reasons), default=None)


# -- normalisation ---------------------------------------------------------------------------


# Letters written either way (Arabic and Persian forms, Turkish dotless i, Ukrainian є/ґ as
# typed on a Russian keyboard); ZWNJ joins Persian word parts, which terms accept apart too.
_SWAPS = str.maketrans(
    {"\u200b": " ", "\u200c": " ", "ٱ": "ا", "ة": "ه", "ە": "ه", "ہ": "ه", "ى": "ي", "ی": "ي", "ک": "ك"}
    | {"ı": "i", "є": "е", "ґ": "г"}
)


@cache
def _dropped() -> re.Pattern[str]:
    """Combining marks (diacritics, harakat), format characters (direction marks, ZWJ, soft
    hyphen), apostrophes, tatweel and hamza on the line: all deleted."""
    points = [cp for cp in range(0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf")]
    points = sorted({*points, *map(ord, "'’ʼ‘`´ʹʻ′ـء")} - {0x200B, 0x200C})
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]+")


def normalize(text: str, language: str = "") -> str:
    """Words in one canonical spelling, separated by single spaces (same for text and terms).

    NFKC, casefold, no diacritics or harakat (so ä=a, ş=s, ё=е, ї=і, أ=ا, İ=i), no tatweel or
    hamza on the line, ة=ه, ى/ی=ي, ک=ك, no apostrophes, Latin look-alikes inside Cyrillic words
    made Cyrillic, any run of punctuation, emoji, spaces or direction marks one space.
    German also folds ae/oe/ue to a/o/u, so "Schläge", "Schlaege" and "Schlage" are one word.
    """
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    folded = _dropped().sub("", folded).translate(_SWAPS)
    if _MIXED.search(folded):
        folded = _CYRILLIC_WORD.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), folded)
    folded = _NON_WORD.sub(" ", folded).strip()
    return _german(folded) if language == "de" else folded


def _german(normalized: str) -> str:
    return normalized.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _scripts(normalized: str) -> set[str]:
    return {name for name, chars in _SCRIPT_CHARS.items() if chars.search(normalized)}


# -- keyword lists ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Term:
    text: str  # as written in the list: what a Reason reports
    severity: Severity
    pattern: str  # its regex, compiled on first use (most terms never need it)
    order: int  # position in the list
    anchor: str  # the first word, or how it starts (or a part of it: inside)
    exact: bool = False  # the first word must be the anchor
    inside: bool = False  # the term starts with '*'
    excepts: tuple[str, ...] = ()  # regexes
    fuzzy: str = ""  # normalised word for typo tolerance, if eligible
    fuzzy_prefix: bool = False  # the word ends in '*': compare the start of longer words

    def excepted(self, normalized: str, start: int, end: int) -> bool:
        for pattern in self.excepts:
            for m in _regex(pattern).finditer(normalized, max(0, start - 300)):
                if m.start() > start:
                    break
                if m.end() >= end:
                    return True
        return False

    def near(self, word: str) -> bool:
        if not self.fuzzy:
            return False
        size = len(self.fuzzy)
        if self.fuzzy_prefix:
            candidates = [word[:n] for n in (size - 1, size, size + 1) if len(word) >= n]
        else:
            candidates = [word] if abs(len(word) - size) <= 1 else []
        return any(Levenshtein.distance(c, self.fuzzy, score_cutoff=1) <= 1 for c in candidates)


@dataclass(frozen=True, eq=False)
class KeywordList:
    """One language's terms, indexed by their first word, so a scan tries few regexes."""

    language: str
    script: str
    machine_made: bool
    also: tuple[str, ...]  # lists that always scan this language's texts too (people mix them)
    terms: tuple[_Term, ...]
    prefixes: tuple[str, ...] = ()  # letters that may stick to a term's first word
    exact: Mapping[str, tuple[_Term, ...]] = field(default_factory=dict)  # by first word
    starts: Mapping[str, tuple[_Term, ...]] = field(default_factory=dict)  # by first word's start
    start: re.Pattern[str] | None = None  # matches the start of a word that may begin a term
    start_sizes: tuple[int, ...] = ()  # lengths of the keys of starts
    inside: re.Pattern[str] | None = None  # finds an anchor of a term that starts with '*'
    fuzzy: Mapping[str, tuple[_Term, ...]] = field(default_factory=dict)  # by first two letters

    @classmethod
    def build(cls, head: Mapping[str, Any], terms: Sequence[_Term], prefixes: Sequence[str]) -> KeywordList:
        exact: dict[str, list[_Term]] = {}
        starts: dict[str, list[_Term]] = {}
        fuzzy: dict[str, list[_Term]] = {}
        for term in terms:
            if not term.inside:
                (exact if term.exact else starts).setdefault(term.anchor, []).append(term)
            if term.fuzzy:
                fuzzy.setdefault(term.fuzzy[:2], []).append(term)
        anchors = sorted({t.anchor for t in terms if t.inside}, key=len, reverse=True)
        return cls(
            head["language"],
            head["script"],
            head["machine_made"],
            tuple(head.get("also", ())),
            tuple(terms),
            tuple(prefixes),
            {k: tuple(v) for k, v in exact.items()},
            {k: tuple(v) for k, v in starts.items()},
            re.compile("|".join(map(re.escape, sorted(starts, key=len, reverse=True)))) if starts else None,
            tuple(sorted({len(k) for k in starts})),
            re.compile("|".join(map(re.escape, anchors))) if anchors else None,
            {k: tuple(v) for k, v in fuzzy.items()},
        )

    def count(self, severity: Severity) -> int:
        return sum(1 for t in self.terms if t.severity is severity)

    def _candidates(self, word: str, fuzzy: bool, prefixed: bool = True) -> list[_Term]:
        """Terms that may start at this word (most words: none, found with two lookups)."""
        found = [*self.exact.get(word, ())]
        if self.start is not None and self.start.match(word):
            for size in self.start_sizes:
                found += self.starts.get(word[:size], ())
        for prefix in self.prefixes if prefixed else ():
            if word.startswith(prefix):
                found += self._candidates(word[len(prefix) :], fuzzy, prefixed=False)
        if prefixed and self.inside is not None and self.inside.search(word):
            found += [t for t in self.terms if t.inside and t.anchor in word]
        if fuzzy and prefixed and len(word) >= FUZZY_MIN - 1 and word[:2] in self.fuzzy:
            found += [t for t in self.fuzzy[word[:2]] if t.near(word)]
        return found

    def find(self, normalized: str, fuzzy: bool = False) -> list[tuple[_Term, int]]:
        """(term, position) for every hit in text normalised for this language."""
        padded = f" {normalized} "
        hits: list[tuple[_Term, int]] = []
        for word in set(normalized.split(" ")) - {""}:
            terms = dict.fromkeys(self._candidates(word, fuzzy))
            at = padded.find(f" {word} ") if terms else -1
            while at >= 0:
                for term in terms:
                    hit = _regex(term.pattern).match(normalized, at)
                    end = hit.end() if hit else at + len(word)  # else a typo of the term's word
                    if (hit or (fuzzy and term.near(word))) and not term.excepted(normalized, at, end):
                        hits.append((term, at))
                at = padded.find(f" {word} ", at + len(word) + 1)
        return sorted(hits, key=lambda hit: (hit[1], hit[0].order))


def _pattern_body(raw: str, language: str, sep: str) -> tuple[str, list[str]]:
    """Regex for one term (without boundaries) and its plain words; ValueError if malformed."""
    parts: list[str] = []
    words: list[str] = []
    gap = False
    for word in raw.split():
        if word in _GAP_WORDS:
            if not parts or gap:
                raise ValueError("'...' must stand between two words")
            gap = True
            continue
        core = word.removeprefix("*").removesuffix("*")
        if "*" in core:
            raise ValueError("'*' may only start or end a word")
        tokens = normalize(core, language).split()
        if not tokens or (core != word and len("".join(tokens)) < 3):
            raise ValueError("a word needs letters (at least three next to '*')")
        body = sep.join(re.escape(t) for t in tokens)
        body = (r"\w*" if word.startswith("*") else "") + body + (r"\w*" if word.endswith("*") else "")
        if parts:
            # a gap needs real spaces, or it could start the next word inside a longer one
            parts.append(rf"(?: \w+){{0,{MAX_GAP}}} " if gap else sep)
        parts.append(body)
        words.extend(tokens)
        gap = False
    if not parts or gap:
        raise ValueError("empty term or '...' at the end")
    return "".join(parts), words


def _load_list(path: Path) -> KeywordList:
    raw = _read_yaml(path)
    where = str(path)
    settings = {"language", "name", "script", "machine_made", "reviewed_by", "typo_tolerance", "also"}
    _known_keys(raw, settings | {"spaces_optional", "prefixes", *SEVERITIES}, where)
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
            body, words = _pattern_body(text, language, sep)
        except ValueError as exc:
            raise ValueError(f"{where}: {entry} {text!r}: {exc}") from None
        return rf"(?<!\w){lead}{body}(?!\w)", words

    terms: list[_Term] = []
    seen: dict[str, str] = {}
    for name, severity in SEVERITIES.items():
        entries = raw.get(name)
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
            pattern, words = compile_term(text, entry)
            if pattern in seen:
                raise ValueError(f"{where}: {entry} {text!r}: same as {seen[pattern]}")
            seen[pattern] = entry
            excepts = item.get("except", [])
            if not isinstance(excepts, list) or not all(isinstance(e, str) for e in excepts):
                raise ValueError(f"{where}: {entry} {text!r}: except must be a list of phrases")
            exceptions = []
            for phrase in excepts:
                literal = "*" not in phrase and not any(g in phrase for g in _GAP_WORDS)
                if literal and not _regex(pattern).search(normalize(phrase, language)):
                    raise ValueError(f"{where}: {entry} except {phrase!r} does not contain {text!r}")
                exceptions.append(compile_term(phrase, f"{entry} except")[0])
            single = len(words) == 1 and not text.startswith("*")
            eligible = tolerant and single and severity > Severity.NORMAL
            first = text.split()[0]
            terms.append(
                _Term(
                    text,
                    severity,
                    pattern,
                    order=len(terms),
                    anchor=normalize(first.strip("*"), language).split()[0],
                    exact=sep == " " and not first.endswith("*") and not prefixes,
                    inside=first.startswith("*"),
                    excepts=tuple(exceptions),
                    fuzzy=words[0] if eligible and len(words[0]) >= FUZZY_MIN else "",
                    fuzzy_prefix=text.endswith("*"),
                )
            )
    return KeywordList.build(raw, terms, prefixes)


# -- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
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


class FlagRules:
    def __init__(self, rules: Sequence[_Rule], lists: Mapping[str, KeywordList]) -> None:
        self.rules = tuple(rules)
        self.lists = dict(lists)

    @classmethod
    def load(cls, content_dir: Path) -> FlagRules:
        """Reads and validates checkins/flags.yaml and its keyword lists; ValueError names the entry."""
        folder = content_dir / "checkins"
        path = folder / "flags.yaml"
        raw = _read_yaml(path)
        questionnaires = _questionnaires(folder)
        entries = raw.get("rules")
        if not isinstance(entries, list) or not entries:
            raise ValueError(f"{path}: 'rules' must be a non-empty list")
        rules: list[_Rule] = []
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
                rules.append(_Rule(rule_id, kind, translation_language=language))
            else:
                rules.append(_question_rule(entry, rule_id, kind, questionnaires, where))
        return cls(rules, lists)

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
                        found += self._scan(text, language, rule, "original")
                    previous = language
                reasons += sorted(found, key=lambda r: -r.severity)
            elif answers.questionnaire in rule.questionnaires:
                reason = _apply(rule, answers, mood_history)
                if reason is not None:
                    reasons.append(reason)
        return _dedupe(reasons)

    def scan(self, text: str, language: str) -> list[Reason]:
        """Keyword hits only (for messages and the help follow-up), most severe first."""
        rule = next((r for r in self.rules if r.kind == "keywords"), None)
        return _dedupe(self._scan(text, language, rule, "original")) if rule else []

    def _names(self, language: str, scripts: set[str]) -> list[str]:
        """Which lists scan a text: its language's own and that list's `also`; German and
        English whenever it has Latin letters (the course language, and the one people mix
        in); with no list for the language, every list of a script the text contains."""
        own = self.lists.get(language)
        names = [language, *own.also] if own else [n for n, x in self.lists.items() if x.script in scripts]
        if "latin" in scripts:
            names += ["de", "en"]
        return [n for n in dict.fromkeys(names) if n in self.lists]

    def _scan(
        self, text: str, language: str, rule: _Rule | None, via: str, only: Sequence[str] = ()
    ) -> list[Reason]:
        if rule is None or not text:
            return []
        plain = normalize(text)
        normalized = {"": plain, "de": _german(plain)}
        names = [n for n in only if n in self.lists] or self._names(language, _scripts(normalized[""]))
        hits: list[tuple[Severity, int, int, Reason]] = []
        for order, name in enumerate(names):
            lst = self.lists[name]
            own = name == language and via == "original"
            for term, position in lst.find(normalized["de" if name == "de" else ""], fuzzy=own):
                detail = {"language": name, "term": term.text, "via": via}
                hits.append((term.severity, order, position, Reason(rule.id, term.severity, detail)))
        hits.sort(key=lambda h: (-h[0], h[1], h[2]))
        return [h[3] for h in hits]


def _apply(rule: _Rule, answers: Answers, mood_history: Sequence[int]) -> Reason | None:
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


# -- loading ---------------------------------------------------------------------------------


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return raw


def _known_keys(raw: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")


def _questionnaires(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """questionnaire id -> question id -> {"kind", "options"} from the other YAML files here."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = _read_yaml(path) if path.name != "flags.yaml" else {}
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
) -> _Rule:
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
    common = _Rule(rule_id, kind, question=str(question), questionnaires=frozenset(having))
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
