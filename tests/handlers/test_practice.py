"""German practice through the real Application: placement, a whole dose, forgiving checks."""

from __future__ import annotations

import html
from datetime import timedelta
from zoneinfo import ZoneInfo

from fsrs import Card
from sqlalchemy import select

from bot.decks import TYPED, Item, Kind
from bot.models import Person, PracticeCard, PracticeProfile, PracticeReview
from bot.services import practice

from harness import STICKER, Harness, User
from seed import (
    SENT_TO_JONAS,
    Cast,
    answer_right,
    deliver,
    deps_of,
    in_dose,
    item_message_id,
    item_of,
    relayed_to,
    set_level,
    state_of,
)


def new_messages(harness: Harness, user: User) -> int:
    """Messages (text or picture) the bot sent to the chat: what the participant scrolls through."""
    return sum(len(harness.request.sent(user.id, method)) for method in ("sendMessage", "sendPhoto"))


def edits(harness: Harness, user: User) -> list[dict]:  # type: ignore[type-arg]
    return harness.request.sent(user.id, "editMessageText")


async def test_first_practice_is_a_placement_quiz(harness: Harness, cast: Cast) -> None:
    before = new_messages(harness, cast.participant)
    replies = await harness.send(cast.participant, "/practice")
    # What the quiz is, above its first question: one message, not two.
    assert len(replies) == 1 and replies[0].startswith("Zuerst ein kurzer Test")
    state = await state_of(harness, cast.participant_id)
    assert state["placement"] and len(state["items"]) == 6
    questions = [replies[0]]
    for _ in range(6):
        state = await state_of(harness, cast.participant_id)
        last_kind = item_of(harness, state).kind
        replies = await answer_right(harness, cast)
        questions += [r for r in replies if r.startswith("(")]
    # Each question says where in the quiz she is.
    assert [f"({n}/6) " in text for n, text in enumerate(questions, 1)] == [True] * 6, questions
    # The quiz ends with the level and a button to start practising.
    if last_kind in TYPED:
        end, markup = replies[-1], harness.request.sent(cast.participant.id)[-1]["reply_markup"]
    else:
        end, markup = (
            edits(harness, cast.participant)[-1]["text"],
            edits(harness, cast.participant)[-1]["reply_markup"],
        )
    assert "Ihr Niveau: <b>B1</b>." in end and "prs:go" in str(markup), (end, markup)
    # Before: 14 messages (the intro, 6 questions, 6 verdicts, the level); now 6, or 7 when the
    # last question was answered by typing.
    assert new_messages(harness, cast.participant) - before == 6 + (last_kind in TYPED)
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "B1"
        # Placement answers do not become cards.
        assert not list(await session.scalars(select(PracticeCard)))
    replies = await harness.press(cast.participant, "prs:go")
    assert replies and replies[0].startswith("(1/3) ")
    assert (await state_of(harness, cast.participant_id))["placement"] is False


