"""bot/services/appointment_changes.py, appointment_answers.py and appointment_lists.agenda on a real,
migrated database (SQLite and PostgreSQL): what coaches and participants do to an appointment from
the chat, each checked against the database, and the lists with names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.content import Content
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
)
from bot.services import appointment_answers, appointment_changes, appointment_lists, appointments
from bot.services.appointment_answers import Reply
from bot.services.appointment_changes import Change, Changed, Moved
from bot.services.appointment_draft import NotATime

from seed import make_member

FLAGS = Content.load(Path(__file__).resolve().parents[2] / "content").flags


def status_of(appointment: Appointment) -> AppointmentStatus:
    """Read afresh (mypy would keep the status narrowed by an earlier assert)."""
    return appointment.status


def reminders(kind: str) -> tuple[timedelta, ...]:
    return (timedelta(hours=2),)


@dataclass
class Team:
    staff: Person
    coach: Person
    other_coach: Person
    amina: Person  # the coach's participant
    omid: Person  # the other coach's participant
    appointment: Appointment  # Amina's, tomorrow at 10:00 UTC


async def make(session: AsyncSession, clock: ManualClock, participant: Person, days: int = 1) -> Appointment:
    return await appointments.create(
        session,
        actor=None,
        participant=participant,
        kind=AppointmentKind.JOB_CENTRE,
        starts_at=clock.now() + timedelta(days=days, hours=1),
        place="Grüner Weg 2",
        note="",
        now=clock.now(),
    )


@pytest.fixture
async def team(session: AsyncSession, clock: ManualClock) -> Team:
    coach = await make_member(session, role=Role.COACH, name="Petra", now=clock.now())
    other = await make_member(session, role=Role.COACH, name="Jonas", now=clock.now())
    amina = await make_member(
        session, role=Role.PARTICIPANT, name="Amina", now=clock.now(), coach_id=coach.id
    )
    omid = await make_member(session, role=Role.PARTICIPANT, name="Omid", now=clock.now(), coach_id=other.id)
    staff = await make_member(session, role=Role.STAFF, name="Sabine", now=clock.now())
    return Team(staff, coach, other, amina, omid, await make(session, clock, amina))


async def test_a_coach_cancels_only_their_own_participants_appointments(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, apt = clock.now(), team.appointment
    assert await appointment_changes.change(session, team.other_coach, apt.id, Change.CANCEL, now=now) is None
    assert await appointment_changes.change(session, team.coach, None, Change.CANCEL, now=now) is None
    assert await appointment_changes.change(session, team.coach, apt.id + 99, Change.CANCEL, now=now) is None
    assert status_of(apt) is AppointmentStatus.SCHEDULED
    changed = await appointment_changes.change(session, team.coach, apt.id, Change.CANCEL, now=now)
    # Its news had not gone out yet: she never hears of it, nor of its cancellation.
    assert (
        changed == Changed(Change.CANCEL, "Amina", told=False)
        and status_of(apt) is AppointmentStatus.CANCELLED
    )
    # A closed one cannot be cancelled again, nor moved.
    assert await appointment_changes.change(session, team.coach, apt.id, Change.CANCEL, now=now) is None
    assert await appointment_changes.change(session, team.coach, apt.id, Change.MOVE, now=now) is None
    assert team.coach.dialogue is None


async def test_moving_asks_for_a_time_then_moves(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, apt = clock.now(), team.appointment
    assert (
        await appointment_changes.move_to(session, team.coach, "morgen 9 Uhr", now=now, reminders=reminders)
        is None
    )
    changed = await appointment_changes.change(session, team.coach, apt.id, Change.MOVE, now=now)
    assert changed == Changed(Change.MOVE, "Amina")
    assert team.coach.dialogue == {"name": "appointment_move", "appointment_id": apt.id}
    moved = await appointment_changes.move_to(session, team.coach, "gestern", now=now, reminders=reminders)
    assert isinstance(moved, NotATime) and team.coach.dialogue is not None  # they may type it again
    moved = await appointment_changes.move_to(
        session, team.coach, "übermorgen 14 Uhr", now=now, reminders=reminders
    )
    assert moved == Moved(done=True, name="Amina") and team.coach.dialogue is None
    assert apt.version == 2 and apt.starts_at.isoformat() == "2026-11-25T13:00:00+00:00"
    # Cancelled in between (by staff, say): the typed time moves nothing.
    await appointment_changes.change(session, team.coach, apt.id, Change.MOVE, now=now)
    await appointments.cancel(session, apt, actor=team.staff, now=now)
    moved = await appointment_changes.move_to(
        session, team.coach, "morgen 9 Uhr", now=now, reminders=reminders
    )
    assert moved == Moved(done=False) and team.coach.dialogue is None


async def test_the_outcome_is_marked_once_the_appointment_has_begun(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    apt = team.appointment
    assert (
        await appointment_changes.change(session, team.coach, apt.id, Change.ATTENDED, now=clock.now())
        is None
    )
    clock.advance(timedelta(days=2))
    assert (
        await appointment_changes.change(session, team.other_coach, apt.id, Change.MISSED, now=clock.now())
        is None
    )
    changed = await appointment_changes.change(session, team.staff, apt.id, Change.MISSED, now=clock.now())
    assert changed == Changed(Change.MISSED, "Amina") and apt.status is AppointmentStatus.MISSED


async def test_a_participant_answers_and_gives_a_reason(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    now, apt = clock.now(), team.appointment
    reply = appointment_answers.reply

    async def answer(who: Any, appointment_id: int | None, version: int, coming: bool) -> Reply:
        return (await reply(session, who, appointment_id, version, coming=coming, now=clock.now())).reply

    assert await answer(team.amina, apt.id, 2, True) is Reply.STALE  # another version
    assert await answer(team.omid, apt.id, 1, True) is Reply.STALE  # not his
    assert await answer(team.amina, None, 1, True) is Reply.STALE
    assert await answer(team.amina, apt.id, 1, True) is Reply.COMING
    assert apt.answer is Attendance.COMING and team.amina.dialogue is None
    assert await appointment_answers.give_reason(session, FLAGS, team.amina, "Krank", None, now=now) is None
    assert await answer(team.amina, apt.id, 1, False) is Reply.NOT_COMING
    assert team.amina.dialogue == {
        "name": "appointment_reason",
        "appointment_id": apt.id,
        "asked_at": now.isoformat(),
    }
    given = await appointment_answers.give_reason(
        session, FLAGS, team.amina, "  Mein Kind ist krank. ", None, now=now
    )
    assert given == appointment_answers.Given(alert_id=None)  # no crisis words
    assert apt.answer_reason == "Mein Kind ist krank." and team.amina.dialogue is None

    async def to_coach() -> list[tuple[str, OutboxStatus]]:
        rows = await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient_id == team.coach.id)
            .order_by(OutboxMessage.id)
        )
        return [(r.kind, r.status) for r in rows if r.kind.startswith("coach.cant_come")]

    # One message for the coach: the notice held back for the reason went with the reason.
    assert await to_coach() == [
        ("coach.cant_come", OutboxStatus.CANCELLED),
        ("coach.cant_come_reason", OutboxStatus.PENDING),
    ]
    # Without a reason: the notice is due at once (it waited for the reason before).
    clock.advance(timedelta(minutes=1))
    assert not await appointment_answers.skip_reason(session, team.amina, now=clock.now())
    # "Can't come" pressed again: the coach knows already, nothing new is planned (issue 17).
    await answer(team.amina, apt.id, 1, False)
    assert len(await to_coach()) == 2
    await answer(team.amina, apt.id, 1, True)  # she changes her mind twice: that is news again
    await answer(team.amina, apt.id, 1, False)
    held = await session.scalar(select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(1))
    assert held is not None and held.kind == "coach.cant_come"
    assert held.due_at == clock.now() + appointment_answers.REASON_WAIT
    assert await appointment_answers.skip_reason(session, team.amina, now=clock.now())
    assert team.amina.dialogue is None and held.due_at == clock.now()
    # Once cancelled, answers are too late.
    await appointments.cancel(session, apt, actor=None, now=clock.now())
    assert await answer(team.amina, apt.id, 1, True) is Reply.CLOSED


async def test_the_agenda_names_the_participants(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    omids = await make(session, clock, team.omid, days=2)
    past = await make(session, clock, team.amina, days=0)
    clock.advance(timedelta(hours=2))
    coach = await appointment_lists.agenda(session, team.coach, now=clock.now())
    assert [(a.appointment.id, a.name) for a in coach.upcoming] == [(team.appointment.id, "Amina")]
    assert [(a.appointment.id, a.name) for a in coach.awaiting_outcome] == [(past.id, "Amina")]
    staff = await appointment_lists.agenda(session, team.staff, now=clock.now())
    assert [a.name for a in staff.upcoming] == ["Amina", "Omid"] and staff.upcoming[
        1
    ].appointment.id == omids.id
    amina = await appointment_lists.agenda(session, team.amina, now=clock.now())
    assert [a.appointment.id for a in amina.upcoming] == [
        team.appointment.id
    ] and amina.awaiting_outcome == []
