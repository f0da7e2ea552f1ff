"""What a participant sees of a check-in in the chat: each question and its buttons."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.checkin_content import Question, QuestionKind
from bot.i18n import Translator
from bot.services.checkins import OpenQuestion
from ui import buttons
from ui.keyboards import button


def question_text(t: Translator, found: OpenQuestion) -> str:
    """The question under its number ("(2/6)"), in German and the person's language."""
    total = len(found.questionnaire.questions)
    text = f"({found.index + 1}/{total})\n" + t.both(found.question.message_id)
    if found.question.kind is QuestionKind.TEXT:
        text += "\n\n" + t.both("ci-text-how")
    return text


def question_markup(
    t: Translator, checkin_id: int, index: int, question: Question, selected: list[str]
) -> InlineKeyboardMarkup:
    rows: list[list[InlineKeyboardButton]] = []
    if question.kind is QuestionKind.SCALE:
        rows.append(
            [
                button(emoji, buttons.CHECKIN, "a", checkin_id, index, step)
                for step, emoji in enumerate(question.emoji, start=1)
            ]
        )
    elif question.kind is QuestionKind.CHOICE:
        rows += [
            [button(t.label(question.option_id(o)), buttons.CHECKIN, "a", checkin_id, index, o)]
            for o in question.options
        ]
    elif question.kind is QuestionKind.SEVERAL:
        rows += [
            [
                button(
                    ("☑️ " if o in selected else "▫️ ") + t.label(question.option_id(o)),
                    buttons.CHECKIN,
                    "a",
                    checkin_id,
                    index,
                    o,
                )
            ]
            for o in question.options
        ]
        done = "ci-done" if selected else "ci-none"
        rows.append([button(t.label(done), buttons.CHECKIN, "done", checkin_id, index)])
    rows.append([button(t.label("ci-skip"), buttons.CHECKIN, "skip", checkin_id, index)])
    return InlineKeyboardMarkup(rows)
