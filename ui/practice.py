"""German practice as people see it: an item with its buttons, feedback, topics, levels, progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.decks import LEVELS, Decks, Item, Kind
from bot.i18n import REFERENCE, Translator, directional
from bot.models import Person
from bot.services.dose import Answered, Feedback, Finished, OnScreen, Outcome
from bot.services.hints import Hint, hint_of
from bot.services.judge import Difference, Mistake
from bot.services.practice import Progress
from ui import buttons, html, keyboards
from ui.html import bold
from ui.keyboards import button

LABEL_LIMIT = 24  # a longer button label gets a row of its own
PARAGRAPH = "\n\n"


def quoted(text: str) -> str:
    return f"„{escape(text)}“"


def gloss_of(item: Item, language: str) -> str:
    return item.gloss.get(language) or item.gloss["en"]


def gloss_text(t: Translator, item: Item) -> str:
    """What the item means, in the reader's language and writing direction."""
    return directional(gloss_of(item, t.language), t.language)


def item_text(t: Translator, shown: OnScreen) -> str:
    """The item as Telegram HTML: its number in the dose, the task, the German in bold, and
    below it the meaning and the hint where they were asked for."""
    item = shown.item
    if item.kind is Kind.CARD:
        text = (
            html.catalogue(t.de, "practice-card", word=bold(item.de), example=escape(item.example))
            if item.example
            else html.catalogue(t.de, "practice-card-plain", word=bold(item.de))
        )
    elif item.kind is Kind.CHOICE:
        text = f"{bold(item.prompt)}\n\n{html.both(t, 'practice-choice', gap=PARAGRAPH)}"
    elif item.kind is Kind.GAP:
        text = f"{html.both(t, 'practice-gap', gap=PARAGRAPH)}\n\n{bold(item.de)}"
    elif item.kind is Kind.REPLY:
        text = f"{html.both(t, 'practice-reply', gap=PARAGRAPH)}\n\n{bold('„' + item.line + '“')}"
    else:  # say: what to express is shown in the person's own language
        text = f"{html.both(t, 'practice-say', gap=PARAGRAPH)}\n\n{bold(gloss_text(t, item))}"
    text = f"({shown.number}/{shown.total}) {text}"
    if shown.glossed and item.kind is not Kind.SAY:
        text += f"\n\n🌐 {escape(gloss_text(t, item))}"
    hint = hint_of(item) if shown.hinted else None
    if hint is not None:
        text += f"\n\n💡 {hint_text(t, hint)}"
    return text


def hint_text(t: Translator, hint: Hint) -> str:
    """The deck's own hint (German, as written), or the answer's first letter and length,
    German and her language (HTML)."""
    if hint.text:
        return escape(hint.text)
    if hint.words > 1:
        return html.both(t, "truth-practice-hint-words", first=escape(hint.first), words=hint.words)
    return html.both(t, "truth-practice-hint-letters", first=escape(hint.first), letters=hint.letters)


def item_view(t: Translator, shown: OnScreen) -> tuple[str, InlineKeyboardMarkup]:
    """The item's text (HTML) and buttons; each button carries the item's position in the dose.
    The meaning and hint buttons go once what they show is shown."""
    item, pos = shown.item, shown.position
    extra = []
    if not shown.glossed and item.kind is not Kind.SAY:
        extra.append(button(t.label("practice-show-gloss"), buttons.PRACTICE_GLOSS, pos))
    if item.kind is Kind.CARD:
        rows = [
            [
                button(t.label("practice-known"), buttons.PRACTICE_CARD, pos, 1),
                button(t.label("practice-unknown"), buttons.PRACTICE_CARD, pos, 0),
            ],
        ]
    elif item.kind is Kind.CHOICE:
        rows = [
            [button(option, buttons.PRACTICE_CHOICE, pos, index)] for index, option in enumerate(item.options)
        ]
    else:
        if hint_of(item) is not None and not shown.hinted:
            extra.append(button(t.label("practice-hint"), buttons.PRACTICE_HINT, pos))
        extra.append(button(t.label("practice-skip"), buttons.PRACTICE_SKIP, pos))
        rows = []
    return item_text(t, shown), InlineKeyboardMarkup([*rows, *side_by_side(extra)])


def not_an_answer_view(t: Translator, coach: str | None) -> tuple[str, InlineKeyboardMarkup]:
    """What she typed is none of the answers: tap one; or, if it was for her coach, one tap sends it."""
    label = t.label("practice-typed-send", name=coach) if coach else t.label("practice-typed-send-team")
    return t.both("practice-choice"), InlineKeyboardMarkup([[button(label, buttons.PRACTICE_TO_COACH)]])


