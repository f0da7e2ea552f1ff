"""German practice through the real Application: placement, a whole dose, forgiving checks."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.decks import Kind
from bot.models import PracticeCard, PracticeProfile, PracticeReview

from harness import STICKER, Harness
from seed import Cast, deps_of


async def set_level(
    harness: Harness, person_id: int, level: str = "A1", topics: list[str] | None = None
) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        prof = await session.get(PracticeProfile, person_id)
        if prof is None:
            session.add(
                PracticeProfile(
                    person_id=person_id,
                    level=level,
                    topics=topics or [],
                    dose_size=3,
                    paused=False,
                    streak=0,
                    best_streak=0,
                    run=0,
                )
            )
        else:
            prof.level, prof.topics = level, topics or []


async def state_of(harness: Harness, person_id: int) -> dict:  # type: ignore[type-arg]
    from bot.models import Person

    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        return person.dialogue or {}


async def answer_right(harness: Harness, cast: Cast) -> list[str]:
    """Answer the item on screen correctly, whatever kind it is."""
    state = await state_of(harness, cast.participant_id)
    item = deps_of(harness).decks.get(state["items"][state["pos"]])
    assert item is not None
    pos = state["pos"]
    if item.kind is Kind.CARD:
        return await harness.press(cast.participant, f"prk:{pos}:1")
    if item.kind is Kind.CHOICE:
        return await harness.press(cast.participant, f"prc:{pos}:{item.answer}")
    return await harness.send(cast.participant, item.answers[0])


async def test_first_practice_is_a_placement_quiz(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/practice")
    assert replies[0].startswith("Zuerst ein kurzer Test")
    state = await state_of(harness, cast.participant_id)
    assert state["placement"] and len(state["items"]) == 6
    for _ in range(6):
        replies = await answer_right(harness, cast)
    assert any(reply.startswith("Ihr Niveau: B1.") for reply in replies)
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "B1"
        # Placement answers do not become cards.
        assert not list(await session.scalars(select(PracticeCard)))


async def test_a_whole_dose_with_buttons_and_typed_answers(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A2", ["doctor"])
    await harness.send(cast.participant, "/practice")
    for _ in range(3):
        replies = await answer_right(harness, cast)
    assert any(reply.startswith("Geschafft! Heute 3 von 3 richtig. Serie: 1 Tage.") for reply in replies), (
        replies
    )
    async with deps_of(harness).sessionmaker() as session:
        cards = list(await session.scalars(select(PracticeCard)))
        reviews = list(await session.scalars(select(PracticeReview)))
    assert len(cards) == 3 and len(reviews) == 3
    assert all(card.due > harness.clock.now() for card in cards)  # next time: another day
    assert all(item.startswith("doctor-") for item in (c.item_id for c in cards))


async def test_typed_answers_are_judged_forgivingly_but_not_too_much(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A1")
    deps = deps_of(harness)
    gap = next(i for i in deps.decks.items.values() if i.kind is Kind.GAP and i.level == "A1")
    from bot.models import Person

    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, cast.participant_id)
        assert person is not None
        person.dialogue = {
            "name": "practice",
            "items": [gap.id, gap.id, gap.id, gap.id],
            "pos": 0,
            "right": 0,
            "placement": False,
            "results": [],
            "hint": False,
            "shown": harness.clock.now().isoformat(),
        }
    expected = gap.answers[0]
    # Case and a typo are forgiven with the right spelling shown.
    typo = (
        expected.lower()[:-1] + ("x" if not expected.lower().endswith("x") else "y")
        if len(expected) > 4
        else expected.upper()
    )
    replies = await harness.send(cast.participant, typo)
    assert replies[0].startswith("Richtig!"), (expected, typo, replies)
    # Unexpected input is an answer too, and never breaks the dose.
    replies = await harness.send(cast.participant, "🙂")
    assert replies[0].startswith("Nicht ganz. Richtig ist:")
    assert "nur Text" in (await harness.send_raw(cast.participant, **STICKER))[0]
    replies = await harness.send(cast.participant, "x" * 4000)
    assert replies[0].startswith("Nicht ganz.")
    replies = await harness.send(cast.participant, expected)
    assert any(r.startswith("Geschafft!") for r in replies)


async def test_article_mistake_is_explained(harness: Harness, cast: Cast) -> None:
    from bot.models import Person

    deps = deps_of(harness)
    say = next(
        i
        for i in deps.decks.items.values()
        if i.kind in (Kind.SAY, Kind.REPLY) and any(w in i.answers[0].split() for w in ("der", "die", "das"))
    )
    words = say.answers[0].split()
    for index, word in enumerate(words):
        if word in ("der", "die", "das"):
            words[index] = {"der": "die", "die": "das", "das": "der"}[word]
            break
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, cast.participant_id)
        assert person is not None
        person.dialogue = {
            "name": "practice",
            "items": [say.id],
            "pos": 0,
            "right": 0,
            "placement": False,
            "results": [],
            "hint": False,
            "shown": harness.clock.now().isoformat(),
        }
    replies = await harness.send(cast.participant, " ".join(words))
    assert replies[0].startswith("Nicht ganz.") and "Artikel" in replies[0], (say.answers, replies)


async def test_gloss_hint_skip_and_stale_buttons(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A1")
    await harness.send(cast.participant, "/practice")
    replies = await harness.press(cast.participant, "prg:0")
    assert replies[0].startswith("\u200f")  # Amina's gloss in Arabic
    assert "gilt nicht mehr" in (await harness.press(cast.participant, "prg:5"))[0]
    assert "gilt nicht mehr" in (await harness.press(cast.participant, "prc:0:9"))[0]
    replies = await harness.press(cast.participant, "prx:0")
    assert replies[0].startswith(("Nicht ganz.", "Kein Problem, das Wort kommt bald wieder."))
    assert (await state_of(harness, cast.participant_id))["pos"] == 1


async def test_pause_resume_level_topics_progress(harness: Harness, cast: Cast) -> None:
    assert (await harness.send(cast.participant, "/pause"))[0].startswith("Pause:")
    assert (await harness.send(cast.participant, "/resume"))[0].startswith("Weiter geht's!")
    await harness.send(cast.participant, "/level")
    assert harness.request.buttons(cast.participant.id) == ["prl:A1", "prl:A2", "prl:B1"]
    assert (await harness.press(cast.participant, "prl:A2"))[0].startswith("Ihr Niveau: A2.")
    await harness.send(cast.participant, "/topics")
    assert "prt:doctor" in harness.request.buttons(cast.participant.id)
    await harness.press(cast.participant, "prt:doctor")
    await harness.press(cast.participant, "prt:care")
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.topics == ["care", "doctor"]
    replies = await harness.send(cast.participant, "/progress")
    # Nothing practised this week: the numbers as text, no empty chart (tests/handlers/test_charts_handlers.py)
    assert replies[0].startswith("Serie: 0 Tage") and "Niveau: A2" in replies[0]
    assert harness.request.sent(cast.participant.id, "sendPhoto") == []
    harness.clock.advance(timedelta(days=1))


async def test_a_topic_is_saved_when_its_keyboard_cannot_be_edited(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/topics")
    harness.request.fail_methods.add("editMessageReplyMarkup")  # e.g. an old message
    await harness.press(cast.participant, "prt:doctor")
    assert harness.request.sent(cast.participant.id, "editMessageReplyMarkup")[-1]["_failed"]
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.topics == ["doctor"]


async def test_a_coach_sets_the_level_of_their_own_participant_only(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.coach, "/level")
    assert replies[0] == "Für wen möchten Sie das Niveau festlegen?"
    assert harness.request.buttons(cast.coach.id) == [f"prl:p:{cast.participant_id}"]
    await harness.press(cast.coach, f"prl:p:{cast.participant_id}")
    assert harness.request.buttons(cast.coach.id)[-1] == f"prl:s:{cast.participant_id}:B1"
    replies = await harness.press(cast.coach, f"prl:s:{cast.participant_id}:A2")
    assert replies[0] == "Niveau von Amina: A2."
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "A2"
    # Another coach cannot, even with forged buttons.
    replies = await harness.press(cast.other_coach, f"prl:s:{cast.participant_id}:B1")
    assert "no longer valid" in replies[0]
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "A2"
