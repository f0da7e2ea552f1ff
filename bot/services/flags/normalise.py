"""One canonical spelling for texts and keyword terms alike: case, diacritics, letter forms, scripts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

SCRIPTS = ("latin", "arabic", "cyrillic", "ethiopic")

_SCRIPT_CHARS = {
    "latin": re.compile(r"[a-z]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "ethiopic": re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]"),  # Ge'ez: Tigrinya
}
_NON_WORD = re.compile(r"[\W_]+")
_CYRILLIC_WORD = re.compile(r"\w*[\u0400-\u04ff]\w*")
_MIXED = re.compile(r"[\u0400-\u04ff][a-z]|[a-z][\u0400-\u04ff]")  # a word with both scripts
_LATIN_LOOKALIKES = str.maketrans("aceiopxy", "асеіорху")


def _geez_rows(pairs: dict[int, int], length: int = 7) -> dict[str, str]:
    """Ge'ez syllables of one consonant row written as another (the same vowel order)."""
    return {chr(a + i): chr(b + i) for a, b in pairs.items() for i in range(length)}


# Ge'ez letters that Tigrinya writers use either way: the homophones ሠ/ሰ, ፀ/ጸ, ኀ/ሐ, the
# spirants ቐ/ቀ and ኸ/ከ (one sound family, spelled by position and habit: ክቐትል, ክቀትል), and
# the labialised first order for the seventh (ጐዲአ/ጎዲአ, ቈሪጸ/ቆሪጸ). ኣ/ዓ and ሀ/ሐ stay
# apart: they are different sounds.
_GEEZ = _geez_rows({0x1220: 0x1230, 0x1340: 0x1338, 0x1280: 0x1210, 0x1250: 0x1240, 0x12B8: 0x12A8}) | {
    "\u1347": "\u133f",  # ፇ ጿ
    "\u1258": "\u1246",  # ቘ ቆ
    "\u1248": "\u1246",  # ቈ ቆ
    "\u12c0": "\u12ae",  # ዀ ኮ
    "\u12b0": "\u12ae",  # ኰ ኮ
    "\u1310": "\u130e",  # ጐ ጎ
    "\u1288": "\u1216",  # ኈ ሖ
}

# Letters written either way (Arabic and Persian forms, Turkish dotless i, Ukrainian є/ґ as
# typed on a Russian keyboard, Ge'ez above); ZWNJ joins Persian word parts, which terms accept
# apart too.
_SWAPS = str.maketrans(
    {"\u200b": " ", "\u200c": " ", "ٱ": "ا", "ة": "ه", "ە": "ه", "ہ": "ه", "ى": "ي", "ی": "ي", "ک": "ك"}
    | {"ı": "i", "є": "е", "ґ": "г"}
    | _GEEZ
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
    hamza on the line, ة=ه, ى/ی=ي, ک=ك, Ge'ez ሠ=ሰ ፀ=ጸ ኀ=ሐ ቐ=ቀ ኸ=ከ ጐ=ጎ ቈ=ቆ, no apostrophes,
    Latin look-alikes inside Cyrillic words made Cyrillic, any run of punctuation, emoji,
    spaces or direction marks one space.
    German also folds ae/oe/ue to a/o/u, so "Schläge", "Schlaege" and "Schlage" are one word.
    """
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    folded = _dropped().sub("", folded).translate(_SWAPS)
    if _MIXED.search(folded):
        folded = _CYRILLIC_WORD.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), folded)
    folded = _NON_WORD.sub(" ", folded).strip()
    return german(folded) if language == "de" else folded


def german(normalized: str) -> str:
    """A normalised text in German spelling: ae/oe/ue folded to a/o/u."""
    return normalized.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def scripts_of(normalized: str) -> set[str]:
    """Which of SCRIPTS a normalised text has letters of."""
    return {name for name, chars in _SCRIPT_CHARS.items() if chars.search(normalized)}
