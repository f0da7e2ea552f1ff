"""Relayed messages: what a coach sees after writing to a participant (sent, and with which
translation), and what a participant sees when she writes to her coach."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup

from bot.i18n import LANGUAGES, REFERENCE, Translator
from bot.mt import MachineTranslation
from bot.services.relay import COACH_LANGUAGE, Draft, Recipient
from ui import buttons
from ui.keyboards import button


def coach_ask(t: Translator, recipient: Recipient, translated: bool) -> str:
    """What a coach reads before writing: German, and whether a translation will come with it
    (`translated`: a model for German into her language is installed)."""
    name = recipient.name or t("someone")
    if recipient.language == COACH_LANGUAGE:
        return t("truth-relay-ask-german", name=name)
    language = LANGUAGES.get(recipient.language, recipient.language)
    return t("relay-ask" if translated else "truth-relay-ask-untranslated", name=name, language=language)


def sent_text(t: Translator, draft: Draft, translation: MachineTranslation | None, installed: bool) -> str:
    """`installed`: a model for the pair is installed (so a missing translation failed)."""
    name = draft.recipient.name or t("someone")
    if translation is not None:
        return t("relay-sent-translated", name=name) + "\n\n«" + translation.text + "»"
    if draft.source_language != draft.target_language:
        return t("truth-relay-sent-failed" if installed else "relay-sent-untranslated", name=name)
    return t("relay-sent", name=name)


# -- a participant writes to her coach -----------------------------------------------------------
# `name` is her coach's name, or None when her messages go to the team (staff on duty).


@dataclass(frozen=True)
class Delivery:
    """Where what she writes goes and whether it arrives translated into German."""

    name: str | None  # her coach's name; None: the team (staff on duty)
    translated: bool | None  # a model from her language into German; None: she writes German


def write_ask(t: Translator, delivery: Delivery) -> str:
    if delivery.name:
        return with_note(t, delivery, "talk-write-ask", name=delivery.name)
    return with_note(t, delivery, "talk-write-ask-team")


def with_note(t: Translator, delivery: Delivery, message_id: str, **args: str) -> str:
    """A request to write (German, then her language) followed, in each language, by the
    sentence that says truthfully whether her coach or the team gets it translated."""
    if delivery.translated is None:
        return t.both(message_id, **args)
    if delivery.name:
        note = "truth-note-translated" if delivery.translated else "truth-note-untranslated"
    else:
        note = "truth-note-translated-team" if delivery.translated else "truth-note-untranslated-team"
    note_args = {"name": delivery.name} if delivery.name else {}

    def one(render: Callable[..., str]) -> str:
        return render(message_id, **args) + " " + render(note, **note_args)

    german = one(t.de)
    return german if t.language == REFERENCE else f"{german}\n\n{one(t)}"


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
