"""The turn's unit of work: services run in it through turn.call; slow work runs outside it."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy.pool import QueuePool
from telegram import Update
from telegram.request import RequestData

from bot.decks import Kind
from bot.deps import Deps
from bot.i18n import Translator
from bot.models import Person
from bot.services import people
from handlers.access import Audience
from handlers.turn import Turn

from harness import Harness
from seed import Cast, deps_of, in_dose, outbox, start


def _turn(deps: Deps, session: Any) -> Turn:
    return Turn(
        update=cast(Any, None),
        context=cast(Any, None),
        deps=deps,
        _session=session,
        person=None,
        audience=Audience.GUEST,
        t=Translator(deps.catalogue, "de"),
        now=deps.clock.now(),
    )


def _context(harness: Harness) -> Any:
    """What a Turn reads from PTB's context: the bot."""
    return SimpleNamespace(bot=harness.app.bot)


async def _counted(deps: Deps) -> int:
    async with deps.sessionmaker() as other:
        return await people.counter_value(other, people.UNINVITED_COUNTER)


async def test_call_runs_the_service_in_the_turns_session(deps: Deps) -> None:
    async with deps.sessionmaker() as session:
        turn = _turn(deps, session)
        await turn.call(people.count_uninvited)
        assert session.in_transaction()
        assert await turn.call(people.counter_value, people.UNINVITED_COUNTER) == 1
        await session.rollback()
    assert await _counted(deps) == 0


async def test_outside_transaction_commits_first_and_holds_no_transaction(deps: Deps) -> None:
    seen: list[object] = []

    async def slow_work() -> str:
        seen.append(session.in_transaction())
        seen.append(await _counted(deps))  # another connection sees what came before
        return "translated"

    async with deps.sessionmaker() as session:
        turn = _turn(deps, session)
        await turn.call(people.count_uninvited)
        assert await turn.outside_transaction(slow_work()) == "translated"
        await turn.call(people.count_uninvited)  # goes on in a new transaction
        await session.commit()
    assert seen == [False, 1]
    assert await _counted(deps) == 2


async def test_no_bot_api_call_while_the_turn_holds_a_connection(harness: Harness, cast: Cast) -> None:
    """Answers to buttons, keyboard edits and replies all wait for the commit."""
    pool = deps_of(harness).engine.pool
    assert isinstance(pool, QueuePool)
    held: list[tuple[str, int]] = []
    record = harness.request.do_request

    async def do_request(
        url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> Any:
        held.append((url.rsplit("/", 1)[-1], pool.checkedout()))
        return await record(url, method, request_data, **kwargs)

    harness.request.do_request = do_request  # type: ignore[method-assign, assignment]
    await harness.send(cast.participant, "/level")
    await harness.press(cast.participant, "prl:A2")
    await harness.send(cast.participant, "/topics")
    await harness.press(cast.participant, "prt:doctor")
    methods = {method for method, _ in held}
    assert {"answerCallbackQuery", "editMessageReplyMarkup", "sendMessage"} <= methods
    assert [call for call in held if call[1]] == []


def _seen_together(harness: Harness) -> list[set[str]]:
    """From now on each Bot API call yields a few times (as a round trip would), so that calls
    running side by side are seen in flight together: the list of what was in flight as each
    call began."""
    in_flight: list[str] = []
    together: list[set[str]] = []
    record = harness.request.do_request

    async def do_request(
        url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> Any:
        in_flight.append(url.rsplit("/", 1)[-1])
        together.append(set(in_flight))
        for _ in range(5):
            await asyncio.sleep(0)
        in_flight.remove(url.rsplit("/", 1)[-1])
        return await record(url, method, request_data, **kwargs)

    harness.request.do_request = do_request  # type: ignore[method-assign, assignment]
    return together


async def test_the_buttons_answer_goes_beside_the_other_calls(harness: Harness, cast: Cast) -> None:
    """answerCallbackQuery is not queued behind the reply and the keyboard edit: with a round
    trip to Telegram, a press costs one round trip less."""
    await harness.send(cast.participant, "/level")
    together = _seen_together(harness)
    await harness.press(cast.participant, "prl:A2")
    assert any(len(seen) > 1 and "answerCallbackQuery" in seen for seen in together), together


async def test_the_answered_question_is_edited_beside_the_next_question(harness: Harness, cast: Cast) -> None:
    """A check-in's answer shows in its question's message while the next question goes out:
    an edit changes no order in the chat, so the next message does not wait for it (one round
    trip less a press). The edit is asked first, as it was queued."""
    checkin = await start(harness, cast.participant)
    together = _seen_together(harness)
    before = len(harness.request.calls)
    await harness.press(cast.participant, f"ck:a:{checkin}:0:4")
    assert any({"editMessageText", "sendMessage"} <= seen for seen in together), together
    methods = [name for name, _ in harness.request.calls[before:]]
    assert methods.index("editMessageText") < methods.index("sendMessage")
    assert harness.request.texts(cast.participant.id)[-1].startswith("(2/6)")


async def test_a_block_met_by_an_edit_marks_her_unreachable_once(harness: Harness, cast: Cast) -> None:
    """She blocked the bot: the edit beside the queue and the next question both meet it; she is
    marked once, and her coach told once, after both calls are back."""
    checkin = await start(harness, cast.participant)
    harness.request.fail("editMessageText", "403", times=1)
    harness.request.fail("sendMessage", "403", times=1)
    await harness.press(cast.participant, f"ck:a:{checkin}:0:4")
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, cast.participant_id)
    assert person is not None and person.unreachable_at is not None
    assert [row for row in await outbox(harness) if row[0] == "coach.unreachable"] == [
        ("coach.unreachable", cast.coach_id)
    ]


async def test_a_block_met_by_an_edit_alone_marks_her_unreachable(harness: Harness, cast: Cast) -> None:
    """Only the edit met the block (her last message): she is marked unreachable all the same."""
    checkin = await start(harness, cast.participant)
    harness.request.fail("editMessageText", "403", times=1)
    await harness.press(cast.participant, f"ck:a:{checkin}:0:4")
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, cast.participant_id)
    assert person is not None and person.unreachable_at is not None