def side_by_side(row: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    """Short buttons in one row, long ones (or three bilingual ones) one under another:
    Telegram cuts long labels with "…"."""
    if not row:
        return []
    if len(row) <= 2 and all(len(b.text) <= LABEL_LIMIT for b in row):
        return [row]
    return [[b] for b in row]


def answered_text(t: Translator, answered: Answered) -> str:
    """The answered item with the verdict and the correct form under it (HTML)."""
    return f"{item_text(t, answered.item)}\n\n{verdict_text(t, answered.feedback)}"


def verdict_text(t: Translator, feedback: Feedback) -> str:
    expected = bold(feedback.expected)
    if feedback.outcome is Outcome.KNOWN:
        return "✅ " + html.both(t, "practice-card-known")
    if feedback.outcome is Outcome.AGAIN:
        return "🔁 " + html.both(t, "practice-card-again")
    if feedback.outcome is Outcome.RIGHT_SPELLING:
        return "✅ " + html.both(t, "practice-right-spelling", expected=expected)
    if feedback.outcome is Outcome.RIGHT:
        return "✅ " + html.both(t, "practice-right-is", expected=expected)
    wrong = "❌ " + html.both(t, "practice-wrong", expected=expected)
    if feedback.chosen is not None:  # the option she pressed stays visible above the verdict
        wrong = f"→ {quoted(feedback.chosen)}\n{wrong}"
    difference = difference_text(t, feedback.mistake, feedback.difference)
    return f"{wrong}\n{difference}" if difference else wrong


def difference_text(t: Translator, mistake: Mistake | None, d: Difference | None) -> str | None:
    """What differs, said specifically (HTML): the article, the prefix, the ending, the word."""
    if mistake is None or d is None:
        return None
    given, expected = quoted(d.given), bold(d.expected)
    if mistake is Mistake.ARTICLE:
        return html.both(t, "practice-diff-article", given=given, expected=expected)
    if mistake is Mistake.PREFIX:
        if not d.given_prefix:
            return html.both(
                t, "practice-diff-prefix-missing", prefix=bold(d.expected_prefix), expected=expected
            )
        if not d.expected_prefix:
            return html.both(
                t, "practice-diff-prefix-extra", prefix=quoted(d.given_prefix), expected=expected
            )
        return html.both(
            t,
            "practice-diff-prefix-other",
            prefix=bold(d.expected_prefix),
            given=quoted(d.given_prefix),
            expected=expected,
        )
    if mistake is Mistake.ENDING:
        return html.both(t, "practice-diff-ending", given=given, expected=expected)
    if mistake is Mistake.MISSING:
        return html.both(t, "practice-diff-missing", missing=expected)
    if mistake is Mistake.EXTRA:
        return html.both(t, "practice-diff-extra", extra=given)
    return html.both(t, "practice-diff-word", given=given, expected=expected)


def later_message(days_to_prompt: int | None) -> str:
    """The answer to "Heute nicht": "see you tomorrow" only when tomorrow's prompt is planned."""
    if days_to_prompt == 1:
        return "practice-later-ok"
    return "truth-practice-later-anytime" if days_to_prompt is None else "truth-practice-later-soon"


# How a dose went (Finished.result), in words that fit it.
DONE = {
    "all": "truth-practice-done-all",
    "most": "truth-practice-done-most",
    "some": "truth-practice-done-some",
    "none": "truth-practice-done-none",
    "new": "truth-practice-done-new",
}


def finished_view(t: Translator, finished: Finished) -> tuple[str, InlineKeyboardMarkup | None]:
    """The end of a dose (HTML); the placement quiz ends with a button to start practising."""
    if finished.placement:
        text = html.both(t, "practice-placed", gap=PARAGRAPH, level=bold(finished.level or ""))
        start = button(t.label("practice-start-now"), buttons.PRACTICE_PROMPT, "go")
        return text, InlineKeyboardMarkup([[start]])
    # Praise only what went well: a dose with nothing right is not "Geschafft!".
    result = DONE[finished.result]

    def done(render: Callable[..., str]) -> str:
        said = html.catalogue(render, result, right=finished.right, total=finished.total)
        return f"{said} {html.catalogue(render, 'truth-practice-streak', streak=finished.streak)}"

    german = done(t.de)
    return (german if t.language == REFERENCE else f"{german}{PARAGRAPH}{done(t)}"), None


def with_level(t: Translator, message_id: str, level: str | None, **args: int) -> str:
    """t.both for a message with a level, "noch offen" in each line's own language."""
    german = t.de(message_id, level=level or t.de("practice-level-open"), **args)
    if t.language == REFERENCE:
        return german
    return f"{german}\n\n{t(message_id, level=level or t('practice-level-open'), **args)}"


def own_levels(t: Translator, level: str | None) -> tuple[str, InlineKeyboardMarkup]:
    choices = [button(choice, buttons.PRACTICE_LEVEL, choice) for choice in LEVELS]
    return with_level(t, "practice-level-ask", level), keyboards.rows(choices, width=3)


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


TOPIC_LABEL_LIMIT = 40  # one topic per row: her language, with the German where it fits


def topics_keyboard(t: Translator, decks: Decks, chosen: list[str]) -> InlineKeyboardMarkup:
    """One topic per row (the titles are long): her language · German where it fits."""
    rows = []
    for topic in decks.topics:
        title = decks.decks[topic].title
        mark = "✓ " if topic in chosen else ""
        german = title.get("de", topic)
        own = title.get(t.language, german)
        label = own if own == german else f"{own} · {german}"
        if len(label) > TOPIC_LABEL_LIMIT:
            label = own
        rows.append([button(mark + directional(label, t.language), buttons.PRACTICE_TOPIC, topic)])
    all_mark = "✓ " if not chosen else ""
    return InlineKeyboardMarkup(
        [
            *rows,
            [button(all_mark + t.label("practice-topics-all"), buttons.PRACTICE_TOPIC, "all")],
            [button(t.label("practice-topics-done"), buttons.PRACTICE_TOPIC, "done")],
        ]
    )


def progress_text(t: Translator, p: Progress) -> str:
    return with_level(
        t,
        "practice-progress",
        p.level,
        streak=p.streak,
        best=p.best_streak,
        learned=p.learned,
        due=p.due,
        right=p.week_correct,
        total=p.week_reviews,
    )
