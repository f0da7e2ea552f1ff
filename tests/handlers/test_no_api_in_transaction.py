"""No Bot API call while a database transaction is open, in any flow.

A Telegram round trip inside a transaction holds SQLite's write lock (and a PostgreSQL
connection with its row locks) for as long as Telegram takes: every other person waits.
SQLAlchemy's session events say when a transaction has begun on a connection and when it
ended; the recording Bot API fails the test if it is called in between.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

from bot.app import dispatcher_of
from bot.models import Role

from harness import Harness, User
from seed import (
    Cast,
    add_member,
    answer_right,
    answer_weekly,
    deps_of,
    make_invite,
    planned_appointment,
    set_level,
    start,
)


class Transactions:
    """The sessions of this process that have a transaction open on a connection now."""

    def __init__(self) -> None:
        self.open: set[int] = set()

    def begun(self, session: Session, transaction: SessionTransaction, connection: Any) -> None:
        self.open.add(id(session))

    def ended(self, session: Session, *args: Any) -> None:
        self.open.discard(id(session))

    def transaction_ended(self, session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:  # closed without commit or rollback, too
            self.open.discard(id(session))


@pytest.fixture
def transactions() -> Iterator[Transactions]:
    # Every Session of the process, so no session that some part of the bot makes escapes.
    watched = Transactions()
    listeners = [
        ("after_begin", watched.begun),
        ("after_commit", watched.ended),
        ("after_rollback", watched.ended),
        ("after_transaction_end", watched.transaction_ended),
    ]
    for name, listener in listeners:
        event.listen(Session, name, listener)
    yield watched
    for name, listener in listeners:
        event.remove(Session, name, listener)


@pytest.fixture
def inside(harness: Harness, transactions: Transactions) -> Iterator[list[str]]:
    """The Bot API calls made inside a transaction, with where they were made."""
    found: list[str] = []
    answer = harness.request.do_request

    async def checked(url: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if transactions.open:
            where = "".join(traceback.format_stack(limit=12))
            found.append(f"{url.rsplit('/', 1)[-1]} with a transaction open, from\n{where}")
        return await answer(url, *args, **kwargs)

    harness.request.do_request = checked  # type: ignore[method-assign]
    yield found


def methods(harness: Harness) -> set[str]:
    return {name for name, _ in harness.request.calls}


async def test_the_check_sees_a_call_inside_a_transaction(harness: Harness, inside: list[str]) -> None:
    """The check itself: a call made with a session's transaction open is caught."""
    async with deps_of(harness).sessionmaker.begin() as session:
        await session.execute(text("SELECT 1"))
        await harness.app.bot.send_message(1, "x")
    await harness.app.bot.send_message(1, "y")  # committed: allowed
    assert len(inside) == 1 and inside[0].startswith("sendMessage")


async def test_joining(harness: Harness, cast: Cast, inside: list[str]) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    amal = User(600, "Amal", "ar")
    await harness.send(amal, f"/start {token}")
    await harness.press(amal, "lang:ar")
    await harness.press(amal, "consent:yes")
    for _ in range(2):
        await harness.press(amal, next(iter(harness.request.buttons(amal.id))))
    await harness.send(amal, "/help")
    assert {"sendMessage", "answerCallbackQuery", "editMessageText"} <= methods(harness)
    assert not inside, "\n".join(inside)


async def test_appointment_answers(harness: Harness, cast: Cast, inside: list[str]) -> None:
    appointment = await planned_appointment(harness, cast.participant_id, timedelta(days=1))
    await harness.press(cast.participant, f"apa:yes:{appointment.id}:1")
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    await harness.send(cast.participant, "Mein Kind ist krank")
    harness.clock.advance(timedelta(minutes=40))
    await dispatcher_of(harness.app).drain()
    await harness.send(cast.participant, "/appointments")
    assert "answerCallbackQuery" in methods(harness)
    assert not inside, "\n".join(inside)


async def test_checkin_answers(harness: Harness, cast: Cast, inside: list[str]) -> None:
    checkin = await start(harness, cast.participant)
    await answer_weekly(
        harness, cast.participant, checkin, mood=1, contact="yes", words="Ich bin sehr traurig"
    )
    await dispatcher_of(harness.app).drain()  # the alert to the coach
    await harness.send(cast.coach, "/alerts")
    assert not inside, "\n".join(inside)


async def test_practice(harness: Harness, cast: Cast, inside: list[str]) -> None:
    await set_level(harness, cast.participant_id, "A2", ["doctor"])
    await harness.send(cast.participant, "/practice")
    for _ in range(3):
        await answer_right(harness, cast)
    await harness.send(cast.participant, "/progress")  # a picture, drawn outside the transaction
    assert not inside, "\n".join(inside)


async def test_coach_pages(harness: Harness, cast: Cast, inside: list[str]) -> None:
    await planned_appointment(harness, cast.participant_id, timedelta(days=1))
    await add_member(harness, User(7002, "Bilal"), Role.PARTICIPANT, coach_id=cast.coach_id)
    for command in ("/participants", "/appointments", "/alerts", "/invite", "/help"):
        await harness.send(cast.coach, command)
    for data in harness.request.buttons(cast.coach.id)[:3]:
        await harness.press(cast.coach, data)
    await harness.send(cast.coach, "/appointment")
    await harness.press(cast.coach, f"apn:p:{cast.participant_id}")
    await harness.send(cast.coach, "morgen 9:30")
    await harness.press(cast.coach, "apn:k:job_centre")
    await harness.send(cast.coach, "Jobcenter Kassel")
    await harness.press(cast.coach, "apn:skip")
    await harness.press(cast.coach, "apn:save")
    await dispatcher_of(harness.app).drain()
    assert not inside, "\n".join(inside)
