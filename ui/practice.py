"""German practice as people see it: an item with its buttons, feedback, topics, levels, progress."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.decks import LEVELS, Decks, Item, Kind
from bot.i18n import Translator, directional
from bot.models import Person
from bot.services.dose import Feedback, Finished, OnScreen, Outcome
from bot.services.judge import Mistake
from bot.services.practice import Progress
from ui import buttons, keyboards
from ui.keyboards import button

TIPS = {
    Mistake.ARTICLE: "practice-tip-article",
    Mistake.ENDING: "practice-tip-ending",
    Mistake.WORD: "practice-tip-word",
}


def gloss_of(item: Item, language: str) -> str:
    return item.gloss.get(language) or item.gloss["en"]


def gloss_text(t: Translator, item: Item) -> str:
    """What the item means, in the reader's language and writing direction."""
    return directional(gloss_of(item, t.language), t.language)


def item_view(t: Translator, shown: OnScreen) -> tuple[str, InlineKeyboardMarkup]:
    """The item's text and buttons; each button carries the item's position in the dose."""
    item, pos = shown.item, shown.position
    extra = [button(t.label("practice-show-gloss"), buttons.PRACTICE_GLOSS, pos)]
    if item.kind is Kind.CARD:
        text = (
            t.de("practice-card", word=item.de, example=item.example)
            if item.example
            else t.de("practice-card-plain", word=item.de)
        )
        rows = [
            [
                button(t.label("practice-known"), buttons.PRACTICE_CARD, pos, 1),
                button(t.label("practice-unknown"), buttons.PRACTICE_CARD, pos, 0),
            ],
            extra,
        ]
    elif item.kind is Kind.CHOICE:
        text = f"{item.prompt}\n\n{t.both('practice-choice')}"
        rows = [
            [button(option, buttons.PRACTICE_CHOICE, pos, index)] for index, option in enumerate(item.options)
        ]
        rows.append(extra)
    else:
        if item.kind is Kind.GAP:
            text = f"{t.both('practice-gap')}\n\n{item.de}"
            if item.hint:
                extra.append(button(t.label("practice-hint"), buttons.PRACTICE_HINT, pos))
        elif item.kind is Kind.REPLY:
            text = f"{t.both('practice-reply')}\n\n„{item.line}“"
        else:  # say: what to express is shown in the person's own language
            text = f"{t.both('practice-say')}\n\n{gloss_text(t, item)}"
            extra = []
        extra.append(button(t.label("practice-skip"), buttons.PRACTICE_SKIP, pos))
        rows = [extra]
    return text, InlineKeyboardMarkup(rows)


def feedback_text(t: Translator, feedback: Feedback) -> str:
    if feedback.outcome is Outcome.KNOWN:
        return t.both("practice-card-known")
    if feedback.outcome is Outcome.AGAIN:
        return t.both("practice-card-again")
    if feedback.outcome is Outcome.RIGHT_SPELLING:
        return t.both("practice-right-spelling", expected=feedback.expected)
    if feedback.outcome is Outcome.RIGHT:
        return t.both("practice-right")
    wrong = t.both("practice-wrong", expected=feedback.expected)
    if feedback.mistake is None:
        return wrong
    return f"{wrong}\n\n{t.both(TIPS.get(feedback.mistake, 'practice-tip-word'))}"


def finished_text(t: Translator, finished: Finished) -> str:
    if finished.placement:
        return t.both("practice-placed", level=finished.level)
    return t.both("practice-done", right=finished.right, total=finished.total, streak=finished.streak)


def own_levels(t: Translator, level: str | None) -> tuple[str, InlineKeyboardMarkup]:
    choices = [button(choice, buttons.PRACTICE_LEVEL, choice) for choice in LEVELS]
    text = t.both("practice-level-ask", level=level or t("practice-level-open"))
    return text, keyboards.rows(choices, width=3)


def whose_level(participants: Sequence[Person]) -> InlineKeyboardMarkup:
    """Coaches and staff first choose whose level to set: prl:p:<participant>."""
    choices = [button(p.display_name or f"#{p.id}", buttons.PRACTICE_LEVEL, "p", p.id) for p in participants]
    return keyboards.rows(choices, width=2)


def levels_of(
    t: Translator, participant_id: int, name: str, level: str | None
) -> tuple[str, InlineKeyboardMarkup]:
    """A participant's level with the levels to set: prl:s:<participant>:<level>."""
    choices = [button(choice, buttons.PRACTICE_LEVEL, "s", participant_id, choice) for choice in LEVELS]
    text = t("practice-level-of", name=name, level=level or t("practice-level-open"))
    return text, keyboards.rows(choices, width=3)


def topics_keyboard(t: Translator, decks: Decks, chosen: list[str]) -> InlineKeyboardMarkup:
    rows = []
    for topic in decks.topics:
        title = decks.decks[topic].title
        mark = "✓ " if topic in chosen else ""
        label = directional(title.get(t.language, title.get("de", topic)), t.language)
        rows.append(button(mark + label, buttons.PRACTICE_TOPIC, topic))
    markup = keyboards.rows(rows, width=2)
    all_mark = "✓ " if not chosen else ""
    return InlineKeyboardMarkup(
        [
            *markup.inline_keyboard,
            [button(all_mark + t.label("practice-topics-all"), buttons.PRACTICE_TOPIC, "all")],
            [button(t.label("practice-topics-done"), buttons.PRACTICE_TOPIC, "done")],
        ]
    )


def progress_text(t: Translator, p: Progress) -> str:
    return t.both(
        "practice-progress",
        streak=p.streak,
        best=p.best_streak,
        learned=p.learned,
        due=p.due,
        right=p.week_correct,
        total=p.week_reviews,
        level=p.level or t("practice-level-open"),
    )
