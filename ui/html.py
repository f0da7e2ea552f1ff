"""Telegram HTML for catalogue messages: the one thing that matters in a message in bold
(the question, the right answer, the time), everything else escaped.

A catalogue's own text is escaped after rendering, and the arguments that are HTML already
are put in afterwards, so nothing done while rendering (the right-to-left mark before every
"/" in Arabic and Farsi text) can touch a tag.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from bot.i18n import REFERENCE, Translator


def bold(text: str) -> str:
    """Content or typed text, escaped, in bold."""
    return f"<b>{escape(text)}</b>"


def catalogue(render: Callable[..., str], message_id: str, **args: str | int) -> str:
    """A catalogue message as Telegram HTML; string arguments must be HTML already."""
    marks = {f"\ue000{index}\ue001": value for index, value in enumerate(args.values())}
    plain = {
        name: mark if isinstance(value, str) else value
        for (name, value), mark in zip(args.items(), marks, strict=True)
    }
    text = escape(render(message_id, **plain))
    for mark, value in marks.items():
        if isinstance(value, str):
            text = text.replace(mark, value)
    return text


def both(t: Translator, message_id: str, *, gap: str = "\n", **args: str | int) -> str:
    """German first, her language below, as Telegram HTML (`gap` between the two)."""
    german = catalogue(t.de, message_id, **args)
    return german if t.language == REFERENCE else f"{german}{gap}{catalogue(t, message_id, **args)}"


def bold_both(t: Translator, message_id: str, *, gap: str = "\n\n") -> str:
    """A question in bold, German first and her language below."""
    german = f"<b>{catalogue(t.de, message_id)}</b>"
    if t.language == REFERENCE:
        return german
    return f"{german}{gap}<b>{catalogue(t, message_id)}</b>"
