"""Text from outside (Telegram updates, CSV files, the command line): made safe to store, or refused.

PostgreSQL's text cannot hold U+0000, and a lone surrogate cannot even be encoded as UTF-8;
other control characters only hide what a text says. `clean` removes them (keeping line
breaks and tabs), writes every line break as "\\n", normalises to NFC (so the same word is
the same string wherever it came from) and cuts the text at a length fit for its kind.
Handlers get every Telegram update cleaned in one place (handlers/turn.py); the CSV import
and the command line refuse such text instead (`text_problem`), since there a person can fix
the file and try again.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from telegram import TelegramObject

# Telegram's own limits (a longer value cannot come from Telegram, only from a forged update).
MAX_NAME = 64  # first_name, last_name, username
MAX_MESSAGE = 4096  # a message's text
MAX_CAPTION = 1024
MAX_OTHER = 4096  # any other string of an update (titles, file names, button data...)

# What limits each string of an update, by its key in the Bot API's JSON.
_UPDATE_LIMITS = {
    "first_name": MAX_NAME,
    "last_name": MAX_NAME,
    "username": MAX_NAME,
    "text": MAX_MESSAGE,
    "caption": MAX_CAPTION,
}

_KEPT_CONTROLS = frozenset("\n\t")
# What `clean` removes: the control characters (Unicode category Cc, which is exactly
# U+0000-U+001F and U+007F-U+009F) but newline and tab, and lone surrogates (Cs, U+D800-U+DFFF:
# no UTF-8 for them). tests/unit/test_update_is_clean.py checks this against every code point.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str, limit: int = MAX_OTHER) -> str:
    """`text` without NUL, other control characters (newline and tab stay) and lone
    surrogates, NFC-normalised, at most `limit` characters. Format characters such as the
    zero-width non-joiner of Persian script and the joiners of emoji stay."""
    text = _DROPPED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text)[:limit]


def is_clean(text: str, limit: int = MAX_OTHER) -> bool:
    """Whether `clean(text, limit)` would return `text` unchanged, without building a new
    string: within its limit, no carriage return, nothing `clean` removes, NFC already."""
    return (
        len(text) <= limit
        and "\r" not in text
        and _DROPPED.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    )


def update_is_clean(value: Any, key: str = "") -> bool:
    """Whether every string in a Telegram object (an Update) is clean already, so that
    `clean_json(value.to_dict())` would change nothing. It walks the objects' attributes
    instead of converting the update to JSON first (most updates are clean: that conversion
    was most of the cost of cleaning one). The attribute names are the Bot API's keys, which
    say the limits; `api_kwargs` holds what the library does not know, under its keys."""
    if isinstance(value, str):
        return is_clean(value, _UPDATE_LIMITS.get(key, MAX_OTHER))
    if isinstance(value, TelegramObject):
        names, read = _attributes(type(value))
        for name, item in zip(names, read(value), strict=True):
            if item is not None and not update_is_clean(item, name):
                return False
        return True
    if isinstance(value, list | tuple):
        return all(update_is_clean(item, key) for item in value)
    if value and isinstance(value, Mapping):  # api_kwargs, mostly empty
        return all(update_is_clean(item, name) for name, item in value.items())
    return True  # numbers, booleans, dates


_Reader = tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]
_ATTRIBUTES: dict[type, _Reader] = {}


def _attributes(cls: type) -> _Reader:
    """The public attributes of a Telegram object's class (its slots, through its bases), and
    a function that reads them all at once; worked out once per class."""
    known = _ATTRIBUTES.get(cls)
    if known is None:
        slots = (name for klass in cls.__mro__[:-1] for name in getattr(klass, "__slots__", ()))
        names = tuple(dict.fromkeys(name for name in slots if not name.startswith("_")))
        getter = operator.attrgetter(*names)
        known = _ATTRIBUTES[cls] = (names, getter if len(names) > 1 else lambda value: (getter(value),))
    return known


def clean_json(value: Any, key: str = "") -> Any:
    """Every string in a JSON-like value cleaned (limited by the key it stands under)."""
    if isinstance(value, str):
        return clean(value, _UPDATE_LIMITS.get(key, MAX_OTHER))
    if isinstance(value, dict):
        return {name: clean_json(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [clean_json(item, key) for item in value]
    return value


def text_problem(name: str, value: str, limit: int, *, multiline: bool) -> str | None:
    """Why `value` cannot be stored as it is: too long, or characters that are no text (NUL
    breaks PostgreSQL; a place is one line). None if it can."""
    if len(value) > limit:
        return f"{name} is {len(value)} characters long (at most {limit})"
    if _DROPPED.search(value) or (not multiline and any(char in _KEPT_CONTROLS for char in value)):
        return f"{name} contains control characters" + ("" if multiline else " or line breaks")
    return None
