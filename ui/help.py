"""What a participant sees after "I need help" (the button to write what happened), and the
24/7 numbers shown at once when something she wrote has crisis words."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.checkin_content import HelpLine
from bot.i18n import Translator
from ui import buttons
from ui.checkin_text import help_numbers
from ui.keyboards import button


def write_markup(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t.label("help-write"), buttons.HELP, "write")]])


def crisis_numbers(t: Translator, lines: Sequence[HelpLine]) -> str:
    """The same words as the outbox's crisis message (help.numbers), shown in the chat at once."""
    return t.both("help-crisis") + "\n\n" + help_numbers(t, lines)
