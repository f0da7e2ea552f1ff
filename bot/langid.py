"""Which language a participant's free text is written in, among the deployment's languages.

A participant set to Arabic may write to her coach in German (she is learning it) or in
English; sent through the Arabic→German model, German comes out garbled and is labelled
"machine translation". `source_language` names the language a text is really in, so that
German is shown as it is and the right model translates the rest.

The statistical part is py3langid (langid.py's model, 4.5 MB, shipped inside the package,
no download), restricted to the deployment's languages it knows. It knows no Somali and no
Tigrinya, and Kurmanji only as "ku"; script and word rules fill that in:
- Ge'ez (Ethiopic) letters: Tigrinya, the only language of that script offered.
- Arabic script: Persian letters (پ چ ژ گ, Persian ی and ک) mean Farsi/Dari; ة ي ك ى without
  them mean Arabic; otherwise the model chooses between the two.
- Cyrillic: і ї є ґ mean Ukrainian, ы э ъ ё Russian; otherwise the model.
- Latin: Somali by its frequent short words (waxaan, iyo, waa, ayaa, ...), which no other
  offered language shares; the rest (German, English, Turkish, Kurmanji) by the model.
A text too short to tell (a word or two, "ok danke") or where the model is unsure gives
None, and the caller keeps the profile's language.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

# The model's code for a language that the catalogue keeps under another.
_MODEL_CODES = {"kmr": "ku"}
_FROM_MODEL = {model: ours for ours, model in _MODEL_CODES.items()}
# Languages the model does not know: found by the rules only.
_RULE_ONLY = frozenset({"so", "ti"})

# The candidates the model chooses among, by the script a text is written in.
_LATIN = ("de", "en", "tr", "kmr")
_ARABIC = ("ar", "fa")
_CYRILLIC = ("uk", "ru")

MIN_LETTERS = 12  # fewer letters than this: too short to tell
MIN_WORDS = 3
CONFIDENCE = 0.9  # the model's normalised probability needed to go against the profile

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_PERSIAN_LETTERS = frozenset("پچژگیک")
_ARABIC_ONLY_LETTERS = frozenset("ةيكى")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_RUSSIAN_LETTERS = frozenset("ыэъё")

# Somali's most frequent short words; none is a word of German, English, Turkish or Kurmanji
# used often enough to tip a sentence (two of them are needed, and a quarter of the words).
_SOMALI = """
    waxaan waxaa waxay waxuu waxaad waxaynu waxan waan waa wuu ayaa ayuu ayay ayaan
    iyo oo aan maxaa maxay sidee xaggee goorma halkee hadda maanta berri shalay
    kuma kama lama uma baan ahay tahay yahay nahay tihiin yihiin ahayn jiro jira
    aniga adiga isaga iyada annaga idinka iyaga igu iga ila waxba maya mahadsanid
    fadlan caawimaad caawi rabaa rabo karaa karo kari dhakhtar xanuunsan shaqo guriga
    lacag carruurta ilmaha hooyo aabe walaal ayna aanan sababtoo sababta laakiin haddii
"""
SOMALI_WORDS = frozenset(_SOMALI.split())
_SOMALI_MIN_HITS = 2
_SOMALI_SHARE = 0.25


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float  # 1.0 for a script or word rule
    by: str  # "script", "letters", "words" or "model"


def _script(char: str) -> str | None:
    code = ord(char)
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return "ethiopic"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
        return "latin"
    return "other" if char.isalpha() else None


@cache
def _full_model() -> Any:
    """py3langid's model, read once (decompressing it takes a second or more: `warm_up`)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier(languages: frozenset[str]) -> Any:
    """The model restricted to `languages` (their model codes): a shallow copy whose
    set_languages slices the shared arrays, so the model is read only once."""
    identifier = copy.copy(_full_model())
    identifier.set_languages(sorted(languages))
    return identifier


