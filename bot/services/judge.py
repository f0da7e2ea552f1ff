"""Judging typed German answers forgivingly, but not too forgivingly.

Case, punctuation, extra spaces and ae/oe/ue/ss for ä/ö/ü/ß are never mistakes; one or two
typos in a word count as right, with the correct spelling shown. A wrong article (der/die/
das...), a missing or wrong prefix (schreiben for unterschreiben), a wrong ending (-en/-em...),
a missing, extra or other word is a mistake, and the verdict says which words differ, because
that is exactly what the learner needs to notice.
"""

from __future__ import annotations

import enum
import os
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

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
# Verb and noun prefixes (normalised spelling): "schreiben" for "unterschreiben" is a prefix
# mistake, said as such, not "another word". Longest first, so "zurueck" wins over "zu".
PREFIXES = tuple(
    sorted(
        {
            "ab", "an", "auf", "aus", "be", "bei", "durch", "ein", "emp", "ent", "er", "fest",
            "fort", "ge", "her", "heraus", "herein", "hin", "los", "miss", "mit", "nach", "um",
            "unter", "ueber", "ver", "vor", "voraus", "weg", "weiter", "wieder", "zer", "zu",
            "zurueck", "zusammen",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
MIN_STEM = 4  # a prefix is only told apart from a stem this long (an+rufen, not a+n)
ENDINGS = ("", "e", "n", "en", "em", "er", "es", "s", "st", "t", "te", "ten")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_WORD = re.compile(r"[^\w\s]+")
# Inside a word an apostrophe or hyphen may be left out: geht's/gehts, E-Mail/Email.
_INNER_MARK = re.compile(r"(?<=\w)['’‘-](?=\w)")
# The words of a text as written, for showing them: the same words normalise() makes.
_SHOWN_WORD = re.compile(r"\w+(?:['’‘-]\w+)*")
SHOWN_LIMIT = 40  # a word shown back is cut to this many characters


class Mistake(enum.StrEnum):
    ARTICLE = "article"  # der for das
    PREFIX = "prefix"  # schreiben for unterschreiben, verschreiben for unterschreiben
    ENDING = "ending"  # kleine for kleinen
    MISSING = "missing"  # a word left out
    EXTRA = "extra"  # a word too many
    WORD = "word"  # another word, or several things at once


@dataclass(frozen=True)
class Difference:
    """What differs, in the words as written: `given` (typed) and `expected` (the answer's);
    for a prefix mistake also the prefixes themselves, "" where a word has none."""

    given: str = ""
    expected: str = ""
    given_prefix: str = ""
    expected_prefix: str = ""


@dataclass(frozen=True)
class Judgement:
    correct: bool
    expected: str  # the accepted answer closest to what was typed
    spelling_shown: bool = False  # right, but written differently: show the correct form
    mistake: Mistake | None = None
    difference: Difference | None = None  # a mistake: the words that differ, to say so


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


def _doubled_letter(given: str, expected: str) -> bool:
    """One word is the other with one letter typed twice (arbeitten, Mietten) or a doubled
    letter typed once (komen): a slip of the finger, even where it looks like an ending."""
    longer, shorter = (given, expected) if len(given) > len(expected) else (expected, given)
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer) - 1)
    )


