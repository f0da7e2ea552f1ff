"""Judging typed German answers forgivingly, but not too forgivingly.

Case, punctuation, extra spaces and ae/oe/ue/ss for ä/ö/ü/ß are never mistakes; one or two
typos in a word count as right, with the correct spelling shown. A wrong article (der/die/
das...), a wrong ending (-en/-em...) or another word is a mistake, explained, because that
is exactly what the learner needs to notice.
"""

from __future__ import annotations

import enum
import os
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA

# Articles and possessives: a different one of these is an article mistake, not a typo.
ARTICLES = frozenset(
    {
        "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "einen", "einem", "einer", "eines",
        "kein", "keine", "keinen", "keinem", "keiner", "keines",
        "mein", "meine", "meinen", "meinem", "meiner",
        "dein", "deine", "deinen", "deinem", "deiner",
        "sein", "seine", "seinen", "seinem", "seiner",
        "ihr", "ihre", "ihren", "ihrem", "ihrer",
        "unser", "unsere", "unseren", "unserem", "unserer",
    }
)  # fmt: skip
ENDINGS = ("", "e", "n", "en", "em", "er", "es", "s", "st", "t", "te", "ten")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_WORD = re.compile(r"[^\w\s]+")
# Inside a word an apostrophe or hyphen may be left out: geht's/gehts, E-Mail/Email.
_INNER_MARK = re.compile(r"(?<=\w)['’‘-](?=\w)")


class Mistake(enum.StrEnum):
    ARTICLE = "article"
    ENDING = "ending"
    WORD = "word"


@dataclass(frozen=True)
class Judgement:
    correct: bool
    expected: str  # the accepted answer closest to what was typed
    spelling_shown: bool = False  # right, but written differently: show the correct form
    mistake: Mistake | None = None


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    text = _INNER_MARK.sub("", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _typo_allowance(word: str) -> int:
    return 0 if len(word) <= 3 else 1 if len(word) <= 7 else 2


def _ending_differs(given: str, expected: str) -> bool:
    """Same word, other ending: kleine/kleinen, gehen/gehst, Kinder/Kindern."""
    stem = os.path.commonprefix([given, expected])  # noqa: RUF071  (characters, not paths)
    if len(stem) < 3:
        return False
    endings = (given[len(stem) :], expected[len(stem) :])
    # A bare -n only follows e, l or r (Kinder-n, Gabel-n); "Kopfschmerzn" is a typo.
    plausible = all(ending != "n" or stem[-1] in "elr" for ending in endings)
    return plausible and all(ending in ENDINGS for ending in endings)


def judge_one(given: str, expected: str) -> Judgement:
    raw_given, raw_expected = " ".join(given.split()), " ".join(expected.split())
    g, e = normalise(given), normalise(expected)
    if not g:
        return Judgement(False, expected, mistake=Mistake.WORD)
    if g == e:
        shown = raw_given.rstrip(".!?") != raw_expected.rstrip(".!?")
        return Judgement(True, expected, spelling_shown=shown)
    gw, ew = g.split(), e.split()
    if len(gw) != len(ew):
        # A word missing or added: forgive only a tiny slip in a long answer.
        if OSA.distance(g, e) <= 1 and len(e) >= 12:
            return Judgement(True, expected, spelling_shown=True)
        return Judgement(False, expected, mistake=Mistake.WORD)
    typos = False
    for gword, eword in zip(gw, ew, strict=True):
        if gword == eword:
            continue
        if gword in ARTICLES and eword in ARTICLES:
            return Judgement(False, expected, mistake=Mistake.ARTICLE)
        if _ending_differs(gword, eword):
            return Judgement(False, expected, mistake=Mistake.ENDING)
        # Another first letter makes another word (Hund/Mund, Haus/Maus), not a typo.
        if gword[0] == eword[0] and OSA.distance(gword, eword) <= _typo_allowance(eword):
            typos = True
            continue
        return Judgement(False, expected, mistake=Mistake.WORD)
    return Judgement(True, expected, spelling_shown=typos)


def judge(given: str, accepted: tuple[str, ...] | list[str]) -> Judgement:
    """The best verdict over every accepted answer."""
    verdicts = [judge_one(given, answer) for answer in accepted]
    right = [v for v in verdicts if v.correct]
    if right:
        return min(right, key=lambda v: v.spelling_shown)
    normalised = normalise(given)
    return min(verdicts, key=lambda v: OSA.distance(normalised, normalise(v.expected)))
