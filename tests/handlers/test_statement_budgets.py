"""How many SQL statements one update of each common kind runs: budgets the tests hold.

Each statement is a round trip to the database (PostgreSQL over the network) and, inside a
write transaction, time that SQLite's write lock is held. The counts are taken with
SQLAlchemy's `before_cursor_execute` event on the application's engine, around one update
(and the units of work it runs after its commit). BEGIN and COMMIT are not statements here.
The budgets are the counts reached today: a change that adds statements to a common update
fails here and has to say why (or raise the budget).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from bot.app import dispatcher_of
from bot.decks import Kind
from bot.models import Role

from harness import Harness, User
from seed import Cast, add_member, answer_weekly, deps_of, in_dose, load, planned_appointment, start

# Before issue 13 (at 7ded7a8), counted by these tests: a plain text 3, a reminder's button 6,
# the last check-in answer 15, a coach's /appointments with 3 appointments 5, /help 2. Since:
# "last seen" is written at most every LAST_SEEN_MINUTES (one UPDATE less on most updates), the
# coach's list is one query with the names (was three), the check-in's answers are read once
# per answer (were read twice); the triage reads the check-in and the texts it translates in one
# statement (were two). The outbox's row and its recipient are read in one statement (were two),
# and "sent" is written down without reading the row again (was a read and a write).
BUDGETS = {
    "plain text": 3,  # the person; the dialogue (asked whether to send it); the shown message kept
    # Once she said her texts go to her coach: the person; her coach (read once: the "sent to"
    # line used to read it again); the text and its outbox row.
    "plain text to the coach": 4,
    "appointment button": 5,  # the person; the appointment read and answered; two kinds of offers withdrawn
    # 6 in the turn (the check-in and its answers read in one statement: were two), 3 in the
    # triage (bot/services/triage.py): the claim, the check-in with its participant and its
    # answers (were two), the mood history. It looks for texts to translate only when the turn
    # saw an answer in another language than German (one more).
    "last check-in answer": 9,
    # A check-in question answered by its button: the person; the check-in with its answers;
    # the answer; the dialogue (the question now open). Was 5.
    "check-in button": 4,
    "coach /appointments": 2,  # the person; the list with the names
    "/help": 1,  # the person
    # A card of a dose answered (her first), the next card shown: the person; her card of
    # that item, new, and its review (3); her practice profile, new (2); her dialogue. The next
    # card's message id is not written afterwards: only a typed item needs it (that was the
    # person read again and her dialogue written again, 9 in all).
    "practice card": 7,
    # drain() delivering one reminder: a round's claim (a look for stale claims, the due rows
    # and their recipients read, the claim written) 4; the row with its recipient, and the
    # appointment 2; "sent" written down 1; the next round's claim, which finds nothing, 2.
    # (Stale claims were released by two UPDATEs in every claim of a round's first: 11 in all.)
    "one outbox row": 9,
    # The same for a text relayed to the coach: the claim 4; the row with its recipient, and
    # the text with its participant 2; "sent" 1; the next claim 2.
    "one relayed text": 9,
}


class Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        self.seen.append(statement.split(None, 1)[0].upper() + " " + statement[:600].replace("\n", " "))


@asynccontextmanager
async def counted(harness: Harness) -> AsyncIterator[Statements]:
    engine = deps_of(harness).engine.sync_engine
    statements = Statements()
    event.listen(engine, "before_cursor_execute", statements)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", statements)


async def count(harness: Harness, update: Callable[[], Awaitable[object]]) -> list[str]:
    async with counted(harness) as statements:
        await update()
    print(len(statements.seen), *statements.seen, sep="\n  ")  # shown with -s, or on failure
    return statements.seen


async def seen_lately(harness: Harness, user: User) -> None:
    """The person wrote a minute ago: the usual case for the next update."""
    await harness.send(user, "/privacy")
    harness.clock.advance(timedelta(minutes=1))


async def test_plain_text_message(harness: Harness, cast: Cast) -> None:
    await seen_lately(harness, cast.participant)
    seen = await count(harness, lambda: harness.send(cast.participant, "Guten Morgen"))
    assert len(seen) <= BUDGETS["plain text"]


async def test_button_on_an_appointment_reminder(harness: Harness, cast: Cast) -> None:
    appointment = await planned_appointment(harness, cast.participant_id, timedelta(days=1))
    await seen_lately(harness, cast.participant)
    seen = await count(harness, lambda: harness.press(cast.participant, f"apa:yes:{appointment.id}:1"))
    assert len(seen) <= BUDGETS["appointment button"]


async def test_last_checkin_answer(harness: Harness, cast: Cast) -> None:
    checkin = await start(harness, cast.participant)
    await answer_weekly(harness, cast.participant, checkin, last=False)
    harness.clock.advance(timedelta(minutes=1))
    seen = await count(harness, lambda: harness.send(cast.participant, "Der Kurs ist gut."))
    assert len(seen) <= BUDGETS["last check-in answer"]


async def test_checkin_button(harness: Harness, cast: Cast) -> None:
    checkin = await start(harness, cast.participant)
    await harness.press(cast.participant, f"ck:a:{checkin}:0:3")
    harness.clock.advance(timedelta(minutes=1))
    seen = await count(harness, lambda: harness.press(cast.participant, f"ck:a:{checkin}:1:good"))
    assert len(seen) <= BUDGETS["check-in button"]


async def test_coach_appointments(harness: Harness, cast: Cast) -> None:
    others = [User(7100 + n, f"Teilnehmerin {n}") for n in range(2)]
    ids = [cast.participant_id]
    for user in others:
        ids.append(await add_member(harness, user, Role.PARTICIPANT, coach_id=cast.coach_id))
    for n, person_id in enumerate(ids):
        await planned_appointment(harness, person_id, timedelta(days=1 + n))
    await dispatcher_of(harness.app).drain()
    await seen_lately(harness, cast.coach)
    seen = await count(harness, lambda: harness.send(cast.coach, "/appointments"))
    assert len(seen) <= BUDGETS["coach /appointments"]


async def test_help(harness: Harness, cast: Cast) -> None:
    await seen_lately(harness, cast.participant)
    seen = await count(harness, lambda: harness.send(cast.participant, "/help"))
    assert len(seen) <= BUDGETS["/help"]


async def test_last_seen_is_written_again_after_a_while(harness: Harness, cast: Cast) -> None:
    await seen_lately(harness, cast.participant)
    minutes = deps_of(harness).settings.last_seen_minutes
    harness.clock.advance(timedelta(minutes=minutes))
    seen = await count(harness, lambda: harness.send(cast.participant, "/help"))
    assert len(seen) == BUDGETS["/help"] + 1 and seen[-1].startswith("UPDATE UPDATE people SET last_seen_at")
    assert (await load(harness, cast.participant_id)).last_seen_at == harness.clock.now()


async def test_the_outbox_delivering_one_row(harness: Harness, cast: Cast) -> None:
    await planned_appointment(harness, cast.participant_id, timedelta(days=2))  # its news went out
    harness.clock.advance(timedelta(days=1))  # the day-before reminder is due
    seen = await count(harness, lambda: dispatcher_of(harness.app).drain())
    assert len(seen) <= BUDGETS["one outbox row"]


async def test_the_outbox_delivering_a_relayed_text(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "Guten Morgen")
    await harness.press(cast.participant, "tlk:yes")  # to her coach, and what she writes from now on
    await dispatcher_of(harness.app).drain()
    await harness.send(cast.participant, "Ich komme morgen später.")
    seen = await count(harness, lambda: dispatcher_of(harness.app).drain())
    assert any("relay_messages" in statement for statement in seen)
    assert len(seen) <= BUDGETS["one relayed text"]


async def test_plain_text_to_the_coach(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "Guten Morgen")
    await harness.press(cast.participant, "tlk:yes")  # what she writes goes to her coach
    await seen_lately(harness, cast.participant)
    seen = await count(harness, lambda: harness.send(cast.participant, "Ich komme morgen später."))
    assert len(seen) <= BUDGETS["plain text to the coach"]


async def test_practice_card(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    cards = [item.id for item in deps.decks.items.values() if item.kind is Kind.CARD][:3]
    await in_dose(harness, cast.participant_id, cards)
    await seen_lately(harness, cast.participant)
    seen = await count(harness, lambda: harness.press(cast.participant, "prk:0:1", message_id=60))
    assert harness.request.sent(cast.participant.id, "editMessageText")  # the verdict, in place
    assert harness.request.sent(cast.participant.id)[-1]["text"].startswith("(2/3) ")  # the next card
    assert len(seen) <= BUDGETS["practice card"]
