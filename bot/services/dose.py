"""A practice dose in the chat: its items one after another, each answer judged and counted.

Between updates the dose lives in Person.dialogue (name "practice"). `Dose` reads and writes
that stored shape as it is: people's databases may hold doses begun before any change to it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.decks import TYPED, Decks, Item, Kind
from bot.models import Person
from bot.services import dialogue, practice, relay
from bot.services.hints import hint_of
from bot.services.judge import Difference, Mistake, judge, normalise
from bot.services.practice import Answer

DIALOGUE = "practice"


@dataclass
class Dose:
    items: list[str]
    position: int
    right: int
    placement: bool  # the first dose: a placement quiz, answers become no cards
    results: list[tuple[str, bool]]  # placement: (item id, right) per answer
    hinted: bool  # the hint of the item on screen was asked for
    shown_at: datetime  # when the item on screen was shown
    glossed: bool = False  # its meaning in the person's language was asked for
    message_id: int | None = None  # the chat message showing it, once sent: a typed answer edits it
    # Messages waiting for her to say whether they go to her coach (relay.hold), kept as stored.
    held: list[Any] = field(default_factory=list)

    @classmethod
    def of(cls, person: Person) -> Dose | None:
        """The person's dose, or None if they are in none (or what is stored makes none)."""
        state = dialogue.state(person, DIALOGUE)
        if state is None:
            return None
        try:
            return cls(
                items=[str(item_id) for item_id in state.get("items") or []],
                position=_integer(state.get("pos", 0)),
                right=_integer(state.get("right", 0)),
                placement=bool(state.get("placement")),
                results=[(str(item_id), bool(ok)) for item_id, ok in state.get("results") or []],
                hinted=bool(state.get("hint")),
                shown_at=datetime.fromisoformat(str(state["shown"])),
                glossed=bool(state.get("gloss")),
                message_id=_integer(state["msg"]) if state.get("msg") is not None else None,
                held=list(state.get(dialogue.HELD) or []),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def save(self, person: Person) -> None:
        # The later keys only when set, so a dose without them keeps its shape exactly.
        later: dict[str, bool | int | list[Any]] = {"gloss": True} if self.glossed else {}
        if self.message_id is not None:
            later["msg"] = self.message_id
        if self.held:
            later[dialogue.HELD] = list(self.held)
        person.dialogue = {
            "name": DIALOGUE,
            "items": list(self.items),
            "pos": self.position,
            "right": self.right,
            "placement": self.placement,
            "results": [[item_id, ok] for item_id, ok in self.results],
            "hint": self.hinted,
            "shown": self.shown_at.isoformat(),
            **later,
        }

    def item(self, decks: Decks) -> Item | None:
        """The item on screen; None past the end or if its deck no longer has it."""
        if not 0 <= self.position < len(self.items):
            return None
        return decks.get(self.items[self.position])


def _integer(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not an integer")
    return value


@dataclass(frozen=True)
class OnScreen:
    position: int  # buttons carry it, so a button of an earlier item is recognised as stale
    item: Item
    total: int = 1  # items in the dose: "(2/6)"
    glossed: bool = False  # its meaning is shown below it
    hinted: bool = False  # its hint is shown below it
    message_id: int | None = None  # the message showing it, where known

    @property
    def number(self) -> int:
        return self.position + 1


@dataclass(frozen=True)
class Started:
    placement: bool
    first: OnScreen | None


class Outcome(enum.Enum):
    RIGHT = "right"
    RIGHT_SPELLING = "right-spelling"  # right with small typos: the spelling is shown
    WRONG = "wrong"
    KNOWN = "known"  # a card the person knew
    AGAIN = "again"  # a card they did not know yet (or skipped)


@dataclass(frozen=True)
class Feedback:
    outcome: Outcome
    expected: str
    mistake: Mistake | None = None  # a wrong typed answer: what kind of mistake
    difference: Difference | None = None  # and which words differ, to say so
    chosen: str | None = None  # a pressed option that was wrong: it stays on screen


@dataclass(frozen=True)
class Finished:
    placement: bool
    right: int
    total: int
    level: str | None = None  # placement: the level found
    streak: int = 0  # a dose: the days in a row
    only_cards: bool = False  # every item was a new word ("Kenne ich" / "Noch nicht")

    @property
    def result(self) -> str:
        """How it went, for words that fit: all, most (more than half), some or none right;
        "new" for new words she did not know yet (nothing was answered wrongly)."""
        if self.right >= self.total:
            return "all"
        if self.right == 0:
            return "new" if self.only_cards else "none"
        return "most" if 2 * self.right > self.total else "some"


@dataclass(frozen=True)
class Answered:
    item: OnScreen  # the item answered, as it was on screen: its message gets the verdict
    feedback: Feedback
    next: OnScreen | None  # the next item, now on screen
    finished: Finished | None  # the dose is over


@dataclass(frozen=True)
class Choice:
    """A pressed option of a multiple-choice item."""

    position: int
    option: int


@dataclass(frozen=True)
class CardAnswer:
    """A card: known, or not yet."""

    position: int
    known: bool


@dataclass(frozen=True)
class Typed:
    text: str


Given = Choice | CardAnswer | Typed


class Refusal(enum.Enum):
    NO_DOSE = "no-dose"
    STALE = "stale"  # a button of another item, or one that does not fit the item on screen
    TAP = "tap"  # typed text while the item on screen wants a button


async def start_dose(session: AsyncSession, person: Person, decks: Decks, *, now: datetime) -> Started | None:
    """A new dose (the placement quiz while the level is open); None if nothing is left to practise."""
    profile = await practice.profile_of(session, person)
    placement = profile.level is None
    items = (
        practice.placement_items(decks)
        if placement
        else await practice.choose_dose(session, person, decks, now=now)
    )
    if not items:
        return None
    # Messages held for her answer (written before the dose) stay held in it.
    held = list((person.dialogue or {}).get(dialogue.HELD) or [])
    dose = Dose(
        items=items,
        position=0,
        right=0,
        placement=placement,
        results=[],
        hinted=False,
        shown_at=now,
        held=held,
    )
    dose.save(person)
    return Started(placement=placement, first=_show(person, dose, decks, now))


def on_screen(person: Person, decks: Decks, position: int | None = None) -> tuple[Dose, Item] | None:
    """The dose and its item on screen; with `position`, only if that is the one on screen."""
    dose = Dose.of(person)
    item = dose.item(decks) if dose else None
    if dose is None or item is None or (position is not None and position != dose.position):
        return None
    return dose, item


def _show(person: Person, dose: Dose, decks: Decks, now: datetime) -> OnScreen | None:
    item = dose.item(decks)
    if item is None:
        return None
    dose.shown_at, dose.hinted, dose.glossed, dose.message_id = now, False, False, None
    dose.save(person)
    return _on_screen(dose, item)


def _on_screen(dose: Dose, item: Item) -> OnScreen:
    return OnScreen(
        position=dose.position,
        item=item,
        total=len(dose.items),
        glossed=dose.glossed,
        hinted=dose.hinted,
        message_id=dose.message_id,
    )


async def remember_message(session: AsyncSession, person_id: int, position: int, message_id: int) -> bool:
    """The item at `position` was sent as `message_id`: a typed answer to it edits that message.
    False if the dose moved on meanwhile (then nothing is stored)."""
    person = await session.get(Person, person_id)
    dose = Dose.of(person) if person is not None else None
    if person is None or dose is None or dose.position != position:
        return False
    dose.message_id = message_id
    dose.save(person)
    return True


async def answer(
    session: AsyncSession, person: Person, decks: Decks, given: Given, *, now: datetime
) -> Answered | Refusal:
    """A pressed option or card, or typed text: judged, counted, and the next item shown."""
    current = on_screen(person, decks, None if isinstance(given, Typed) else given.position)
    if current is None:
        return Refusal.STALE if not isinstance(given, Typed) else Refusal.NO_DOSE
    dose, item = current
    if isinstance(given, Typed) and item.kind is Kind.CHOICE:
        option = typed_option(given.text, item.options)
        if option is not None:  # one of the options, typed instead of tapped: as if tapped
            given = Choice(dose.position, option)
    if isinstance(given, Choice):
        if item.kind is not Kind.CHOICE or given.option >= len(item.options):
            return Refusal.STALE
        return await _answered(
            session,
            person,
            dose,
            item,
            decks,
            correct=given.option == item.answer,
            chosen=item.options[given.option],
            now=now,
        )
    if isinstance(given, CardAnswer):
        if item.kind is not Kind.CARD:
            return Refusal.STALE
        return await _answered(session, person, dose, item, decks, correct=given.known, now=now)
    if item.kind not in TYPED:
        # No answer to this item: kept, so that one tap sends it to her coach (the dose goes on).
        if given.text.strip():
            relay.hold(person, relay.Written(given.text.strip()))
        return Refusal.TAP
    return await _answered(session, person, dose, item, decks, typed=given.text, now=now)


def typed_option(text: str, options: tuple[str, ...] | list[str]) -> int | None:
    """The option she typed: the same words (case, punctuation and ae for ä aside), or else the
    only one her text matches with a typo forgiven; None if none or several match."""
    typed = normalise(text)
    if not typed:
        return None
    same = [i for i, option in enumerate(options) if normalise(option) == typed]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    close = [i for i, option in enumerate(options) if judge(text, [option]).correct]
    return close[0] if len(close) == 1 else None


async def skip(
    session: AsyncSession, person: Person, decks: Decks, position: int | None, *, now: datetime
) -> Answered | None:
    """The item on screen counts as not known; None for a stale button."""
    current = on_screen(person, decks, position) if position is not None else None
    if current is None:
        return None
    dose, item = current
    return await _answered(session, person, dose, item, decks, correct=False, typed="", now=now)


def hint(person: Person, decks: Decks, position: int | None) -> OnScreen | None:
    """The item on screen with its hint shown (the answer then counts as hinted); None if
    stale or the item has no hint (see hints.hint_of)."""
    current = on_screen(person, decks, position) if position is not None else None
    if current is None or hint_of(current[1]) is None:
        return None
    dose, item = current
    dose.hinted = True
    dose.save(person)
    return _on_screen(dose, item)


def show_gloss(person: Person, decks: Decks, position: int | None) -> OnScreen | None:
    """The item on screen with its meaning shown; None if the button is stale."""
    current = on_screen(person, decks, position) if position is not None else None
    if current is None:
        return None
    dose, item = current
    dose.glossed = True
    dose.save(person)
    return _on_screen(dose, item)


async def _answered(
    session: AsyncSession,
    person: Person,
    dose: Dose,
    item: Item,
    decks: Decks,
    *,
    now: datetime,
    correct: bool = False,
    typed: str | None = None,
    chosen: str | None = None,
) -> Answered:
    forgiven = False
    shown = _on_screen(dose, item)
    if typed and item.kind in TYPED:
        verdict = judge(typed, item.answers)
        correct, forgiven = verdict.correct, verdict.spelling_shown
        if not correct:
            mistake = verdict.mistake or Mistake.WORD
            feedback = Feedback(Outcome.WRONG, verdict.expected, mistake, verdict.difference)
        else:
            feedback = Feedback(Outcome.RIGHT_SPELLING if forgiven else Outcome.RIGHT, verdict.expected)
    elif item.kind is Kind.CARD:
        feedback = Feedback(Outcome.KNOWN if correct else Outcome.AGAIN, item.expected)
    else:
        outcome = Outcome.RIGHT if correct else Outcome.WRONG
        feedback = Feedback(outcome, item.expected, chosen=None if correct else chosen)
    seconds = (now - dose.shown_at).total_seconds()
    given = Answer(correct=correct, hinted=dose.hinted, forgiven=forgiven, seconds=seconds)
    if dose.placement:
        dose.results.append((item.id, correct))
    else:
        await practice.record_answer(session, person, item, given, now=now)
    dose.right += 1 if correct else 0
    dose.position += 1
    dose.save(person)
    if dose.position < len(dose.items):
        return Answered(item=shown, feedback=feedback, next=_show(person, dose, decks, now), finished=None)
    return Answered(
        item=shown, feedback=feedback, next=None, finished=await finish(session, person, dose, decks, now=now)
    )


async def finish(
    session: AsyncSession, person: Person, dose: Dose, decks: Decks, *, now: datetime
) -> Finished:
    """End the dose: a placement sets the level, a dose counts the day towards the streak.
    Messages held during it stay held (dialogue.end)."""
    dialogue.end(person)
    total = len(dose.items)
    if dose.placement:
        profile = await practice.profile_of(session, person)
        profile.level = practice.placed_level(dose.results, decks)
        return Finished(placement=True, right=dose.right, total=total, level=profile.level)
    streak = await practice.finish_dose(session, person, now=now)
    kinds = {item.kind for item in (decks.get(item_id) for item_id in dose.items) if item is not None}
    only_cards = kinds == {Kind.CARD}
    return Finished(placement=False, right=dose.right, total=total, streak=streak, only_cards=only_cards)
