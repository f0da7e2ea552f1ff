"""bot/services/dose.py on a real, migrated database (SQLite and PostgreSQL): a dose in the chat,
from the stored dialogue it has always had, through answers, hints and skips, to its end."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.decks import Item, Kind
from bot.deps import Deps
from bot.models import Person, PracticeCard, PracticeReview, Role
from bot.services import dose, practice, relay
from bot.services.dose import (
    Answered,
    CardAnswer,
    Choice,
    Dose,
    Finished,
    Given,
    Outcome,
    Refusal,
    Typed,
)
from bot.services.judge import Mistake

from seed import make_member


async def participant(session: AsyncSession, deps: Deps, *, level: str | None = "A1") -> Person:
    person = await make_member(
        session,
        role=Role.PARTICIPANT,
        name="Amina",
        language="ar",
        timezone="Europe/Berlin",
        now=deps.clock.now(),
    )
    (await practice.profile_of(session, person)).level = level
    await session.flush()
    return person


def stored(items: list[str], clock: ManualClock, **changes: Any) -> dict[str, Any]:
    """A practice dialogue exactly as handlers/practice.py has always stored it."""
    return {
        "name": "practice",
        "items": items,
        "pos": 0,
        "right": 0,
        "placement": False,
        "results": [],
        "hint": False,
        "shown": clock.now().isoformat(),
        **changes,
    }


def first(deps: Deps, kind: Kind, *, hint: bool = False) -> Item:
    return next(i for i in deps.decks.items.values() if i.kind is kind and (bool(i.hint) or not hint))


def right_answer(shown: dose.OnScreen) -> Given:
    item = shown.item
    if item.kind is Kind.CARD:
        return CardAnswer(shown.position, known=True)
    if item.kind is Kind.CHOICE:
        return Choice(shown.position, item.answer)
    return Typed(item.answers[0])


async def answered(session: AsyncSession, person: Person, deps: Deps, given: Given) -> Answered:
    result = await dose.answer(session, person, deps.decks, given, now=deps.clock.now())
    assert isinstance(result, Answered), result
    return result


async def test_the_stored_shape_is_read_and_written_as_it_was(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    before = stored(["a", "b"], clock, pos=1, right=1, placement=True, results=[["a", True]], hint=True)
    person.dialogue = dict(before)
    found = Dose.of(person)
    assert found == Dose(
        items=["a", "b"],
        position=1,
        right=1,
        placement=True,
        results=[("a", True)],
        hinted=True,
        shown_at=clock.now(),
    )
    person.dialogue = None
    found.save(person)
    assert person.dialogue == before
    # Another dialogue, or one that makes no dose, is none.
    # The later keys: the meaning shown and the item's message.
    person.dialogue = stored(["a", "b"], clock, gloss=True, msg=321)
    later = Dose.of(person)
    assert later is not None and later.glossed and later.message_id == 321
    later.save(person)
    assert person.dialogue == stored(["a", "b"], clock, gloss=True, msg=321)
    person.dialogue = {"name": "appointment", "step": "when"}
    assert Dose.of(person) is None
    for broken in ({"pos": "1"}, {"shown": "yesterday"}, {"results": [["a"]]}, {"msg": "7"}):
        person.dialogue = stored(["a"], clock, **broken)
        assert Dose.of(person) is None, broken


async def test_the_first_dose_places_the_participant(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps, level=None)
    started = await dose.start_dose(session, person, deps.decks, now=clock.now())
    assert started is not None and started.placement and started.first is not None
    assert started.first.position == 0
    assert person.dialogue is not None and len(person.dialogue["items"]) == 6
    shown = started.first
    for _ in range(6):
        result = await answered(session, person, deps, right_answer(shown))
        assert result.feedback.outcome is Outcome.RIGHT
        if result.next is not None:
            shown = result.next
    assert result.finished == Finished(placement=True, right=6, total=6, level="B1")
    assert person.dialogue is None
    assert (await practice.profile_of(session, person)).level == "B1"
    # Placement answers do not become cards.
    assert not list(await session.scalars(select(PracticeCard)))


async def test_a_dose_counts_answers_and_the_streak(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    started = await dose.start_dose(session, person, deps.decks, now=clock.now())
    assert started is not None and not started.placement and started.first is not None
    shown = started.first
    clock.advance(timedelta(seconds=30))
    result = await answered(session, person, deps, right_answer(shown))
    assert result.next is not None and result.next.position == 1
    assert person.dialogue is not None and person.dialogue["shown"] == clock.now().isoformat()
    while result.next is not None:
        result = await answered(session, person, deps, right_answer(result.next))
    assert result.finished is not None and not result.finished.placement
    assert (result.finished.right, result.finished.total, result.finished.streak) == (3, 3, 1)
    reviews = list(await session.scalars(select(PracticeReview).order_by(PracticeReview.id)))
    assert len(reviews) == 3 and reviews[0].seconds == 30
    assert person.dialogue is None


async def test_buttons_of_other_items_or_kinds_are_stale(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    now = clock.now()
    assert await dose.answer(session, person, deps.decks, Choice(0, 0), now=now) is Refusal.STALE
    assert await dose.answer(session, person, deps.decks, Typed("Hallo"), now=now) is Refusal.NO_DOSE
    choice, card = first(deps, Kind.CHOICE), first(deps, Kind.CARD)
    person.dialogue = stored([choice.id, card.id], clock)
    assert await dose.answer(session, person, deps.decks, Choice(1, 0), now=now) is Refusal.STALE
    assert await dose.answer(session, person, deps.decks, Choice(0, 9), now=now) is Refusal.STALE
    assert await dose.answer(session, person, deps.decks, CardAnswer(0, True), now=now) is Refusal.STALE
    assert await dose.answer(session, person, deps.decks, Typed("Hallo"), now=now) is Refusal.TAP
    assert [w.text for w in relay.take_held(person)] == ["Hallo"]  # held for her coach, if she wants
    assert await dose.skip(session, person, deps.decks, 1, now=now) is None
    assert await dose.skip(session, person, deps.decks, None, now=now) is None
    assert dose.show_gloss(person, deps.decks, 1) is None
    assert dose.hint(person, deps.decks, 0) is None  # a choice has no hint
    assert person.dialogue == stored([choice.id, card.id], clock)  # nothing changed
    # An item its deck no longer has ends nothing and shows nothing.
    person.dialogue = stored(["gone-001"], clock)
    assert await dose.answer(session, person, deps.decks, Typed("x"), now=now) is Refusal.NO_DOSE


async def test_feedback_for_each_kind_of_answer(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    gap, card, choice = first(deps, Kind.GAP), first(deps, Kind.CARD), first(deps, Kind.CHOICE)
    person.dialogue = stored([gap.id, gap.id, gap.id, card.id, card.id, choice.id], clock)
    expected = gap.answers[0]
    wrong = await answered(session, person, deps, Typed("Fahrrad"))
    assert wrong.feedback.outcome is Outcome.WRONG and wrong.feedback.mistake is Mistake.WORD
    assert wrong.feedback.expected == expected
    assert (await answered(session, person, deps, Typed(expected))).feedback.outcome is Outcome.RIGHT
    skipped = await dose.skip(session, person, deps.decks, 2, now=clock.now())
    assert (
        skipped is not None and skipped.feedback.outcome is Outcome.WRONG and skipped.feedback.mistake is None
    )
    assert (await answered(session, person, deps, CardAnswer(3, True))).feedback.outcome is Outcome.KNOWN
    again = await dose.skip(session, person, deps.decks, 4, now=clock.now())
    assert again is not None and again.feedback.outcome is Outcome.AGAIN
    last = await answered(session, person, deps, Choice(5, (choice.answer + 1) % len(choice.options)))
    assert last.feedback.outcome is Outcome.WRONG and last.feedback.expected == choice.expected
    assert last.finished is not None and last.finished.right == 2 and last.finished.total == 6


async def test_a_typo_is_forgiven_with_the_spelling_shown(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    say = next(
        i
        for i in deps.decks.items.values()
        if i.kind in (Kind.SAY, Kind.REPLY) and len(i.answers[0].split()[-1]) > 5
    )
    person.dialogue = stored([say.id, say.id], clock)
    *words, last = say.answers[0].split()
    typo = " ".join([*words, last[0] + last[2] + last[1] + last[3:]])  # two letters swapped
    result = await answered(session, person, deps, Typed(typo))
    assert result.feedback.outcome is Outcome.RIGHT_SPELLING, (say.answers, typo)


async def test_a_hint_makes_the_answer_a_hinted_one(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    gap = first(deps, Kind.GAP, hint=True)
    person.dialogue = stored([gap.id, gap.id], clock)
    glossed = dose.show_gloss(person, deps.decks, 0)
    assert glossed is not None and glossed.item == gap and glossed.glossed and not glossed.hinted
    hinted = dose.hint(person, deps.decks, 0)
    assert hinted is not None and hinted.item == gap and hinted.hinted and hinted.glossed  # both stay shown
    assert person.dialogue["hint"] is True and person.dialogue["gloss"] is True
    result = await answered(session, person, deps, Typed(gap.answers[0]))
    assert result.next is not None and person.dialogue["hint"] is False  # the next item starts afresh
    (review,) = await session.scalars(select(PracticeReview))
    assert review.hinted and review.correct


async def test_finish_ends_the_dose(deps: Deps, session: AsyncSession, clock: ManualClock) -> None:
    person = await participant(session, deps)
    person.dialogue = stored(["a", "b"], clock, pos=2, right=1)
    current = Dose.of(person)
    assert current is not None
    finished = await dose.finish(session, person, current, deps.decks, now=clock.now())
    assert finished == Finished(placement=False, right=1, total=2, streak=1)
    assert person.dialogue is None


async def test_the_message_of_the_item_on_screen_is_remembered(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    gap = first(deps, Kind.GAP)
    person.dialogue = stored([gap.id, gap.id], clock)
    await session.flush()
    assert await dose.remember_message(session, person.id, 0, 555)
    assert person.dialogue["msg"] == 555
    assert not await dose.remember_message(session, person.id, 1, 556)  # not the item on screen
    result = await answered(session, person, deps, Typed("Fahrrad"))
    assert result.item.message_id == 555 and result.item.number == 1 and result.item.total == 2
    assert result.next is not None and result.next.message_id is None and "msg" not in person.dialogue


async def test_an_option_typed_instead_of_tapped_is_her_answer(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    choice = first(deps, Kind.CHOICE)
    right, wrong = choice.options[choice.answer], choice.options[(choice.answer + 1) % len(choice.options)]
    person.dialogue = stored([choice.id] * 4, clock)
    # Case, punctuation and spaces aside; then a typo forgiven; then another option.
    as_typed = f"  {right.upper().rstrip('.!?')}  "
    assert (await answered(session, person, deps, Typed(as_typed))).feedback.outcome is Outcome.RIGHT
    words = right.rstrip(".!?").split()
    words[-1] = words[-1][:-1]  # a letter short ("... einen Termi")
    assert (await answered(session, person, deps, Typed(" ".join(words)))).feedback.outcome is Outcome.RIGHT
    chosen = await answered(session, person, deps, Typed(wrong))
    assert chosen.feedback.outcome is Outcome.WRONG and chosen.feedback.chosen == wrong
    assert [r.correct for r in await session.scalars(select(PracticeReview).order_by(PracticeReview.id))] == [
        True,
        True,
        False,
    ]
    assert "kept" not in person.dialogue


def test_a_typed_option_is_one_option_or_none() -> None:
    options = ["der Tisch", "die Tische", "das Tischlein"]
    assert dose.typed_option("Der Tisch!", options) == 0
    assert dose.typed_option("die tische", options) == 1
    assert dose.typed_option("das Tischlien", options) == 2  # one typo
    assert dose.typed_option("Tisch", options) is None  # a word of two options is none of them
    assert dose.typed_option("der Stuhl", options) is None
    assert dose.typed_option("أنا متعبة اليوم", options) is None
    assert dose.typed_option("🙂", options) is None
    assert dose.typed_option("ja", ["Ja.", "ja!"]) is None  # two options the same: not a choice


async def test_text_that_answers_nothing_is_held_encrypted_in_the_dose_and_after_it(
    deps: Deps, session: AsyncSession, clock: ManualClock
) -> None:
    person = await participant(session, deps)
    choice = first(deps, Kind.CHOICE)
    relay.hold(person, relay.Written("vor der Übung"))  # held before the dose: it stays held
    started = await dose.start_dose(session, person, deps.decks, now=clock.now())
    assert started is not None and started.first is not None
    person.dialogue = {**(person.dialogue or {}), "items": [choice.id], "pos": 0}
    now = clock.now()
    for n in range(relay.MAX_HELD + 2):
        typed = Typed(f"ich bin heute müde {n}")
        assert await dose.answer(session, person, deps.decks, typed, now=now) is Refusal.TAP
    assert (
        await dose.answer(session, person, deps.decks, Typed("   "), now=now) is Refusal.TAP
    )  # nothing to keep
    held = person.dialogue["held"]
    assert len(held) == relay.MAX_HELD and "müde" not in str(held)  # the oldest went; encrypted
    # The dose goes on: the item is still on screen, and her answer counts.
    result = await answered(session, person, deps, Choice(0, choice.answer))
    assert result.finished is not None
    # Its end leaves them waiting on their own, as text written outside any question waits.
    assert person.dialogue["name"] == "talk"
    assert [w.text for w in relay.take_held(person)] == [f"ich bin heute müde {n}" for n in range(2, 12)]
    assert person.dialogue is None and relay.take_held(person) == []
