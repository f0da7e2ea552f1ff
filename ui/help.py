"""What a participant sees after "I need help": the button to write what happened."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from ui import buttons
from ui.keyboards import button


def write_markup(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t.label("help-write"), buttons.HELP, "write")]])
