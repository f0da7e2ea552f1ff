"""Making an appointment in the chat, step by step: participant, time, kind, place, note, confirm.

Between updates the draft lives in Person.dialogue (name "appointment"), in the shape it has
always had: drafts begun before an update of the bot go on after it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Appointment, AppointmentKind, Person
from bot.services import appointment_lists, appointments, dialogue, visibility
from bot.services.appointments import AppointmentError, AppointmentProblem
from bot.services.when import Reason, WhenError, parse_when

DIALOGUE = "appointment"
PLACE_MAX, NOTE_MAX = 200, 500

# The reminder offsets for a kind of appointment (Settings.reminder_offsets).
ReminderOffsets = Callable[[str], Sequence[timedelta]]


class Step(enum.StrEnum):
    PARTICIPANT = "participant"
    WHEN = "when"
    KIND = "kind"
    PLACE = "place"
    NOTE = "note"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class NotATime:
    """Typed text that is no time we understand (or one in the past, or too far ahead)."""

    reason: Reason


def parse_time(text: str, person: Person, *, now: datetime) -> datetime | NotATime:
    """A time as the person typed it, in their time zone; UTC."""
    try:
        return parse_when(text, now=now, zone=ZoneInfo(person.timezone)).utc
    except WhenError as error:
        return NotATime(error.reason)


@dataclass(frozen=True)
class Asked:
    """The step the draft has reached, with what its question shows."""

    step: Step
    name: str = ""  # WHEN and CONFIRM: the participant's name (the answer just given, shown)
    kind: AppointmentKind | None = None  # PLACE and NOTE: the kind chosen
    preview: Appointment | None = None  # CONFIRM: the appointment as it would be saved (unsaved)


@dataclass(frozen=True)
class Saved:
    name: str  # the participant's
    appointment: Appointment  # as saved, for the confirmation to show
    reminders: int = 0  # reminders planned before it
    news_at: datetime | None = None  # when she gets it, if her quiet hours hold it back now


def _draft(person: Person, *steps: Step) -> dict[str, Any] | None:
    state = dialogue.state(person, DIALOGUE)
    return state if state is not None and state.get("step") in steps else None


async def _draft_for(
    session: AsyncSession, actor: Person, *steps: Step
) -> dict[str, Any] | AppointmentProblem | None:
    """The draft at one of `steps`, while its participant is still the actor's to manage; if
    she no longer is (she withdrew her consent, deleted her data, moved to another coach), the
    draft ends here and NOT_YOURS says so. None if no draft is at these steps."""
    state = _draft(actor, *steps)
    if state is None:
        return None
    if await visibility.visible_participant(session, actor, state.get("participant_id")) is None:
        dialogue.end(actor)
        return AppointmentProblem.NOT_YOURS
    return state


async def start(session: AsyncSession, actor: Person) -> list[Person]:
    """The participants the actor may make an appointment for; with some, the draft begins."""
    participants = await appointment_lists.participants_of(session, actor)
    if participants:
        dialogue.begin(actor, DIALOGUE, step=Step.PARTICIPANT.value)
    return participants


async def choose_participant(
    session: AsyncSession, actor: Person, participant_id: int | None
) -> Asked | None:
    """None if no draft waits for a participant, or the actor may not manage this one."""
    state = _draft(actor, Step.PARTICIPANT)
    if state is None:
        return None
    participant = await visibility.visible_participant(session, actor, participant_id)
    if participant is None:
        return None
    actor.dialogue = {**state, "step": Step.WHEN.value, "participant_id": participant.id}
    return Asked(Step.WHEN, name=participant.display_name or "?")


async def choose_kind(
    session: AsyncSession, actor: Person, kind: str | None
) -> Asked | AppointmentProblem | None:
    state = await _draft_for(session, actor, Step.KIND)
    if not isinstance(state, dict) or kind not in {k.value for k in AppointmentKind}:
        return state if isinstance(state, AppointmentProblem) else None
    actor.dialogue = {**state, "step": Step.PLACE.value, "kind": kind}
    return Asked(Step.PLACE, kind=AppointmentKind(kind))


async def text(
    session: AsyncSession, actor: Person, typed: str, *, now: datetime
) -> Asked | NotATime | AppointmentProblem | None:
    """Typed text for the draft: its time, place or note. None if no draft waits for text."""
    state = await _draft_for(session, actor, Step.WHEN, Step.PLACE, Step.NOTE)
    if not isinstance(state, dict):
        return state
    if state["step"] != Step.WHEN:
        return await _place_or_note(session, actor, state, typed)
    starts_at = parse_time(typed, actor, now=now)
    if isinstance(starts_at, NotATime):
        return starts_at
    actor.dialogue = {**state, "step": Step.KIND.value, "starts_at": starts_at.isoformat()}
    return Asked(Step.KIND)


async def skip(session: AsyncSession, actor: Person) -> Asked | AppointmentProblem | None:
    """No place, or no note; None if the draft is not at either."""
    state = await _draft_for(session, actor, Step.PLACE, Step.NOTE)
    return await _place_or_note(session, actor, state, "") if isinstance(state, dict) else state


async def _place_or_note(session: AsyncSession, actor: Person, state: dict[str, Any], typed: str) -> Asked:
    if state["step"] == Step.PLACE:
        actor.dialogue = {**state, "step": Step.NOTE.value, "place": typed.strip()[:PLACE_MAX]}
        return Asked(Step.NOTE, kind=AppointmentKind(state["kind"]))
    state = {**state, "step": Step.CONFIRM.value, "note": typed.strip()[:NOTE_MAX]}
    actor.dialogue = state
    return await _preview(session, state)


async def _preview(session: AsyncSession, state: dict[str, Any]) -> Asked:
    """The confirmed draft as it would be saved (not added to the session)."""
    participant = await session.get(Person, state["participant_id"])
    preview = Appointment(
        kind=AppointmentKind(state["kind"]),
        starts_at=datetime.fromisoformat(state["starts_at"]),
        place=state.get("place", ""),
        note=state.get("note", ""),
    )
    name = (participant.display_name if participant else None) or "?"
    return Asked(Step.CONFIRM, name=name, preview=preview)


async def save(
    session: AsyncSession,
    actor: Person,
    *,
    now: datetime,
    reminders: ReminderOffsets,
    no_answer_before: timedelta = appointments.DEFAULT_NO_ANSWER_BEFORE,
) -> Saved | AppointmentProblem | None:
    """Save the confirmed draft, which ends either way. None if there is none to save."""
    state = await _draft_for(session, actor, Step.CONFIRM)
    if not isinstance(state, dict):
        return state
    dialogue.end(actor)
    participant = await session.get(Person, state["participant_id"])
    if participant is None:
        return None
    kind = AppointmentKind(state["kind"])
    try:
        appointment = await appointments.create(
            session,
            actor=actor,
            participant=participant,
            kind=kind,
            starts_at=datetime.fromisoformat(state["starts_at"]),
            place=state.get("place", ""),
            note=state.get("note", ""),
            now=now,
            reminders=reminders(kind.value),
            no_answer_before=no_answer_before,
        )
    except AppointmentError as error:
        return error.problem
    return Saved(
        participant.display_name or "?",
        appointment,
        reminders=len(await appointments.reminder_due_times(session, appointment)),
        news_at=await appointments.news_held_until(session, appointment, participant, now),
    )


async def discard(session: AsyncSession, actor: Person) -> Asked | AppointmentProblem | None:
    """Throw the confirmed draft away; what it was (to show it as thrown away), or None if
    there is none (NOT_YOURS, thrown away unseen, if its participant is no longer theirs)."""
    state = await _draft_for(session, actor, Step.CONFIRM)
    if not isinstance(state, dict):
        return state
    dialogue.end(actor)
    return await _preview(session, state)
