"""What a participant sees after "I need help": the button to write what happened."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from ui import buttons


def write_markup(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t.label("help-write"), callback_data=buttons.encode(buttons.HELP, "write"))]]
    )