def warm_up(candidates: Collection[str]) -> None:
    """Read the model and make the restricted ones for `candidates`, so that the first
    participant's message does not wait for it (the bot runs this off the event loop at start)."""
    for group in (_LATIN, _ARABIC, _CYRILLIC):
        codes = frozenset(_MODEL_CODES.get(c, c) for c in candidates if c in group)
        if len(codes) > 1:
            _identifier(codes)


def _model(text: str, candidates: Collection[str]) -> Detection | None:
    codes = frozenset(_MODEL_CODES.get(c, c) for c in candidates if c not in _RULE_ONLY)
    if not codes:
        return None
    if len(codes) == 1:
        (only,) = codes
        return Detection(_FROM_MODEL.get(only, only), 1.0, "model")
    found, probability = _identifier(codes).classify(text)
    return Detection(_FROM_MODEL.get(found, found), float(probability), "model")


def detect(text: str, candidates: Collection[str]) -> Detection | None:
    """The language of `text` among `candidates` (catalogue codes), or None when the text is
    too short or too unclear to tell."""
    text = unicodedata.normalize("NFC", _URL.sub(" ", text))
    words = _WORD.findall(text)
    letters = [char for word in words for char in word]
    if len(letters) < MIN_LETTERS:
        return None
    counts: dict[str, int] = {}
    for char in letters:
        script = _script(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    main = max(counts, key=lambda s: counts[s])
    present = set(letters)
    if main == "ethiopic":
        return Detection("ti", 1.0, "script") if "ti" in candidates else None
    if main == "arabic":
        if present & _PERSIAN_LETTERS and "fa" in candidates:
            return Detection("fa", 1.0, "letters")
        if present & _ARABIC_ONLY_LETTERS and "ar" in candidates:
            return Detection("ar", 1.0, "letters")
        return _model(text, [c for c in candidates if c in _ARABIC])
    if main == "cyrillic":
        if present & _UKRAINIAN_LETTERS and "uk" in candidates:
            return Detection("uk", 1.0, "letters")
        if present & _RUSSIAN_LETTERS and "ru" in candidates:
            return Detection("ru", 1.0, "letters")
        return _model(text, [c for c in candidates if c in _CYRILLIC])
    if main != "latin" or len(words) < MIN_WORDS:
        return None
    lowered = [word.casefold() for word in words]
    somali = sum(word in SOMALI_WORDS for word in lowered)
    if "so" in candidates and somali >= _SOMALI_MIN_HITS and somali >= _SOMALI_SHARE * len(lowered):
        return Detection("so", 1.0, "words")
    return _model(text, [c for c in candidates if c in _LATIN])


def source_language(text: str, profile: str, candidates: Collection[str]) -> str:
    """The language to translate `text` from: the detected one when the detector is sure,
    else the participant's profile language, unless her language is not written in Latin
    letters and the text is: a short "hallo Jonas" or "ok danke" from an Arabic profile is
    German (or a name), and ar→de would show her coach a "translation" identical to it.
    Arabic or Persian written in Latin letters with digits for sounds ("ana ta3bana") stays hers."""
    found = detect(text, candidates)
    if found is not None and found.confidence >= CONFIDENCE:
        return found.language
    arabizi = profile in _ARABIC and _ARABIZI.search(text)
    if profile in _NOT_LATIN and "de" in candidates and _only_latin(text) and not arabizi:
        return "de"
    return profile


_NOT_LATIN = frozenset({*_ARABIC, *_CYRILLIC, "ti"})
# A Latin word with a digit standing for a sound (3 ع, 7 ح, 2 ء, 5 خ, 6 ط, 9 ق): Arabizi.
_ARABIZI = re.compile(r"(?<!\w)[a-zA-Z]*[235679][a-zA-Z]+|[a-zA-Z]+[235679](?!\w)")


def _only_latin(text: str) -> bool:
    """Letters, and every one of them Latin (links and addresses left out)."""
    scripts = {_script(char) for char in _URL.sub(" ", text)} - {None}
    return scripts == {"latin"}
