"""The persistent reply keyboard under the chat: the few things each role needs every day.

A pressed label comes back as plain text, so every label in every language is known here
(handlers/menu.py routes them). Participants see the German word with their own beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from telegram import KeyboardButton, ReplyKeyboardMarkup

from bot.i18n import REFERENCE, RLM, Catalogue, Translator

# Phones show two labels a row at about this many characters before cutting them with "…".
LABEL_LIMIT = 22

# The entries, by key: the emoji and the catalogue word. The key names the route.
ENTRIES: dict[str, tuple[str, str]] = {
    "sos": ("🆘", "menu-sos"),
    "appointments": ("📅", "menu-appointments"),
    "practice": ("📚", "menu-practice"),
    "coach": ("✉️", "menu-coach"),
    "participants": ("👥", "menu-participants"),
    "alerts": ("🔔", "menu-alerts"),
}
PARTICIPANT = ("sos", "appointments", "practice", "coach")
COACH = ("participants", "appointments", "alerts")
STAFF = COACH
MENTOR = ("participants",)


def width(label: str) -> int:
    """Characters as a phone shows them: an emoji's variation selector takes no room."""
    return len(label.replace("\ufe0f", "").replace(RLM, ""))


def label(catalogue: Catalogue, language: str, key: str) -> str:
    """ "🆘 Hilfe · مساعدة": German with the person's own word; their own alone if both are too long."""
    emoji, message_id = ENTRIES[key]
    german = catalogue.render(REFERENCE, message_id)
    if language == REFERENCE or not catalogue.supports(language):
        return f"{emoji} {german}"
    own = catalogue.render(language, message_id).lstrip(RLM)
    both = f"{emoji} {german} · {own}"
    return both if width(both) <= LABEL_LIMIT else f"{emoji} {own}"


def keyboard(t: Translator, keys: tuple[str, ...]) -> ReplyKeyboardMarkup:
    """Two labels a row; it stays under the chat (is_persistent) and fits its labels."""
    labels = [KeyboardButton(label(t.catalogue, t.language, key)) for key in keys]
    return ReplyKeyboardMarkup(
        [labels[i : i + 2] for i in range(0, len(labels), 2)],
        resize_keyboard=True,
        is_persistent=True,
    )


@cache  # the catalogue is loaded once; every pressed label looks itself up here
def labels(catalogue: Catalogue) -> Mapping[str, str]:
    """Every label any keyboard may show, in every language, with the key it stands for: a
    person who changed language may still press a label of the old keyboard."""
    found: dict[str, str] = {}
    for language in catalogue.languages:
        for key in ENTRIES:
            found[label(catalogue, language, key)] = key
    return found