async def test_each_item_of_a_dose_gets_its_verdict_in_its_own_message(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A2", ["doctor"])
    before = new_messages(harness, cast.participant)
    await harness.send(cast.participant, "/practice")
    kinds = []
    for number in range(1, 4):
        state = await state_of(harness, cast.participant_id)
        item = item_of(harness, state)
        # A typed item's message id is kept with the dose, for the verdict's edit; a card's
        # or a choice's is not written at all, since the press names its message.
        message_id = (
            state.get("msg")
            if item.kind in TYPED
            else item_message_id(harness, cast.participant.id, state["pos"])
        )
        assert isinstance(message_id, int)
        assert ("msg" in state) == (item.kind in TYPED)
        kinds.append(item.kind)
        await answer_right(harness, cast)
        edit = edits(harness, cast.participant)[-1]
        # The verdict is written into the item's own message, with the right form in bold.
        assert int(edit["message_id"]) == message_id and edit["parse_mode"] == "HTML"
        assert edit["text"].startswith(f"({number}/3) ")
        assert f"<b>{html.escape(item.expected)}</b>" in edit["text"] and "✅" in edit["text"]
        assert not edit.get("reply_markup") or number == 3
    # The message budget of a dose of 3: one message per item, and the end of the dose goes
    # into the last item's message when a button answered it, is new after a typed answer.
    # Before: 7 (an item, then a verdict and the next item for each answer, then the end).
    budget = 3 + (1 if kinds[-1] in TYPED else 0)
    assert new_messages(harness, cast.participant) - before == budget <= 4
    everything = [e["text"] for e in edits(harness, cast.participant)] + harness.request.texts(
        cast.participant.id
    )
    assert any("Super, alles richtig: 3 von 3! Serie: 1 Tag." in text for text in everything)
    async with deps_of(harness).sessionmaker() as session:
        cards = list(await session.scalars(select(PracticeCard)))
        reviews = list(await session.scalars(select(PracticeReview)))
    assert len(cards) == 3 and len(reviews) == 3
    assert all(card.due > harness.clock.now() for card in cards)  # next time: another day
    assert all(item.startswith("doctor-") for item in (c.item_id for c in cards))


async def test_a_dose_of_three_answered_with_buttons_is_three_messages(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    cards = [i for i in deps.decks.items.values() if i.kind is Kind.CARD][:2]
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    await in_dose(harness, cast.participant_id, [cards[0].id, choice.id, cards[1].id], msg=77)
    before = new_messages(harness, cast.participant)
    for _ in range(3):
        await answer_right(harness, cast)
    assert new_messages(harness, cast.participant) - before == 2  # items 2 and 3; the end is in the edit
    last = edits(harness, cast.participant)[-1]
    assert "Super, alles richtig: 3 von 3!" in last["text"]
    assert int(edits(harness, cast.participant)[0]["message_id"]) == 77


async def test_a_typed_item_whose_send_answers_null_keeps_no_id_and_her_answer_still_counts(
    harness: Harness, cast: Cast
) -> None:
    """Telegram said ok to the next typed item with `result: null`: there is no id to keep, the
    turn does not fail, and her typed answer gets its verdict as a reply instead of an edit."""
    deps = deps_of(harness)
    gap = next(i for i in deps.decks.items.values() if i.kind is Kind.GAP and i.level == "A1")
    await set_level(harness, cast.participant_id, "A1")
    await in_dose(harness, cast.participant_id, [gap.id, gap.id, gap.id])
    harness.request.fail("sendMessage", "null", times=2)  # the verdict (a reply: no msg), the item
    replies = await harness.send(cast.participant, "🙂")
    assert len(replies) == 2 and replies[1].startswith("(2/3) ")  # the next item went out
    assert "msg" not in await state_of(harness, cast.participant_id)  # no id to keep
    replies = await harness.send(cast.participant, gap.answers[0])
    assert "✅ Richtig" in replies[0]  # the verdict as a new message: nothing to edit


async def test_a_typed_answer_edits_its_item_and_the_verdict_says_what_differs(
    harness: Harness, cast: Cast
) -> None:
    deps = deps_of(harness)
    gap = next(i for i in deps.decks.items.values() if i.kind is Kind.GAP and i.level == "A1")
    await set_level(harness, cast.participant_id, "A1")
    await in_dose(harness, cast.participant_id, [gap.id, gap.id, gap.id, gap.id])
    # A dose begun before item messages were kept: the verdict comes once, as a reply.
    replies = await harness.send(cast.participant, "🙂")
    assert replies[0].startswith("(1/4) ") and "❌ Nicht ganz. Richtig ist: <b>" in replies[0]
    assert len(replies) == 2 and replies[1].startswith("(2/4) ")  # the next item, new
    message_id = (await state_of(harness, cast.participant_id))["msg"]
    before = new_messages(harness, cast.participant)
    replies = await harness.send(cast.participant, "<b>x</b> " * 500)  # 4000 characters, HTML
    edit = edits(harness, cast.participant)[-1]
    assert int(edit["message_id"]) == message_id and "❌ Nicht ganz." in edit["text"]
    assert "<b>x</b>" not in edit["text"]  # what she typed is never taken as HTML
    assert new_messages(harness, cast.participant) - before == 1 and replies[0].startswith("(3/4) ")
    assert "nur Text" in (await harness.send_raw(cast.participant, **STICKER))[0]
    expected = gap.answers[0]
    typo = (
        expected.lower()[:-1] + ("x" if not expected.lower().endswith("x") else "y")
        if len(expected) > 4
        else expected.upper()
    )
    await harness.send(cast.participant, typo)
    assert "✅ Richtig!" in edits(harness, cast.participant)[-1]["text"], (expected, typo)
    replies = await harness.send(cast.participant, expected)
    assert "✅ Richtig" in edits(harness, cast.participant)[-1]["text"]
    assert replies[-1].startswith(
        "2 von 4 richtig. Die anderen Übungen kommen bald wieder."
    )  # after typing: a new message


async def typed_verdict(harness: Harness, cast: Cast, item: Item, typed: str) -> str:
    await in_dose(harness, cast.participant_id, [item.id])
    replies = await harness.send(cast.participant, typed)
    return replies[0]


def say_item(answer: str) -> Item:
    """A "say" item accepting `answer` (the decks' own items change; the rule does not)."""
    return Item(
        id="say-test", topic="doctor", level="A1", kind=Kind.SAY, gloss={"en": "x"}, answers=(answer,)
    )


async def test_wrong_typed_answers_get_specific_feedback(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    cases = {
        (
            "Ich muss hier unterschreiben.",
            "Ich muss hier schreiben",
        ): "Vorne fehlt <b>unter</b>: <b>unterschreiben</b>.",
        ("Ich habe einen Termin.", "Ich habe ein Termin"): "Artikel: <b>einen</b>, nicht „ein“.",
        ("mit den kleinen Kindern", "mit den kleine Kindern"): "Endung: <b>kleinen</b>, nicht „kleine“.",
        ("Ich habe einen Termin beim Arzt.", "Ich habe einen Termin"): "Es fehlt: <b>beim Arzt</b>.",
        ("das Zimmer", "das große Zimmer"): "Zu viel: „große“.",
    }
    for (answer, typed), said in cases.items():
        item = say_item(answer)
        deps.decks.items[item.id] = item  # the test's own item, beside the real decks
        try:
            text = await typed_verdict(harness, cast, item, typed)
        finally:
            del deps.decks.items[item.id]
        assert "❌ Nicht ganz. Richtig ist: " in text and said in text, (typed, text)
        # In her language too, below the German.
        assert "\u200f" in text.split(said, 1)[1]


async def test_gloss_hint_skip_edit_the_item_and_stale_buttons_change_nothing(
    harness: Harness, cast: Cast
) -> None:
    deps = deps_of(harness)
    gap = next(i for i in deps.decks.items.values() if i.kind is Kind.GAP and i.hint)
    await in_dose(harness, cast.participant_id, [gap.id, gap.id])
    sent = new_messages(harness, cast.participant)
    assert await harness.press(cast.participant, "prg:0", message_id=50) == []  # no new message
    edit = edits(harness, cast.participant)[-1]
    assert int(edit["message_id"]) == 50 and "🌐 \u200f" in edit["text"]  # Amina's gloss in Arabic
    assert "prg:0" not in str(edit["reply_markup"]) and "prh:0" in str(edit["reply_markup"])
    assert await harness.press(cast.participant, "prh:0", message_id=50) == []
    edit = edits(harness, cast.participant)[-1]
    assert f"💡 {html.escape(gap.hint)}" in edit["text"] and "🌐" in edit["text"]  # both stay
    assert "prh:0" not in str(edit["reply_markup"]) and "prx:0" in str(edit["reply_markup"])
    assert "gilt nicht mehr" in (await harness.press(cast.participant, "prg:5"))[0]
    assert "gilt nicht mehr" in (await harness.press(cast.participant, "prc:0:9"))[0]
    sent = new_messages(harness, cast.participant)
    replies = await harness.press(cast.participant, "prx:0", message_id=50)
    edit = edits(harness, cast.participant)[-1]
    assert int(edit["message_id"]) == 50 and f"<b>{html.escape(gap.expected)}</b>" in edit["text"]
    assert len(replies) == 1 and replies[0].startswith("(2/2) ")  # only the next item is new
    assert new_messages(harness, cast.participant) - sent == 1
    assert (await state_of(harness, cast.participant_id))["pos"] == 1


async def test_a_verdict_that_cannot_be_edited_in_comes_as_a_message(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    card = next(i for i in deps.decks.items.values() if i.kind is Kind.CARD)
    await in_dose(harness, cast.participant_id, [card.id])
    harness.request.fail_methods.add("editMessageText")  # e.g. a message too old
    replies = await harness.press(cast.participant, "prk:0:1", message_id=60)
    assert (
        replies[0].startswith("(1/1) ")
        and "✅ Super!" in replies[0]
        and "Super, alles richtig: 1 von 1!" in replies[0]
    )


async def test_pause_resume_level_topics_progress(harness: Harness, cast: Cast) -> None:
    assert (await harness.send(cast.participant, "/pause"))[0].startswith("Pause:")
    assert (await harness.send(cast.participant, "/resume"))[0].startswith("Weiter geht's!")
    (asked,) = await harness.send(cast.participant, "/level")
    # Bilingual like the rest: German first ("noch offen" in German), her language below.
    german, arabic = asked.split("\n\n")
    assert german == "Welches Niveau möchten Sie üben? Jetzt: noch offen"
    assert arabic.startswith("\u200f") and "لم يحدد بعد" in arabic
    assert harness.request.buttons(cast.participant.id) == ["prl:A1", "prl:A2", "prl:B1"]
    assert await harness.press(cast.participant, "prl:A2", message_id=70) == []  # no new message
    edit = edits(harness, cast.participant)[-1]
    assert int(edit["message_id"]) == 70 and edit["text"].startswith("Ihr Niveau: A2.\n\n\u200f")
    (asked,) = await harness.send(cast.participant, "/topics")
    assert asked.startswith("Welche Themen möchten Sie üben?") and "\n\n\u200f" in asked
    assert "prt:doctor" in harness.request.buttons(cast.participant.id)
    labels = [
        b["text"]
        for row in harness.request.sent(cast.participant.id)[-1]["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    assert "\u200fرعاية المسنين · Altenpflege" in labels  # her language with the German
    await harness.press(cast.participant, "prt:doctor")
    await harness.press(cast.participant, "prt:care")
    assert await harness.press(cast.participant, "prt:done", message_id=71) == []
    assert edits(harness, cast.participant)[-1]["text"].startswith("Gespeichert.\n\n\u200f")
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
    await harness.press(cast.coach, f"prl:p:{cast.participant_id}", message_id=80)
    edit = edits(harness, cast.coach)[-1]  # the question of whom becomes the levels of Amina
    assert int(edit["message_id"]) == 80 and edit["text"] == "Niveau von Amina: noch offen. Neues Niveau?"
    assert f"prl:s:{cast.participant_id}:B1" in str(edit["reply_markup"])
    assert await harness.press(cast.coach, f"prl:s:{cast.participant_id}:A2", message_id=80) == []
    assert edits(harness, cast.coach)[-1]["text"] == "Niveau von Amina: A2."
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "A2"
    # Another coach cannot, even with forged buttons.
    replies = await harness.press(cast.other_coach, f"prl:s:{cast.participant_id}:B1")
    assert "no longer valid" in replies[0]
    async with deps_of(harness).sessionmaker() as session:
        prof = await session.get(PracticeProfile, cast.participant_id)
        assert prof is not None and prof.level == "A2"


async def plan_prompt_for_tomorrow(harness: Harness, person_id: int) -> None:
    """A practice time a minute ago: today's prompt is past, tomorrow's is planned."""
    async with deps_of(harness).sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        local = harness.clock.now().astimezone(ZoneInfo(person.timezone))
        person.practice_time = (local - timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    async with deps_of(harness).sessionmaker.begin() as session:
        assert await practice.plan_prompts(session, now=harness.clock.now()) == 1


async def test_not_today_turns_the_invitation_into_its_answer(harness: Harness, cast: Cast) -> None:
    await plan_prompt_for_tomorrow(harness, cast.participant_id)
    sent = new_messages(harness, cast.participant)
    assert await harness.press(cast.participant, "prs:later", message_id=90) == []
    edit = edits(harness, cast.participant)[-1]
    assert int(edit["message_id"]) == 90 and edit["text"].startswith("Kein Problem. Bis morgen!\n\n\u200f")
    assert new_messages(harness, cast.participant) == sent


async def test_a_wrong_choice_stays_visible_above_the_right_answer(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/practice")  # the placement quiz starts with a choice
    state = await state_of(harness, cast.participant_id)
    item = item_of(harness, state)
    assert item.kind is Kind.CHOICE
    wrong = next(i for i in range(len(item.options)) if i != item.answer)
    message_id = item_message_id(harness, cast.participant.id, 0)
    assert message_id is not None and "msg" not in state  # a choice's message id is not written
    await harness.press(cast.participant, f"prc:0:{wrong}", message_id=message_id)
    edit = harness.request.sent(cast.participant.id, "editMessageText")[-1]
    chosen, verdict = edit["text"].split("\n\n")[-1].split("\n")[:2]
    assert chosen == f"→ „{html.escape(item.options[wrong])}“"
    assert verdict.startswith("❌ Nicht ganz. Richtig ist: <b>")


async def end_of_dose(harness: Harness, cast: Cast, known: list[bool]) -> str:
    """A dose of cards answered "Kenne ich" / "Noch nicht" in turn; the text that ends it."""
    deps = deps_of(harness)
    cards = [i for i in deps.decks.items.values() if i.kind is Kind.CARD][: len(known)]
    await in_dose(harness, cast.participant_id, [card.id for card in cards], msg=77)
    for pos, knew in enumerate(known):
        await harness.press(cast.participant, f"prk:{pos}:{int(knew)}", message_id=77 + pos)
    text: str = edits(harness, cast.participant)[-1]["text"]
    return text.split("\n\n", 2)[-1]  # below the last item and its verdict


async def test_the_end_of_a_dose_with_nothing_right_is_kind_and_not_praise(
    harness: Harness, cast: Cast
) -> None:
    deps = deps_of(harness)
    card = next(i for i in deps.decks.items.values() if i.kind is Kind.CARD)
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    await in_dose(harness, cast.participant_id, [card.id, choice.id], msg=77)
    await harness.press(cast.participant, "prk:0:0", message_id=77)
    wrong = next(n for n in range(len(choice.options)) if n != choice.answer)
    await harness.press(cast.participant, f"prc:1:{wrong}", message_id=78)
    *_, german, arabic = str(edits(harness, cast.participant)[-1]["text"]).split("\n\n")
    end = german + arabic
    assert german == (
        "Diesmal war es schwer – das gehört zum Lernen. 0 von 2 richtig. "
        "Diese Übungen kommen bald wieder. Serie: 1 Tag."
    )
    assert not any(word in end for word in ("Geschafft", "Super", "Gut gemacht"))
    assert arabic.startswith("\u200f") and "صعب" in arabic  # her language below, said as kindly


async def test_a_dose_of_new_words_not_known_yet_is_no_failure(harness: Harness, cast: Cast) -> None:
    """ "Noch nicht" on a new word is no wrong answer: the end says she met them, not "0 right"."""
    end = await end_of_dose(harness, cast, [False, False, False])
    german, arabic = end.split("\n\n")
    assert german == (
        "3 neue Wörter kennengelernt. Sie kommen bald wieder, bis Sie sie kennen. Serie: 1 Tag."
    )
    assert "richtig" not in end and "schwer" not in end and "تعرّفت على كلمات جديدة" in arabic


async def test_the_end_of_a_dose_praises_what_went_well(harness: Harness, cast: Cast) -> None:
    end = await end_of_dose(harness, cast, [True, True, True])
    assert end.startswith("Super, alles richtig: 3 von 3! Serie: 1 Tag.\n\n\u200f")
    harness.clock.advance(timedelta(days=1))  # the next day: most right, and two days in a row
    end = await end_of_dose(harness, cast, [True, False, True])
    assert end.startswith("Gut gemacht! 2 von 3 richtig. Serie: 2 Tage.\n\n\u200f")
    harness.clock.advance(timedelta(days=1))
    end = await end_of_dose(harness, cast, [False, True, False])
    assert end.startswith("1 von 3 richtig. Die anderen Übungen kommen bald wieder. Serie: 3 Tage.")


async def test_the_hint_she_sees_points_at_the_first_letter_not_the_answer(
    harness: Harness, cast: Cast
) -> None:
    deps = deps_of(harness)
    item = deps.decks.get("care-022")  # "… in die ___.": Dokumentation (its hint said "die Dokumentation")
    assert item is not None and item.answers[0] == "Dokumentation"
    await in_dose(harness, cast.participant_id, [item.id], msg=50)
    assert await harness.press(cast.participant, "prh:0", message_id=50) == []  # no new message
    edit = edits(harness, cast.participant)[-1]
    hint = edit["text"].split("💡 ", 1)[1]
    german, arabic = hint.split("\n")
    assert german == "Beginnt mit „D…“, 13 Buchstaben."
    assert arabic.startswith("\u200f") and "13" in arabic  # and in her language
    assert "dokumentation" not in edit["text"].lower()
    # The hint counts: the right answer after it is a hinted one.
    await harness.send(cast.participant, "Dokumentation")
    async with deps_of(harness).sessionmaker() as session:
        (review,) = list(await session.scalars(select(PracticeReview)))
    assert review.hinted and review.correct


async def test_not_today_says_see_you_tomorrow_only_when_a_prompt_comes_tomorrow(
    harness: Harness, cast: Cast
) -> None:
    # No prompt planned: no "Bis morgen!".
    await harness.press(cast.participant, "prs:later", message_id=90)
    edit = edits(harness, cast.participant)[-1]
    assert edit["text"].startswith("Kein Problem. Mit /practice können Sie jederzeit üben.\n\n\u200f")
    await plan_prompt_for_tomorrow(harness, cast.participant_id)
    await harness.send(cast.participant, "/pause")  # paused: tomorrow's prompt will not be sent
    await harness.press(cast.participant, "prs:later", message_id=91)
    assert "Bis morgen" not in edits(harness, cast.participant)[-1]["text"]
    await harness.send(cast.participant, "/resume")
    await harness.press(cast.participant, "prs:later", message_id=92)
    assert edits(harness, cast.participant)[-1]["text"].startswith("Kein Problem. Bis morgen!")


async def test_nothing_to_practise_says_when_the_next_review_is_due(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A1", ["greetings"])
    deps = deps_of(harness)
    now = harness.clock.now()
    async with deps.sessionmaker.begin() as session:
        for item in deps.decks.decks["greetings"].items:  # every item seen, none due
            due = now + timedelta(days=3)
            session.add(
                PracticeCard(
                    person_id=cast.participant_id,
                    item_id=item.id,
                    fsrs=Card(due=due).to_dict(),
                    due=due,
                    reps=1,
                    lapses=0,
                    created_at=now,
                )
            )
    (reply,) = await harness.send(cast.participant, "/practice")
    # Before: "Morgen geht es weiter!", though nothing was due before three days.
    assert reply.startswith("Für heute ist alles geübt. Die nächste Wiederholung kommt in 3 Tagen.\n\n\u200f")
    harness.clock.advance(timedelta(days=2))
    (reply,) = await harness.send(cast.participant, "/practice")
    assert reply.startswith("Für heute ist alles geübt. Morgen geht es weiter!")


async def test_resume_promises_daily_practice_only_with_a_practice_time(harness: Harness, cast: Cast) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        person = await session.get(Person, cast.participant_id)
        assert person is not None
        person.practice_time = None  # e.g. never chosen: no prompt is planned
    (reply,) = await harness.send(cast.participant, "/resume")
    assert reply.startswith("Weiter geht's! Sie haben keine Übungszeit gewählt") and "jeden Tag" not in reply
    await plan_prompt_for_tomorrow(harness, cast.participant_id)
    (reply,) = await harness.send(cast.participant, "/resume")
    # Not "jeden Tag": after unanswered prompts they come every third day (the back-off).
    assert reply.startswith("Weiter geht's! Sie bekommen wieder Übungen.")


async def test_an_option_typed_instead_of_tapped_answers_the_choice(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    await in_dose(harness, cast.participant_id, [choice.id, choice.id])
    right = choice.options[choice.answer]
    replies = await harness.send(cast.participant, right.lower().rstrip(".!?"))
    assert replies[0].startswith("✅ Richtig") and replies[1].startswith("(2/2) ")
    assert "Tippen Sie" not in replies[0]  # the verdict alone: she typed, and the item is above
    assert "kept" not in await state_of(harness, cast.participant_id)


async def test_text_during_a_choice_that_is_no_answer_reaches_her_coach_with_one_tap(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """ "I am tired today" typed while the quiz shows buttons: before, only "tap the right
    answer", and her words were gone. Now the reminder carries one button that sends them to
    her coach, and the dose goes on."""
    amina = cast.participant
    deps = deps_of(harness)
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    await in_dose(harness, cast.participant_id, [choice.id, choice.id], msg=77)
    replies = await harness.send(amina, "مرحبا")
    assert replies == ["Tippen Sie auf die richtige Antwort.\n\n\u200fاضغط على الإجابة الصحيحة."]
    markup = harness.request.sent(amina.id)[-1]["reply_markup"]
    assert "prm" in str(markup) and "Jonas" in str(markup)  # ✉️ أرسل إلى Jonas · ✉️ An Jonas senden
    assert "مرحبا" not in str(await state_of(harness, cast.participant_id))  # kept encrypted
    assert relayed_to(harness, cast.coach) == []  # nothing goes without her tap

    replies = await harness.press(amina, "prm")
    assert replies == [SENT_TO_JONAS]
    assert harness.request.sent(amina.id, "editMessageReplyMarkup")  # the button is gone
    await deliver(harness)
    (relayed,) = relayed_to(harness, cast.coach)
    assert "«مرحبا»" in relayed and "«hallo»" in relayed
    # The dose went on: the item is still there to answer, and the button is spent.
    assert (await state_of(harness, cast.participant_id))["pos"] == 0
    assert "gilt nicht mehr" in (await harness.press(amina, "prm"))[0]
    replies = await answer_right(harness, cast)
    assert replies[0].startswith("(2/2) ")


async def test_text_kept_during_a_dose_waits_for_her_after_its_end(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    deps = deps_of(harness)
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    await in_dose(harness, cast.participant_id, [choice.id], msg=77)
    await harness.send(amina, "Ich bin heute müde")
    await answer_right(harness, cast)  # the dose ends; she did not tap "send"
    state = await state_of(harness, cast.participant_id)
    assert state["name"] == "talk" and len(state["held"]) == 1  # kept as any text outside a question
    assert await harness.press(amina, "prm") == [SENT_TO_JONAS]  # her tap still sends it
    await deliver(harness)
    (relayed,) = relayed_to(harness, cast.coach)
    assert "Ich bin heute müde" in relayed
