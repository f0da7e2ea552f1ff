"""Relayed messages: what a coach sees after writing to a participant (sent, and with which
translation), and what a participant sees when she writes to her coach."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.mt import MachineTranslation
from bot.services.relay import Draft
from ui import buttons
from ui.keyboards import button


def sent_text(t: Translator, draft: Draft, translation: MachineTranslation | None) -> str:
    name = draft.recipient.name or t("someone")
    if translation is not None:
        return t("relay-sent-translated", name=name) + "\n\n«" + translation.text + "»"
    if draft.source_language != draft.target_language:
        return t("relay-sent-untranslated", name=name)
    return t("relay-sent", name=name)


# -- a participant writes to her coach -----------------------------------------------------------
# `name` is her coach's name, or None when her messages go to the team (staff on duty).


def write_ask(t: Translator, name: str | None) -> str:
    return t.both("talk-write-ask", name=name) if name else t.both("talk-write-ask-team")


def ask_text(t: Translator, name: str | None) -> str:
    return t.both("talk-ask", name=name) if name else t.both("talk-ask-team")


def ask_markup(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(t.label("talk-yes"), buttons.TALK, "yes")],
            [button(t.label("talk-no"), buttons.TALK, "no")],
        ]
    )


def send_anyway_markup(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t.label("talk-send-anyway"), buttons.TALK, "yes")]])


def answered(t: Translator, question: str | None, yes: bool) -> str:
    """The question she answered (as shown), edited to show her answer below it."""
    answer = "→ " + t.label("talk-yes" if yes else "talk-no")
    return f"{question}\n\n{answer}" if question else answer


def sent_to_coach(t: Translator, name: str | None) -> str:
    return t.both("talk-sent", name=name) if name else t.both("talk-sent-team")