def _split_prefix(word: str) -> tuple[str, str]:
    """("unter", "schreiben") for "unterschreiben"; ("", word) without a known prefix."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return prefix, word[len(prefix) :]
    return "", word


def _prefix_differs(given: str, expected: str) -> tuple[str, str] | None:
    """(prefix typed, prefix expected) when only the prefix differs: schreiben/unterschreiben
    ("", "unter"), unterschreiben/schreiben ("unter", ""), verschreiben/unterschreiben."""
    g_prefix, g_stem = _split_prefix(given)
    e_prefix, e_stem = _split_prefix(expected)
    if g_prefix == e_prefix:
        return None
    if g_stem == e_stem or (not g_prefix and given == e_stem) or (not e_prefix and expected == g_stem):
        return g_prefix, e_prefix
    return None


def _shown_words(text: str, normalised: list[str]) -> list[str]:
    """The words of `text` as written (case, umlauts, inner marks kept), one per normalised word."""
    words = _SHOWN_WORD.findall(unicodedata.normalize("NFC", text))
    if len(words) != len(normalised):  # a character casefold() changes oddly: show normalised
        words = normalised
    return [shorten_word(word) for word in words]


def shorten_word(word: str) -> str:
    return word if len(word) <= SHOWN_LIMIT else word[: SHOWN_LIMIT - 1] + "…"


def _prefix_of(shown: str, prefix: str) -> str:
    """The prefix as written in `shown` (über, not ueber)."""
    if not prefix:
        return ""
    for length in range(len(prefix), 0, -1):
        if normalise(shown[:length]) == prefix:
            return shown[:length]
    return prefix


def _one_word(gword: str, eword: str, shown_g: str, shown_e: str) -> Judgement | None:
    """The verdict on one typed word against the expected one; None where it is a typo."""
    if gword in ARTICLES and eword in ARTICLES:
        return _wrong(Mistake.ARTICLE, Difference(shown_g, shown_e))
    prefixes = _prefix_differs(gword, eword)
    if prefixes is not None:
        g_prefix, e_prefix = prefixes
        shown_prefixes = _prefix_of(shown_g, g_prefix), _prefix_of(shown_e, e_prefix)
        return _wrong(Mistake.PREFIX, Difference(shown_g, shown_e, *shown_prefixes))
    if _doubled_letter(gword, eword) and len(eword) > 3:
        return None
    if _ending_differs(gword, eword):
        return _wrong(Mistake.ENDING, Difference(shown_g, shown_e))
    # Another first letter makes another word (Hund/Mund, Haus/Maus), not a typo.
    if gword[0] == eword[0] and OSA.distance(gword, eword) <= _typo_allowance(eword):
        return None
    return _wrong(Mistake.WORD, Difference(shown_g, shown_e))


def _wrong(mistake: Mistake, difference: Difference | None) -> Judgement:
    return Judgement(False, "", mistake=mistake, difference=difference)


def _words_missing_or_added(
    gw: list[str], ew: list[str], shown_g: list[str], shown_e: list[str]
) -> Judgement:
    """A word left out or one too many; several changes at once are just "another answer"."""
    changes = [op for op in SequenceMatcher(a=gw, b=ew, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(changes) == 1:
        tag, g1, g2, e1, e2 = changes[0]
        if tag == "insert":
            return _wrong(Mistake.MISSING, Difference(expected=" ".join(shown_e[e1:e2])))
        if tag == "delete":
            return _wrong(Mistake.EXTRA, Difference(given=" ".join(shown_g[g1:g2])))
    return _wrong(Mistake.WORD, None)


def judge_one(given: str, expected: str) -> Judgement:
    raw_given, raw_expected = " ".join(given.split()), " ".join(expected.split())
    g, e = normalise(given), normalise(expected)
    if not g:
        return Judgement(False, expected, mistake=Mistake.WORD)
    if g == e:
        shown = raw_given.rstrip(".!?") != raw_expected.rstrip(".!?")
        return Judgement(True, expected, spelling_shown=shown)
    gw, ew = g.split(), e.split()
    shown_g, shown_e = _shown_words(given, gw), _shown_words(expected, ew)
    if len(gw) != len(ew):
        # A word missing or added: forgive only a tiny slip in a long answer.
        if OSA.distance(g, e) <= 1 and len(e) >= 12:
            return Judgement(True, expected, spelling_shown=True)
        return _with_expected(_words_missing_or_added(gw, ew, shown_g, shown_e), expected)
    typos = False
    for index, (gword, eword) in enumerate(zip(gw, ew, strict=True)):
        if gword == eword:
            continue
        wrong = _one_word(gword, eword, shown_g[index], shown_e[index])
        if wrong is not None:
            return _with_expected(wrong, expected)
        typos = True
    return Judgement(True, expected, spelling_shown=typos)


def _with_expected(verdict: Judgement, expected: str) -> Judgement:
    return Judgement(False, expected, mistake=verdict.mistake, difference=verdict.difference)


def judge(given: str, accepted: tuple[str, ...] | list[str]) -> Judgement:
    """The best verdict over every accepted answer."""
    verdicts = [judge_one(given, answer) for answer in accepted]
    right = [v for v in verdicts if v.correct]
    if right:
        return min(right, key=lambda v: v.spelling_shown)
    normalised = normalise(given)
    return min(verdicts, key=lambda v: OSA.distance(normalised, normalise(v.expected)))
