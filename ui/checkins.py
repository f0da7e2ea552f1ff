"""What a participant sees of a check-in in the chat: each question and its buttons."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.checkin_content import Question, QuestionKind
from bot.i18n import Translator
from bot.services.checkins import OpenQuestion, Value
from ui import buttons, html
from ui.keyboards import button


def question_text(t: Translator, found: OpenQuestion, *, first: bool = False) -> str:
    """The question under its number ("(2/6)"), in German and the person's language; the
    first question of a check-in comes with its introduction in the same message."""
    text = _asked(t, found, intro=first)
    if found.question.kind is QuestionKind.TEXT:
        text += "\n\n" + html.both(t, "ci-text-how", gap="\n\n")
    return text


def _asked(t: Translator, found: OpenQuestion, *, intro: bool) -> str:
    """Telegram HTML: the number, the question in bold (German, then her language), and for
    the first question the introduction above it."""
    total = len(found.questionnaire.questions)
    text = f"({found.index + 1}/{total})\n" + html.bold_both(t, found.question.message_id)
    if intro:
        text = html.both(t, f"ci-intro-{found.questionnaire.id}", gap="\n\n") + "\n\n" + text
    return text


def answered_text(t: Translator, found: OpenQuestion, value: Value | None) -> str:
    """The question as it stays in the chat once answered: the question (the first one with
    its introduction, as it was asked) and "→ the answer" instead of its buttons."""
    text = _asked(t, found, intro=found.index == 0)
    return text + "\n\n" + "\n".join("→ " + escape(part) for part in answer_parts(t, found.question, value))


def answer_parts(t: Translator, question: Question, value: Value | None) -> list[str]:
    """What was chosen, one line each: an emoji, an option (German · her language), the
    ticked options of a "several" question, "none of these" or "skipped"."""
    if value is None:
        return [t.inline("ci-skipped")]
    if question.kind is QuestionKind.SCALE and value.score is not None:
        return [question.emoji[value.score - 1]]
    if question.kind is QuestionKind.SEVERAL and not value.choice:
        return [t.inline("ci-none")]
    if value.choice:
        mark = "☑️ " if question.kind is QuestionKind.SEVERAL else ""
        return [mark + t.inline(question.option_id(option)) for option in value.choice]
    return [t.inline("ci-skipped")]


def offer_taken(t: Translator, questionnaire: str, later: bool) -> str:
    """The check-in offer once a button under it was pressed: "→ Los geht's" below it, or
    "→ Später" with how to begin another time."""
    if later:
        return "→ " + t.inline("ci-later-button") + "\n\n" + t.both("ci-later")
    return t.both(f"ci-offer-{questionnaire}") + "\n\n→ " + t.inline("ci-start")


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
