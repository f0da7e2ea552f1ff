"""Updates handled concurrently (bot/updates.py): one chat's in order, different chats at once.

The updates go through the Application's update processor as python-telegram-bot's own update
fetcher hands them over (`update_processor.process_update(update, app.process_update(update))`,
each in a task of its own), or through the update queue that polling fills. The Bot API takes
its time here (a round trip of 30 ms), so that updates really are in flight together.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Update

from bot.app import dispatcher_of
from bot.models import Appointment, Attendance, Priority, Role
from bot.services import outbox
from bot.services.outbox import Planned
from bot.updates import PerChatUpdateProcessor, order_key
from ui.outbox.base import Outgoing, RenderContext

from harness import BOT_USER, Harness, User
from seed import Cast, add_member, deps_of, planned_appointment

ROUND_TRIP = 0.03
_ids = itertools.count(10_000)


def slow_bot_api(harness: Harness, seconds: float = ROUND_TRIP) -> None:
    """Every Bot API call takes `seconds`, as Telegram does from a server far away."""
    answer = harness.request.do_request

    async def slow(*args: Any, **kwargs: Any) -> tuple[int, bytes]:
        await asyncio.sleep(seconds)
        return await answer(*args, **kwargs)

    harness.request.do_request = slow  # type: ignore[method-assign]


def text(harness: Harness, user: User, words: str) -> Update:
    chat = {"id": user.id, "type": "private", "first_name": user.first_name}
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(harness.clock.now().timestamp()),
        "chat": chat,
        "from": user.as_dict(),
        "text": words,
    }
    if words.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(words.split()[0])}]
    return Update.de_json({"update_id": next(_ids), "message": message}, harness.app.bot)


def press(harness: Harness, user: User, data: str, message_id: int = 1) -> Update:
    chat = {"id": user.id, "type": "private", "first_name": user.first_name}
    query = {
        "id": str(next(_ids)),
        "from": user.as_dict(),
        "chat_instance": "ci",
        "data": data,
        "message": {
            "message_id": message_id,
            "date": int(harness.clock.now().timestamp()),
            "chat": chat,
            "from": BOT_USER,
            "text": "…",
        },
    }
    return Update.de_json({"update_id": next(_ids), "callback_query": query}, harness.app.bot)


Spans = list[tuple[int, int, float, float]]  # (chat, update id, start, end)


async def concurrently(harness: Harness, updates: list[Update], spans: Spans | None = None) -> None:
    """Hand all `updates` to the update processor at once, in this order, and wait for them."""
    app = harness.app
    loop = asyncio.get_running_loop()

    async def timed(update: Update) -> None:
        start = loop.time()
        await app.process_update(update)
        if spans is not None:
            assert update.effective_chat is not None
            spans.append((update.effective_chat.id, update.update_id, start, loop.time()))

    tasks = [
        asyncio.create_task(app.update_processor.process_update(update, timed(update))) for update in updates
    ]
    await asyncio.gather(*tasks)
    await idle(harness)


async def idle(harness: Harness) -> None:
    processor = harness.app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    for _ in range(1000):
        if processor.busy_chats == 0 and processor.current_concurrent_updates == 0:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("updates still in flight")


def overlap(a: tuple[int, int, float, float], b: tuple[int, int, float, float]) -> bool:
    return a[2] < b[3] and b[2] < a[3]


async def test_the_application_uses_the_per_chat_processor(harness: Harness) -> None:
    processor = harness.app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    assert processor.max_concurrent_updates == deps_of(harness).settings.concurrent_updates > 1


async def test_one_persons_updates_in_order_another_persons_in_parallel(harness: Harness, cast: Cast) -> None:
    slow_bot_api(harness)
    amina, jonas = cast.participant, cast.coach
    updates = [text(harness, user, "/privacy") for _ in range(3) for user in (amina, jonas)]
    spans: Spans = []
    await concurrently(harness, updates, spans)
    by_chat = {
        user.id: sorted((s for s in spans if s[0] == user.id), key=lambda s: s[2]) for user in (amina, jonas)
    }
    for user in (amina, jonas):
        mine = by_chat[user.id]
        # Handled in the order they came, each after the one before it had finished.
        assert [s[1] for s in mine] == [u.update_id for u in updates if u.effective_chat.id == user.id]  # type: ignore[union-attr]
        assert all(earlier[3] <= later[2] for earlier, later in itertools.pairwise(mine))
        assert len(harness.request.texts(user.id)) == 6  # the notice and the consent, three times
    # Amina's and Jonas's at the same time.
    assert any(overlap(a, j) for a in by_chat[amina.id] for j in by_chat[jonas.id])


async def test_a_button_pressed_twice_at_once_counts_once(harness: Harness, cast: Cast) -> None:
    slow_bot_api(harness)
    appointment = await planned_appointment(harness, cast.participant_id, timedelta(days=1))
    data = f"apa:no:{appointment.id}:1"
    await concurrently(
        harness, [press(harness, cast.participant, data), press(harness, cast.participant, data)]
    )
    async with deps_of(harness).sessionmaker() as session:
        stored = await session.get(Appointment, appointment.id)
    assert stored is not None and stored.answer is Attendance.NOT_COMING
    harness.clock.advance(timedelta(minutes=40))  # past the wait for a reason
    await dispatcher_of(harness.app).drain()
    notices = [t for t in harness.request.texts(cast.coach.id) if "kann nicht kommen" in t]
    assert len(notices) == 1, notices
    # Both presses were answered (the spinner stops), neither raised.
    assert len(harness.request.sent(method="answerCallbackQuery")) == 2


def appointment_dialogue(harness: Harness, coach: User, participant_id: int, place: str) -> list[Update]:
    return [
        text(harness, coach, "/appointment"),
        press(harness, coach, f"apn:p:{participant_id}"),
        text(harness, coach, "morgen 9:30"),
        press(harness, coach, "apn:k:job_centre"),
        text(harness, coach, place),
        press(harness, coach, "apn:skip"),
        press(harness, coach, "apn:save"),
    ]


async def test_two_coaches_dialogues_interleaved(harness: Harness, cast: Cast) -> None:
    slow_bot_api(harness)
    bilal = User(7001, "Bilal", "de")
    bilal_id = await add_member(harness, bilal, Role.PARTICIPANT, coach_id=cast.other_coach_id)
    jonas = appointment_dialogue(harness, cast.coach, cast.participant_id, "Jobcenter Kassel")
    lea = appointment_dialogue(harness, cast.other_coach, bilal_id, "Rathaus Kassel")
    interleaved = [update for pair in zip(jonas, lea, strict=True) for update in pair]
    await concurrently(harness, interleaved)
    async with deps_of(harness).sessionmaker() as session:
        saved = list(await session.scalars(select(Appointment).order_by(Appointment.participant_id)))
    assert [(a.participant_id, a.place) for a in saved] == sorted(
        [(cast.participant_id, "Jobcenter Kassel"), (bilal_id, "Rathaus Kassel")]
    )


async def test_updates_from_the_update_queue_go_through_the_processor(harness: Harness, cast: Cast) -> None:
    """Polling puts updates into the update queue; the fetcher hands them to the processor,
    so two people's updates are in flight together there too."""
    slow_bot_api(harness)
    app = harness.app
    handled: list[int] = []
    now_in_flight, most_in_flight = 0, 0
    handle: Callable[[object], Awaitable[None]] = app.process_update

    async def watched(update: object) -> None:
        nonlocal now_in_flight, most_in_flight
        assert isinstance(update, Update) and update.effective_chat is not None
        now_in_flight += 1
        most_in_flight = max(most_in_flight, now_in_flight)
        try:
            await handle(update)
        finally:
            now_in_flight -= 1
        handled.append(update.effective_chat.id)

    app.process_update = watched  # type: ignore[method-assign]
    await app.start()
    try:
        for user in (cast.participant, cast.coach):
            await app.update_queue.put(text(harness, user, "/privacy"))
        await app.update_queue.join()
        await idle(harness)
    finally:
        await app.stop()
        del app.process_update
    assert sorted(handled) == sorted([cast.participant.id, cast.coach.id])
    assert all(len(harness.request.texts(user.id)) == 2 for user in (cast.participant, cast.coach))
    assert most_in_flight == 2


