"""A coach or staff member changes an appointment from the chat: cancels it, moves it to a
typed time (a short dialogue), or marks whether the participant came."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Appointment, Person
from bot.services import appointments, dialogue, visibility
from bot.services.appointment_draft import NotATime, ReminderOffsets, parse_time
from bot.services.appointments import AppointmentError

MOVE = "appointment_move"


class Change(enum.StrEnum):
    CANCEL = "cancel"
    MOVE = "move"  # asks for the new time
    ATTENDED = "attended"
    MISSED = "missed"


@dataclass(frozen=True)
class Changed:
    change: Change
    name: str  # the participant's
    told: bool = True  # a cancellation: the participant gets a message about it


async def change(
    session: AsyncSession, actor: Person, appointment_id: int | None, what: Change, *, now: datetime
) -> Changed | None:
    """None if the appointment is gone, closed, or not one the actor manages."""
    appointment = await session.get(Appointment, appointment_id or 0)
    participant = await session.get(Person, appointment.participant_id) if appointment else None
    if appointment is None or participant is None or not visibility.may_act_on(actor, participant):
        return None
    told = True
    try:
        if what is Change.CANCEL:
            told = await appointments.cancel(session, appointment, actor=actor, now=now)
        elif what is Change.MOVE:
            appointments.check_open(appointment)
            dialogue.begin(actor, MOVE, appointment_id=appointment.id)
        else:
            attended = what is Change.ATTENDED
            await appointments.mark_outcome(session, appointment, actor=actor, attended=attended, now=now)
    except AppointmentError:
        return None
    return Changed(what, participant.display_name or "?", told)


@dataclass(frozen=True)
class Moved:
    done: bool  # False: the appointment went meanwhile (cancelled, past, no longer theirs)
    name: str = "?"


async def move_to(
    session: AsyncSession,
    actor: Person,
    typed: str,
    *,
    now: datetime,
    reminders: ReminderOffsets,
    no_answer_before: timedelta = appointments.DEFAULT_NO_ANSWER_BEFORE,
) -> Moved | NotATime | None:
    """The new time, typed in the move dialogue; None if the actor is in no such dialogue."""
    state = dialogue.state(actor, MOVE)
    if state is None:
        return None
    starts_at = parse_time(typed, actor, now=now)
    if isinstance(starts_at, NotATime):
        return starts_at  # the dialogue goes on: they may type it again
    dialogue.end(actor)
    appointment = await session.get(Appointment, state.get("appointment_id") or 0)
    if appointment is None:
        return Moved(done=False)
    participant = await session.get(Person, appointment.participant_id)
    try:
        await appointments.reschedule(
            session,
            appointment,
            actor=actor,
            starts_at=starts_at,
            now=now,
            reminders=reminders(appointment.kind.value),
            no_answer_before=no_answer_before,
        )
    except AppointmentError:
        return Moved(done=False)
    return Moved(done=True, name=(participant.display_name if participant else None) or "?")
