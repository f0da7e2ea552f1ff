"""What a participant sees of a check-in in the chat: each question and its buttons."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.checkin_content import Question, QuestionKind
from bot.i18n import REFERENCE, Translator
from bot.services.checkins import OpenQuestion, Value
from ui import buttons
from ui.keyboards import button


def question_text(t: Translator, found: OpenQuestion, *, first: bool = False) -> str:
    """The question under its number ("(2/6)"), in German and the person's language; the
    first question of a check-in comes with its introduction in the same message."""
    total = len(found.questionnaire.questions)
    text = f"({found.index + 1}/{total})\n" + t.both(found.question.message_id)
    if first:
        text = t.both(f"ci-intro-{found.questionnaire.id}") + "\n\n" + text
    if found.question.kind is QuestionKind.TEXT:
        text += "\n\n" + t.both("ci-text-how")
    return text


def answered_text(t: Translator, found: OpenQuestion, value: Value | None) -> str:
    """The question as it stays in the chat once answered: the question (the first one with
    its introduction, as it was asked) and "→ the answer" instead of its buttons."""
    question = found.question
    text = f"({found.index + 1}/{len(found.questionnaire.questions)})\n" + t.both(question.message_id)
    if found.index == 0:
        text = t.both(f"ci-intro-{found.questionnaire.id}") + "\n\n" + text
    return text + "\n\n" + "\n".join("→ " + part for part in answer_parts(t, question, value))


def answer_parts(t: Translator, question: Question, value: Value | None) -> list[str]:
    """What was chosen, one line each: an emoji, an option (German · her language), the
    ticked options of a "several" question, "none of these" or "skipped"."""
    if value is None:
        return [_short_both(t, "ci-skipped")]
    if question.kind is QuestionKind.SCALE and value.score is not None:
        return [question.emoji[value.score - 1]]
    if question.kind is QuestionKind.SEVERAL and not value.choice:
        return [_short_both(t, "ci-none")]
    if value.choice:
        mark = "☑️ " if question.kind is QuestionKind.SEVERAL else ""
        return [mark + _short_both(t, question.option_id(option)) for option in value.choice]
    return [_short_both(t, "ci-skipped")]


def _short_both(t: Translator, message_id: str) -> str:
    """A word or two in German, her language after a dot."""
    german = t.de(message_id)
    return german if t.language == REFERENCE else f"{german} · {t(message_id)}"


def offer_taken(t: Translator, questionnaire: str, later: bool) -> str:
    """The check-in offer once a button under it was pressed: "→ Los geht's" below it, or
    "→ Später" with how to begin another time."""
    if later:
        return "→ " + _short_both(t, "ci-later-button") + "\n\n" + t.both("ci-later")
    return t.both(f"ci-offer-{questionnaire}") + "\n\n→ " + _short_both(t, "ci-start")


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
