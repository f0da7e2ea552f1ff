"""bot/services/appointment_draft.py on a real, migrated database (SQLite and PostgreSQL): making an
appointment step by step in the stored dialogue it has always had, and its refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.models import Appointment, AppointmentKind, OutboxMessage, Person, PersonStatus, Role
from bot.services import appointment_draft
from bot.services.appointment_draft import Asked, NotATime, Saved, Step
from bot.services.appointments import AppointmentProblem

from seed import make_member

REMINDERS = {"job_centre": (timedelta(hours=2),)}


def reminders(kind: str) -> tuple[timedelta, ...]:
    return REMINDERS.get(kind, (timedelta(hours=24), timedelta(hours=2)))


@dataclass
class Team:
    coach: Person
    other_coach: Person
    amina: Person  # the coach's participant


@pytest.fixture
async def team(session: AsyncSession, clock: ManualClock) -> Team:
    coach = await make_member(session, role=Role.COACH, name="Petra", now=clock.now())
    other = await make_member(session, role=Role.COACH, name="Jonas", now=clock.now())
    return Team(
        coach,
        other,
        await make_member(session, role=Role.PARTICIPANT, name="Amina", now=clock.now(), coach_id=coach.id),
    )


async def count(session: AsyncSession, model: type[object]) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def to_confirm(session: AsyncSession, clock: ManualClock, team: Team) -> None:
    coach = team.coach
    assert await appointment_draft.start(session, coach) == [team.amina]
    assert await appointment_draft.choose_participant(session, coach, team.amina.id) == Asked(
        Step.WHEN, name="Amina"
    )
    assert await appointment_draft.text(session, coach, "morgen 9:30", now=clock.now()) == Asked(Step.KIND)
    job_centre = AppointmentKind.JOB_CENTRE
    assert await appointment_draft.choose_kind(session, coach, "job_centre") == Asked(
        Step.PLACE, kind=job_centre
    )
    typed = await appointment_draft.text(session, coach, " Grüner Weg 2 ", now=clock.now())
    assert typed == Asked(Step.NOTE, kind=job_centre)
    asked = await appointment_draft.skip(session, coach)
    assert isinstance(asked, Asked) and asked.step is Step.CONFIRM


async def test_a_draft_goes_step_by_step_in_the_stored_shape(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    await to_confirm(session, clock, team)
    # The shape handlers have always stored: drafts begun before an update go on after it.
    assert team.coach.dialogue == {
        "name": "appointment",
        "step": "confirm",
        "participant_id": team.amina.id,
        "starts_at": "2026-11-24T08:30:00+00:00",
        "kind": "job_centre",
        "place": "Grüner Weg 2",
        "note": "",
    }
    team.coach.dialogue = {**team.coach.dialogue, "step": "note"}
    asked = await appointment_draft.text(session, team.coach, "Ausweis mitbringen", now=clock.now())
    assert isinstance(asked, Asked)
    assert asked.name == "Amina" and asked.preview is not None
    assert (asked.preview.kind, asked.preview.place) == (AppointmentKind.JOB_CENTRE, "Grüner Weg 2")
    assert await count(session, Appointment) == 0  # a preview only
    saved = await appointment_draft.save(session, team.coach, now=clock.now(), reminders=reminders)
    assert isinstance(saved, Saved) and saved.name == "Amina" and team.coach.dialogue is None
    (appointment,) = await session.scalars(select(Appointment))
    assert saved.appointment is appointment  # for the confirmation to show
    assert appointment.note == "Ausweis mitbringen" and appointment.created_by_id == team.coach.id
    kinds = sorted(r.kind for r in await session.scalars(select(OutboxMessage)))
    assert kinds == [
        "appointment.new",
        "appointment.reminder",
        "coach.no_answer",
    ]  # one reminder for the kind


async def test_what_does_not_fit_the_step_is_refused(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    coach = team.coach
    now = clock.now()
    assert await appointment_draft.choose_participant(session, coach, team.amina.id) is None  # no draft
    assert await appointment_draft.text(session, coach, "morgen 9 Uhr", now=now) is None
    assert await appointment_draft.start(session, team.amina) == []
    assert team.amina.dialogue is None
    await appointment_draft.start(session, coach)
    assert await appointment_draft.choose_participant(session, team.other_coach, team.amina.id) is None
    assert await appointment_draft.choose_participant(session, coach, team.other_coach.id) is None
    assert await appointment_draft.choose_participant(session, coach, None) is None
    assert await appointment_draft.text(session, coach, "Hallo", now=now) is None  # a button is wanted
    await appointment_draft.choose_participant(session, coach, team.amina.id)
    assert await appointment_draft.choose_kind(session, coach, "job_centre") is None
    assert await appointment_draft.skip(session, coach) is None
    assert await appointment_draft.text(session, coach, "gestern 9 Uhr", now=now) == NotATime("no-date")
    assert await appointment_draft.text(session, coach, "morgen", now=now) == NotATime("no-time")
    assert coach.dialogue is not None and coach.dialogue["step"] == "when"  # they may type it again
    await appointment_draft.text(session, coach, "morgen 9:30", now=now)
    assert await appointment_draft.choose_kind(session, coach, "party") is None
    assert await appointment_draft.discard(session, coach) is None
    assert await appointment_draft.save(session, coach, now=now, reminders=reminders) is None
    assert await count(session, Appointment) == 0


@pytest.mark.parametrize("status", [PersonStatus.DECLINED, PersonStatus.DELETED, PersonStatus.ONBOARDING])
async def test_a_draft_ends_at_any_step_once_its_participant_no_longer_agrees(
    session: AsyncSession, clock: ManualClock, team: Team, status: PersonStatus
) -> None:
    coach, now = team.coach, clock.now()
    await to_confirm(session, clock, team)
    begun = dict(coach.dialogue or {})
    team.amina.status = status
    for step, go_on in [
        ("when", appointment_draft.text(session, coach, "morgen 9:30", now=now)),
        ("kind", appointment_draft.choose_kind(session, coach, "course")),
        ("place", appointment_draft.text(session, coach, "Grüner Weg 2", now=now)),
        ("note", appointment_draft.skip(session, coach)),
        ("confirm", appointment_draft.discard(session, coach)),
        ("confirm", appointment_draft.save(session, coach, now=now, reminders=reminders)),
    ]:
        coach.dialogue = {**begun, "step": step}
        assert await go_on == AppointmentProblem.NOT_YOURS, step
        assert coach.dialogue is None, step  # the draft about her ends
    assert await count(session, Appointment) == 0


async def test_a_draft_whose_time_has_passed_is_not_saved(
    session: AsyncSession, clock: ManualClock, team: Team
) -> None:
    await to_confirm(session, clock, team)
    clock.advance(timedelta(days=2))
    assert await appointment_draft.save(session, team.coach, now=clock.now(), reminders=reminders) is (
        AppointmentProblem.PAST
    )
    assert team.coach.dialogue is None and await count(session, Appointment) == 0


async def test_a_draft_is_discarded(session: AsyncSession, clock: ManualClock, team: Team) -> None:
    await to_confirm(session, clock, team)
    discarded = await appointment_draft.discard(session, team.coach)
    assert isinstance(discarded, Asked) and discarded.name == "Amina" and discarded.preview is not None
    assert discarded.preview.place == "Grüner Weg 2"  # what was thrown away, to show it so
    assert team.coach.dialogue is None and await count(session, Appointment) == 0
