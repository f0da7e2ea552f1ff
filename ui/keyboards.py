"""Inline keyboards shared by several handlers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGES, Translator
from bot.services.people import PRACTICE_TIME_CHOICES, QUIET_HOURS_CHOICES, QuietHours
from ui import buttons


def button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    """A button whose callback data is `prefix` and its arguments (ui/buttons.py)."""
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


def rows(items: list[InlineKeyboardButton], width: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([items[i : i + width] for i in range(0, len(items), width)])


def languages(available: list[str]) -> InlineKeyboardMarkup:
    return rows(
        [button(LANGUAGES[code], buttons.LANGUAGE, code) for code in available],
        width=2,
    )


def quiet_hours_range(t: Translator, choice: QuietHours) -> str:
    """ "22:00–07:00 Uhr", on a button and under the answered question alike."""
    return t("quiet-hours-range", start=choice.start.strftime("%H:%M"), end=choice.end.strftime("%H:%M"))


def quiet_hours(t: Translator) -> InlineKeyboardMarkup:
    items = []
    for key, choice in QUIET_HOURS_CHOICES.items():
        label = t.label("quiet-hours-none") if choice is None else quiet_hours_range(t, choice)
        items.append(button(label, buttons.QUIET, key))
    return rows(items, width=1)


def practice_time(t: Translator, choices: Mapping[str, time] = PRACTICE_TIME_CHOICES) -> InlineKeyboardMarkup:
    """The practice times offered (services/practice_settings: none inside quiet hours)."""
    return rows(
        [
            button(t("practice-time-value", time=moment.strftime("%H:%M")), buttons.PRACTICE, key)
            for key, moment in choices.items()
        ],
        width=2,
    )


def yes_no(t: Translator, prefix: str, yes_id: str, no_id: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(t.label(yes_id), prefix, "yes")],
            [button(t.label(no_id), prefix, "no")],
        ]
    )
