"""German practice in the chat: a dose of items, feedback, and the practice settings."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot import charts
from bot.decks import LEVELS, TYPED, Item, Kind
from bot.i18n import directional
from bot.models import Person, Role
from bot.services import appointment_lists, audit, practice
from bot.services.appointments import may_manage
from bot.services.judge import Mistake, judge
from bot.services.practice import Answer
from handlers import buttons, keyboards
from handlers.turn import Turn, command, dialogue_state, stale

log = logging.getLogger(__name__)

DIALOGUE = "practice"
CAPTION_LIMIT = 1024
TIPS = {
    Mistake.ARTICLE: "practice-tip-article",
    Mistake.ENDING: "practice-tip-ending",
    Mistake.WORD: "practice-tip-word",
}


def _button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


# -- starting a dose ---------------------------------------------------------------------


@command("practice")
async def cmd_practice(turn: Turn) -> None:
    assert turn.person is not None
    await start_dose(turn, turn.person)


async def cb_prompt(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    await turn.answer()
    await turn.clear_buttons()
    if turn.button.arg() == "go":
        await start_dose(turn, person)
    elif turn.button.arg() == "later":
        await turn.reply(turn.t.both("practice-later-ok"))
    else:
        await stale(turn)


async def start_dose(turn: Turn, person: Person) -> None:
    decks = turn.deps.decks
    prof = await practice.profile_of(turn.session, person)
    placement = prof.level is None
    items = (
        practice.placement_items(decks)
        if placement
        else await practice.choose_dose(turn.session, person, decks, now=turn.now)
    )
    if not items:
        await turn.reply(turn.t.both("practice-nothing"))
        return
    person.dialogue = {
        "name": DIALOGUE,
        "items": items,
        "pos": 0,
        "right": 0,
        "placement": placement,
        "results": [],
        "hint": False,
        "shown": turn.now.isoformat(),
    }
    if placement:
        await turn.reply(turn.t.both("practice-placement-intro"))
    await show_item(turn, person)


# -- one item ------------------------------------------------------------------------------


def _current(turn: Turn, person: Person) -> tuple[dict[str, Any], Item] | None:
    state = dialogue_state(person, DIALOGUE)
    if state is None:
        return None
    items = state.get("items") or []
    pos = state.get("pos", 0)
    item = turn.deps.decks.get(items[pos]) if isinstance(pos, int) and 0 <= pos < len(items) else None
    return (state, item) if item else None


async def show_item(turn: Turn, person: Person) -> None:
    current = _current(turn, person)
    if current is None:
        return
    state, item = current
    pos = state["pos"]
    t = turn.t
    extra = [_button(t.label("practice-show-gloss"), buttons.PRACTICE_GLOSS, pos)]
    if item.kind is Kind.CARD:
        text = (
            t.de("practice-card", word=item.de, example=item.example)
            if item.example
            else t.de("practice-card-plain", word=item.de)
        )
        rows = [
            [
                _button(t.label("practice-known"), buttons.PRACTICE_CARD, pos, 1),
                _button(t.label("practice-unknown"), buttons.PRACTICE_CARD, pos, 0),
            ],
            extra,
        ]
    elif item.kind is Kind.CHOICE:
        text = f"{item.prompt}\n\n{t.both('practice-choice')}"
        rows = [
            [_button(option, buttons.PRACTICE_CHOICE, pos, index)]
            for index, option in enumerate(item.options)
        ]
        rows.append(extra)
    else:
        if item.kind is Kind.GAP:
            text = f"{t.both('practice-gap')}\n\n{item.de}"
            if item.hint:
                extra.append(_button(t.label("practice-hint"), buttons.PRACTICE_HINT, pos))
        elif item.kind is Kind.REPLY:
            text = f"{t.both('practice-reply')}\n\n„{item.line}“"
        else:  # say: what to express is shown in the person's own language
            text = f"{t.both('practice-say')}\n\n{directional(gloss_of(item, t.language), t.language)}"
            extra = []
        extra.append(_button(t.label("practice-skip"), buttons.PRACTICE_SKIP, pos))
        rows = [extra]
    state["shown"] = turn.now.isoformat()
    state["hint"] = False
    person.dialogue = dict(state)
    await turn.reply(text, InlineKeyboardMarkup(rows))


def gloss_of(item: Item, language: str) -> str:
    return item.gloss.get(language) or item.gloss["en"]


def _checked(turn: Turn) -> tuple[Person, dict[str, Any], Item] | None:
    """The pressed button belongs to the item on screen (else it is stale)."""
    person = turn.person
    assert person is not None and turn.button is not None
    current = _current(turn, person)
    if current is None or turn.button.int_arg(0) != current[0]["pos"]:
        return None
    return person, current[0], current[1]


async def cb_choice(turn: Turn) -> None:
    checked = _checked(turn)
    index = turn.button.int_arg(1) if turn.button else None
    if (
        checked is None
        or checked[2].kind is not Kind.CHOICE
        or index is None
        or index >= len(checked[2].options)
    ):
        await stale(turn)
        return
    person, state, item = checked
    await turn.answer()
    await turn.clear_buttons()
    await _answered(turn, person, state, item, correct=index == item.answer)


async def cb_card(turn: Turn) -> None:
    checked = _checked(turn)
    known = turn.button.arg(1) if turn.button else None
    if checked is None or checked[2].kind is not Kind.CARD or known not in ("0", "1"):
        await stale(turn)
        return
    person, state, item = checked
    await turn.answer()
    await turn.clear_buttons()
    await _answered(turn, person, state, item, correct=known == "1")


async def cb_gloss(turn: Turn) -> None:
    checked = _checked(turn)
    if checked is None:
        await stale(turn)
        return
    item = checked[2]
    await turn.answer()
    await turn.reply(directional(gloss_of(item, turn.t.language), turn.t.language))


async def cb_hint(turn: Turn) -> None:
    checked = _checked(turn)
    if checked is None or not checked[2].hint:
        await stale(turn)
        return
    person, state, item = checked
    state["hint"] = True
    person.dialogue = dict(state)
    await turn.answer()
    await turn.reply(item.hint)


async def cb_skip(turn: Turn) -> None:
    checked = _checked(turn)
    if checked is None:
        await stale(turn)
        return
    person, state, item = checked
    await turn.answer()
    await turn.clear_buttons()
    await _answered(turn, person, state, item, correct=False, typed="")


async def on_text(turn: Turn, text: str) -> bool:
    """A typed answer; for button items a gentle reminder to tap."""
    person = turn.person
    current = _current(turn, person) if person else None
    if person is None or current is None:
        return False
    state, item = current
    if item.kind not in TYPED:
        await turn.reply(turn.t.both("practice-choice"))
        return True
    await _answered(turn, person, state, item, typed=text)
    return True


async def _answered(
    turn: Turn,
    person: Person,
    state: dict[str, Any],
    item: Item,
    *,
    correct: bool | None = None,
    typed: str | None = None,
) -> None:
    t = turn.t
    forgiven = False
    if typed is not None and item.kind in TYPED and typed:
        verdict = judge(typed, item.answers)
        correct, forgiven = verdict.correct, verdict.spelling_shown
        expected = verdict.expected
        if not correct:
            tip = TIPS.get(verdict.mistake or Mistake.WORD, "practice-tip-word")
            await turn.reply(f"{t.both('practice-wrong', expected=expected)}\n\n{t.both(tip)}")
        elif forgiven:
            await turn.reply(t.both("practice-right-spelling", expected=expected))
        else:
            await turn.reply(t.both("practice-right"))
    elif item.kind is Kind.CARD:
        await turn.reply(t.both("practice-card-known" if correct else "practice-card-again"))
    elif correct:
        await turn.reply(t.both("practice-right"))
    else:
        await turn.reply(t.both("practice-wrong", expected=item.expected))
    seconds = (turn.now - datetime.fromisoformat(state["shown"])).total_seconds()
    answer = Answer(correct=bool(correct), hinted=bool(state.get("hint")), forgiven=forgiven, seconds=seconds)
    if state.get("placement"):
        state["results"] = [*state["results"], [item.id, answer.correct]]
    else:
        await practice.record_answer(turn.session, person, item, answer, now=turn.now)
    state["right"] = state["right"] + (1 if answer.correct else 0)
    state["pos"] = state["pos"] + 1
    person.dialogue = dict(state)
    if state["pos"] < len(state["items"]):
        await show_item(turn, person)
        return
    await _finish(turn, person, state)


async def _finish(turn: Turn, person: Person, state: dict[str, Any]) -> None:
    person.dialogue = None
    if state.get("placement"):
        prof = await practice.profile_of(turn.session, person)
        prof.level = practice.placed_level([(r[0], bool(r[1])) for r in state["results"]], turn.deps.decks)
        await turn.reply(turn.t.both("practice-placed", level=prof.level))
        return
    streak = await practice.finish_dose(turn.session, person, now=turn.now)
    await turn.reply(
        turn.t.both("practice-done", right=state["right"], total=len(state["items"]), streak=streak)
    )


# -- settings and progress ---------------------------------------------------------------------


@command("pause")
async def cmd_pause(turn: Turn) -> None:
    assert turn.person is not None
    (await practice.profile_of(turn.session, turn.person)).paused = True
    await turn.reply(turn.t.both("practice-paused"))


@command("resume")
async def cmd_resume(turn: Turn) -> None:
    assert turn.person is not None
    (await practice.profile_of(turn.session, turn.person)).paused = False
    await turn.reply(turn.t.both("practice-resumed"))


@command("level")
async def cmd_level(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if person.role is not Role.PARTICIPANT:
        # Coaches and staff set the level of one of their participants.
        participants = await appointment_lists.participants_of(turn.session, person)
        if not participants:
            await turn.reply(turn.t("apt-no-participants"))
            return
        choices = [
            _button(p.display_name or f"#{p.id}", buttons.PRACTICE_LEVEL, "p", p.id) for p in participants
        ]
        await turn.reply(turn.t("practice-level-whom"), keyboards.rows(choices, width=2))
        return
    prof = await practice.profile_of(turn.session, person)
    choices = [_button(level, buttons.PRACTICE_LEVEL, level) for level in LEVELS]
    await turn.reply(
        turn.t.both("practice-level-ask", level=prof.level or turn.t("practice-level-open")),
        keyboards.rows(choices, width=3),
    )


async def cb_level(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    if person.role is not Role.PARTICIPANT:
        await _coach_level(turn, person)
        return
    level = turn.button.arg()
    if level not in LEVELS:
        await stale(turn)
        return
    prof = await practice.profile_of(turn.session, person)
    prof.level, prof.run = level, 0
    await turn.answer()
    await turn.clear_buttons()
    await turn.reply(turn.t.both("practice-level-set", level=level))


async def _coach_level(turn: Turn, coach: Person) -> None:
    """prl:p:<participant> shows the levels; prl:s:<participant>:<level> sets one."""
    assert turn.button is not None
    action, participant_id, level = turn.button.arg(0), turn.button.int_arg(1), turn.button.arg(2)
    participant = await turn.session.get(Person, participant_id or 0)
    if participant is None or participant.role is not Role.PARTICIPANT or not may_manage(coach, participant):
        await stale(turn)
        return
    name = participant.display_name or "?"
    prof = await practice.profile_of(turn.session, participant)
    if action == "p":
        choices = [_button(lv, buttons.PRACTICE_LEVEL, "s", participant.id, lv) for lv in LEVELS]
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(
            turn.t("practice-level-of", name=name, level=prof.level or turn.t("practice-level-open")),
            keyboards.rows(choices, width=3),
        )
    elif action == "s" and level in LEVELS:
        prof.level, prof.run = level, 0
        audit.record(
            turn.session,
            at=turn.now,
            action="practice.level",
            actor=coach,
            subject_id=participant.id,
            details={"level": level},
        )
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(turn.t("practice-level-of-set", name=name, level=level))
    else:
        await stale(turn)


@command("topics")
async def cmd_topics(turn: Turn) -> None:
    assert turn.person is not None
    prof = await practice.profile_of(turn.session, turn.person)
    await turn.reply(turn.t.both("practice-topics-ask"), _topics_keyboard(turn, prof.topics))


def _topics_keyboard(turn: Turn, chosen: list[str]) -> InlineKeyboardMarkup:
    decks = turn.deps.decks
    rows = []
    for topic in decks.topics:
        title = decks.decks[topic].title
        mark = "✓ " if topic in chosen else ""
        label = directional(title.get(turn.t.language, title.get("de", topic)), turn.t.language)
        rows.append(_button(mark + label, buttons.PRACTICE_TOPIC, topic))
    markup = keyboards.rows(rows, width=2)
    all_mark = "✓ " if not chosen else ""
    return InlineKeyboardMarkup(
        [
            *markup.inline_keyboard,
            [_button(all_mark + turn.t.label("practice-topics-all"), buttons.PRACTICE_TOPIC, "all")],
            [_button(turn.t.label("practice-topics-done"), buttons.PRACTICE_TOPIC, "done")],
        ]
    )


async def cb_topic(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    choice = turn.button.arg()
    prof = await practice.profile_of(turn.session, turn.person)
    if choice == "done":
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(turn.t.both("practice-topics-set"))
        return
    if choice == "all":
        prof.topics = []
    elif choice in turn.deps.decks.decks:
        prof.topics = sorted(set(prof.topics) ^ {choice})
    else:
        await stale(turn)
        return
    await turn.answer()
    query = turn.update.callback_query
    if query is not None:
        markup = _topics_keyboard(turn, prof.topics)
        turn.later(lambda: query.edit_message_reply_markup(markup))


@command("progress")
async def cmd_progress(turn: Turn) -> None:
    assert turn.person is not None
    p = await practice.progress(turn.session, turn.person, now=turn.now)
    text = turn.t.both(
        "practice-progress",
        streak=p.streak,
        best=p.best_streak,
        learned=p.learned,
        due=p.due,
        right=p.week_correct,
        total=p.week_reviews,
        level=p.level or turn.t("practice-level-open"),
    )
    bot, chat_id = turn.context.bot, turn.chat_id

    async def send() -> None:
        # The week as a small picture with the numbers as caption; text where pictures fail.
        fits = len(text) <= CAPTION_LIMIT
        try:
            await bot.send_photo(chat_id, photo=charts.week_bars(p.days), caption=text if fits else None)
        except TelegramError as exc:
            log.info("sendPhoto of a progress chart failed: %s", type(exc).__name__)
            fits = False
        if not fits:
            await bot.send_message(chat_id, text)

    turn.later(send)