async def test_a_practice_verdict_is_edited_beside_the_next_item(harness: Harness, cast: Cast) -> None:
    cards = [i for i in deps_of(harness).decks.items.values() if i.kind is Kind.CARD][:2]
    await in_dose(harness, cast.participant_id, [card.id for card in cards], msg=77)
    together = _seen_together(harness)
    replies = await harness.press(cast.participant, "prk:0:1", message_id=77)
    assert any({"editMessageText", "sendMessage"} <= seen for seen in together), together
    assert replies[-1].startswith("(2/2) ")


async def test_a_practice_verdict_that_cannot_be_edited_still_comes(harness: Harness, cast: Cast) -> None:
    """Telegram refuses the edit (the message was deleted): the verdict comes as a new message
    (beside the next item, so either may come first). Nothing is lost."""
    cards = [i for i in deps_of(harness).decks.items.values() if i.kind is Kind.CARD][:2]
    await in_dose(harness, cast.participant_id, [card.id for card in cards], msg=77)
    harness.request.fail("editMessageText", "404", times=1)
    await harness.press(cast.participant, "prk:0:1", message_id=77)
    texts = harness.request.texts(cast.participant.id)[-2:]
    assert sorted(text[:6] for text in texts) == ["(1/2) ", "(2/2) "]
    assert "✅" in next(text for text in texts if text.startswith("(1/2) "))


async def test_edits_of_one_message_keep_their_order(harness: Harness, cast: Cast) -> None:
    """Two edits of the pressed message in one turn, both beside the queue: the second waits
    for the first, so the message ends as the last one says, however slow the first is."""
    record = harness.request.do_request

    async def do_request(
        url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> Any:
        if url.endswith("/editMessageText"):  # slower than the keyboard's edit
            for _ in range(10):
                await asyncio.sleep(0)
        return await record(url, method, request_data, **kwargs)

    harness.request.do_request = do_request  # type: ignore[method-assign, assignment]
    user = cast.participant
    query = {
        "id": "q1",
        "from": user.as_dict(),
        "chat_instance": "ci",
        "data": "x",
        "message": {"message_id": 5, "date": 0, "chat": {"id": user.id, "type": "private"}, "text": "…"},
    }
    update = Update.de_json({"update_id": 1, "callback_query": query}, harness.app.bot)
    deps = deps_of(harness)
    async with deps.sessionmaker() as session:
        turn = _turn(deps, session)
        turn.update, turn.context = update, _context(harness)
        turn.edit("Gewählt: 4")
        turn.edit_buttons(None)
        await turn.send_queued()
    assert [name for name, _ in harness.request.calls[-2:]] == ["editMessageText", "editMessageReplyMarkup"]
