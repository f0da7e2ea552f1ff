"""The keyword index: one language's terms, their patterns, and finding them in a normalised text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import snowballstemmer  # type: ignore[import-untyped]
from rapidfuzz.distance import Levenshtein

from bot.models import Severity
from bot.services.flags.normalise import normalize

MAX_GAP = 3  # "..." in a term: up to this many words in between
# Typo tolerance (one edit) for crisis and urgent words at least this long, in a text's own
# language; shorter words, Arabic script, normal terms and other languages' words have too
# many harmless neighbours (голодуємо/голосуємо, ambulance/ambulante).
FUZZY_MIN = 10
GAP_WORDS = ("...", "…")
# '~' before a word: its Snowball stem with any ending ("~выселение": выселен*, "~Kündigung":
# kundig*). Only where a Snowball stemmer exists and is good enough; Ukrainian, Persian,
# Arabic, Somali, Tigrinya and Kurmanji spell their forms out or use '*'.
STEMMERS = {"de": "german", "en": "english", "ru": "russian", "tr": "turkish"}
STEM_MIN = 4  # letters; shorter stems ("изб" of избить) catch too many other words


@cache
def stem(word: str, language: str) -> str:
    """The Snowball stem of one word, normalised; ValueError where no stemmer or too short."""
    if language not in STEMMERS:
        raise ValueError(f"'~' needs a stemmer; none for {language!r} (use '*')")
    stemmed = normalize(snowballstemmer.stemmer(STEMMERS[language]).stemWord(word.casefold()), language)
    if len(stemmed) < STEM_MIN or " " in stemmed:
        raise ValueError(f"the stem {stemmed!r} is too short for '~' (spell the forms out)")
    return stemmed


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True, eq=False)
class Term:
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
    category: str = ""  # life problems: residence, housing, ... (see loading.LIFE_CATEGORIES)
    harmless_after: str = ""  # regex: what, right after a hit, makes it harmless (its category's)

    def excepted(self, normalized: str, start: int, end: int) -> bool:
        if self.harmless_after and compiled(self.harmless_after).match(normalized, end):
            return True
        for pattern in self.excepts:
            for m in compiled(pattern).finditer(normalized, max(0, start - 300)):
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
    terms: tuple[Term, ...]
    prefixes: tuple[str, ...] = ()  # letters that may stick to a term's first word
    exact: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)  # by first word
    starts: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)  # by first word's start
    start: re.Pattern[str] | None = None  # matches the start of a word that may begin a term
    start_sizes: tuple[int, ...] = ()  # lengths of the keys of starts
    inside: re.Pattern[str] | None = None  # finds an anchor of a term that starts with '*'
    fuzzy: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)  # by first two letters

    @classmethod
    def build(cls, head: Mapping[str, Any], terms: Sequence[Term], prefixes: Sequence[str]) -> KeywordList:
        exact: dict[str, list[Term]] = {}
        starts: dict[str, list[Term]] = {}
        fuzzy: dict[str, list[Term]] = {}
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

    def _candidates(self, word: str, fuzzy: bool, prefixed: bool = True) -> list[Term]:
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
        # A word spelled as a term of the list begins (the 'Jugendamt' of 'Jugendamt ... mein
        # Kind') is no typo of another one ('jugendampt*'): one typo is allowed in a misspelt word.
        if fuzzy and prefixed and not found and len(word) >= FUZZY_MIN - 1 and word[:2] in self.fuzzy:
            found += [t for t in self.fuzzy[word[:2]] if t.near(word)]
        return found

    def find(self, normalized: str, fuzzy: bool = False) -> list[tuple[Term, int]]:
        """(term, position) for every hit in text normalised for this language."""
        padded = f" {normalized} "
        hits: list[tuple[Term, int]] = []
        for word in set(normalized.split(" ")) - {""}:
            terms = dict.fromkeys(self._candidates(word, fuzzy))
            at = padded.find(f" {word} ") if terms else -1
            while at >= 0:
                for term in terms:
                    hit = compiled(term.pattern).match(normalized, at)
                    end = hit.end() if hit else at + len(word)  # else a typo of the term's word
                    if (hit or (fuzzy and term.near(word))) and not term.excepted(normalized, at, end):
                        hits.append((term, at))
                at = padded.find(f" {word} ", at + len(word) + 1)
        return sorted(hits, key=lambda hit: (hit[1], hit[0].order))


def pattern_body(raw: str, language: str, sep: str) -> tuple[str, list[str]]:
    """Regex for one term (without boundaries) and its plain words; ValueError if malformed."""
    parts: list[str] = []
    words: list[str] = []
    gap = False
    for word in raw.split():
        if word in GAP_WORDS:
            if not parts or gap:
                raise ValueError("'...' must stand between two words")
            gap = True
            continue
        if word.startswith("~"):
            word = stem(word[1:], language) + "*"
        core = word.removeprefix("*").removesuffix("*")
        if "*" in core or "~" in core:
            raise ValueError("'*' may only start or end a word, '~' only start it")
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