async def test_many_people_writing_at_once(harness: Harness, cast: Cast) -> None:
    """Thirty people, each a command and a text that writes, all in flight together on SQLite:
    every update is handled (a unit of work that meets the write lock is done again)."""
    slow_bot_api(harness, 0.01)
    people = [User(7200 + n, f"Person {n}", "de") for n in range(30)]
    for user in people:
        await add_member(harness, user, Role.PARTICIPANT, coach_id=cast.coach_id)
    harness.clock.advance(timedelta(minutes=10))  # "last seen" is written too
    updates = [
        update
        for user in people
        for update in (text(harness, user, "/privacy"), text(harness, user, "Hallo"))
    ]
    await concurrently(harness, updates)
    for user in people:
        assert len(harness.request.texts(user.id)) >= 3, user


def test_order_key_is_the_chat_or_else_the_person(harness: Harness) -> None:
    amina = User(7300, "Amina")
    assert order_key(text(harness, amina, "Hallo")) == amina.id
    inline = {
        "update_id": 1,
        "callback_query": {
            "id": "1",
            "from": amina.as_dict(),
            "chat_instance": "ci",
            "inline_message_id": "x",
            "data": "d",
        },
    }
    assert order_key(Update.de_json(inline, harness.app.bot)) == amina.id  # no chat: the person
    assert order_key(Update.de_json({"update_id": 2}, harness.app.bot)) is None
    assert order_key("not an update") is None


async def test_the_outbox_lets_the_updates_being_handled_go_first(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The application's dispatcher waits for its update processor's quiet moment: a message
    the bot sends on its own goes out after the replies to what Amina is doing right now."""
    slow_bot_api(harness)
    monkeypatch.setattr("scheduler.dispatcher.GIVE_WAY", 30.0)  # nothing but the quiet moment ends it
    dispatcher = dispatcher_of(harness.app)
    processor = harness.app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    assert dispatcher.foreground is processor.foreground

    async def note(context: RenderContext) -> Outgoing | None:
        return Outgoing(text="Neue Kurszeiten")

    dispatcher.renderers = {**dispatcher.renderers, "test.note": note}
    deps = deps_of(harness)
    now = harness.clock.now()
    async with deps.sessionmaker.begin() as session:
        await outbox.enqueue(
            session, Planned(cast.coach_id, "test.note", now, Priority.REMINDER, "note", {}, False), now=now
        )
    handling = asyncio.create_task(concurrently(harness, [text(harness, cast.participant, "/privacy")]))
    async with asyncio.timeout(10):
        while not processor.foreground.busy:
            await asyncio.sleep(0)
    assert await dispatcher.tick() == 1
    await handling
    chats = [int(params["chat_id"]) for params in harness.request.sent()]
    # Her notice and the consent question first, then the coach's message.
    assert chats == [cast.participant.id, cast.participant.id, cast.coach.id]
    assert processor.foreground.busy == 0
