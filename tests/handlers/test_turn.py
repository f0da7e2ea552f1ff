"""The turn's unit of work: services run in it through turn.call; slow work runs outside it."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from sqlalchemy.pool import QueuePool
from telegram.request import RequestData

from bot.deps import Deps
from bot.i18n import Translator
from bot.services import people
from handlers.access import Audience
from handlers.turn import Turn

from harness import Harness
from seed import Cast, deps_of


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


async def test_the_buttons_answer_goes_beside_the_other_calls(harness: Harness, cast: Cast) -> None:
    """answerCallbackQuery is not queued behind the reply and the keyboard edit: with a round
    trip to Telegram, a press costs one round trip less. Each call here yields a few times
    (as a round trip would), so calls that run side by side are seen in flight together."""
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

    await harness.send(cast.participant, "/level")
    harness.request.do_request = do_request  # type: ignore[method-assign, assignment]
    await harness.press(cast.participant, "prl:A2")
    assert any(len(seen) > 1 and "answerCallbackQuery" in seen for seen in together), together
