"""When the coach hears that a participant has not answered the reminders, and whether it is
still true: bot/services/appointments.py on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.models import (
    Appointment,
    AppointmentKind,
    OutboxMessage,
    OutboxStatus,
    Person,
    RelayDirection,
    Role,
)
from bot.services import appointments, relay
from bot.settings import Settings

from seed import make_member

_telegram_ids = itertools.count(70_000)


async def pair(session: AsyncSession, clock: ManualClock) -> tuple[Person, Person]:
    coach = await make_member(session, role=Role.COACH, now=clock.now(), telegram_user_id=next(_telegram_ids))
    participant = await make_member(
        session,
        role=Role.PARTICIPANT,
        now=clock.now(),
        telegram_user_id=next(_telegram_ids),
        name="Amal",
        coach_id=coach.id,
    )
    return coach, participant


async def make(
    session: AsyncSession, clock: ManualClock, participant: Person, starts_at: datetime, **kwargs: object
) -> Appointment:
    return await appointments.create(
        session,
        actor=None,
        participant=participant,
        kind=AppointmentKind.COURSE,
        starts_at=starts_at,
        place="",
        note="",
        now=clock.now(),
        **kwargs,  # type: ignore[arg-type]
    )


async def no_answer_due(session: AsyncSession, appointment: Appointment) -> datetime:
    row = await session.scalar(
        select(OutboxMessage).where(OutboxMessage.dedupe_key == f"apt:{appointment.id}:v1:no-answer")
    )
    assert row is not None
    return row.due_at


async def test_the_setting_says_how_long_before_the_start(session: AsyncSession, clock: ManualClock) -> None:
    from_env = Settings(_env_file=None, NO_ANSWER_MINUTES="90")  # type: ignore[call-arg,arg-type]
    assert from_env.no_answer_before == timedelta(minutes=90)
    assert Settings(_env_file=None).no_answer_before == timedelta(hours=1)  # type: ignore[call-arg]
    _, amal = await pair(session, clock)
    starts = clock.now() + timedelta(days=2)
    appointment = await make(session, clock, amal, starts, no_answer_before=timedelta(minutes=90))
    assert await no_answer_due(session, appointment) == starts - timedelta(minutes=90)
    default = await make(session, clock, amal, starts + timedelta(hours=1))
    assert await no_answer_due(session, default) == starts  # an hour before its start


@pytest.mark.parametrize(
    ("last_reminder", "heard"),
    [
        (timedelta(hours=2), timedelta(hours=1)),  # the setting: an hour before
        (timedelta(minutes=80), timedelta(minutes=50)),  # at least 30 minutes to answer
        (timedelta(minutes=40), timedelta(minutes=20)),  # half the time left, before the start
        (timedelta(minutes=10), timedelta(minutes=5)),
    ],
)
async def test_she_has_time_to_answer_the_last_reminder(
    session: AsyncSession, clock: ManualClock, last_reminder: timedelta, heard: timedelta
) -> None:
    _, amal = await pair(session, clock)
    starts = clock.now() + timedelta(days=3)
    appointment = await make(session, clock, amal, starts, reminders=(timedelta(days=1), last_reminder))
    assert await no_answer_due(session, appointment) == starts - heard


async def reminded(session: AsyncSession, appointment: Appointment, at: datetime) -> None:
    """As if the dispatcher had sent the appointment's reminders at `at`."""
    for row in await session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.dedupe_key.startswith(f"apt:{appointment.id}:v1:reminder:"),
        )
    ):
        row.status, row.sent_at = OutboxStatus.SENT, at
    await session.flush()


async def written(session: AsyncSession, participant: Person, coach: Person, at: datetime) -> None:
    await relay.send(
        session,
        participant=participant,
        coach=coach,
        direction=RelayDirection.TO_COACH,
        text="Ich bin krank",
        source_language="de",
        target_language="de",
        translation=None,
        now=at,
    )


async def test_silence_means_no_answer_and_no_message_since_the_reminder(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, amal = await pair(session, clock)
    appointment = await make(session, clock, amal, clock.now() + timedelta(days=2))
    # No reminder went out (a downtime, a blocked bot): she cannot have ignored it.
    assert not await appointments.unanswered_after_reminder(session, appointment)
    reminder_at = clock.now() + timedelta(days=1)
    await reminded(session, appointment, reminder_at)
    await written(session, amal, coach, reminder_at - timedelta(minutes=5))  # before: not about it
    assert await appointments.unanswered_after_reminder(session, appointment)
    await written(session, amal, coach, reminder_at + timedelta(minutes=5))
    assert not await appointments.unanswered_after_reminder(session, appointment)


async def test_a_coachs_message_to_her_is_no_answer_of_hers(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, amal = await pair(session, clock)
    appointment = await make(session, clock, amal, clock.now() + timedelta(days=2))
    reminder_at = clock.now() + timedelta(days=1)
    await reminded(session, appointment, reminder_at)
    await relay.send(
        session,
        participant=amal,
        coach=coach,
        direction=RelayDirection.TO_PARTICIPANT,
        text="Kommen Sie morgen?",
        source_language="de",
        target_language="de",
        translation=None,
        now=reminder_at + timedelta(minutes=1),
    )
    assert await appointments.unanswered_after_reminder(session, appointment)
    await appointments.answer(
        session, appointment, amal, coming=False, now=reminder_at + timedelta(minutes=2)
    )
    assert not await appointments.unanswered_after_reminder(session, appointment)
