"""bot/services/mentors.py and the mentor's rule in bot/services/visibility.py on a real, migrated
database (SQLite and PostgreSQL), and `python -m bot mentor`."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import build_deps
from bot.clock import ManualClock
from bot.deps import Deps
from bot.kinds import Kind
from bot.models import (
    AppointmentKind,
    AppointmentStatus,
    AuditEntry,
    MentorLink,
    OutboxMessage,
    Person,
    PersonStatus,
    RelayDirection,
    Role,
)
from bot.services import appointments, mentors, visibility
from bot.services.mentors import LinkError, Problem
from bot.services.relay import Refused

from seed import make_member

_ids = itertools.count(41_000)


async def member(session: AsyncSession, clock: ManualClock, role: Role, **extra: object) -> Person:
    made = await make_member(session, role=role, now=clock.now(), telegram_user_id=next(_ids), **extra)  # type: ignore[arg-type]
    await session.flush()
    return made


async def people(session: AsyncSession, clock: ManualClock) -> tuple[Person, Person, Person, Person]:
    """A coach, her participant, another participant and a mentor."""
    coach = await member(session, clock, Role.COACH, name="Jonas")
    lina = await member(session, clock, Role.PARTICIPANT, name="Lina", coach_id=coach.id, language="ar")
    other = await member(session, clock, Role.PARTICIPANT, name="Olga", coach_id=coach.id)
    mentor = await member(session, clock, Role.MENTOR, name="Maria")
    return coach, lina, other, mentor


async def audit(session: AsyncSession, action: str) -> list[AuditEntry]:
    return list(
        await session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
    )


async def test_link_and_unlink_by_staff_or_the_command_line_only(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, lina, _, mentor = await people(session, clock)
    staff = await member(session, clock, Role.STAFF)
    for actor in (coach, mentor, lina):
        with pytest.raises(LinkError) as caught:
            await mentors.link(session, mentor.id, lina.id, actor=actor, now=clock.now())
        assert caught.value.problem is Problem.NOT_ALLOWED
    assert await mentors.link(session, mentor.id, lina.id, actor=staff, now=clock.now())
    assert not await mentors.link(session, mentor.id, lina.id, actor=None, now=clock.now()), "linked already"
    assert [m.id for m in await mentors.mentors_of(session, lina.id)] == [mentor.id]
    (entry,) = await audit(session, "mentor.link")
    assert (entry.actor_id, entry.subject_id, entry.details) == (staff.id, lina.id, {"mentor_id": mentor.id})
    assert await mentors.unlink(session, mentor.id, lina.id, actor=None, now=clock.now())
    assert not await mentors.unlink(session, mentor.id, lina.id, actor=None, now=clock.now())
    assert await mentors.linked_ids(session, mentor.id) == []
    assert len(await audit(session, "mentor.unlink")) == 1


async def test_only_a_mentor_and_an_active_participant_are_linked(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, lina, _, mentor = await people(session, clock)
    for mentor_id, participant_id, problem in (
        (coach.id, lina.id, Problem.NO_MENTOR),
        (mentor.id, coach.id, Problem.NO_PARTICIPANT),
        (mentor.id, 999_999, Problem.NO_PARTICIPANT),
    ):
        with pytest.raises(LinkError) as caught:
            await mentors.link(session, mentor_id, participant_id, actor=None, now=clock.now())
        assert caught.value.problem is problem
    lina.status = PersonStatus.DECLINED
    with pytest.raises(LinkError):
        await mentors.link(session, mentor.id, lina.id, actor=None, now=clock.now())


async def test_the_mentor_sees_names_and_upcoming_appointments_of_her_linked_participants(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, lina, other, mentor = await people(session, clock)
    now = clock.now()
    assert await mentors.mentees(session, mentor, now=now) == []
    assert await audit(session, "mentor.view") == [], "an empty list shows nobody"
    await mentors.link(session, mentor.id, lina.id, actor=None, now=now)
    made = []
    for hours in (1, 30, 5, 80, 200):
        made.append(
            await appointments.create(
                session,
                actor=coach,
                participant=lina,
                kind=AppointmentKind.JOB_CENTRE,
                starts_at=now + timedelta(hours=hours),
                place="Lindenweg 3",
                note="",
                now=now,
            )
        )
    made[3].status = AppointmentStatus.CANCELLED
    # A doctor's appointment: the mentor sees that there is one, not that it is a doctor's.
    made[4].kind = AppointmentKind.DOCTOR
    await appointments.create(
        session, actor=coach, participant=other, kind=AppointmentKind.COURSE,
        starts_at=now + timedelta(hours=3), place="", note="", now=now,
    )  # fmt: skip
    later = now + timedelta(hours=2)  # the first one is over
    (seen,) = await mentors.mentees(session, mentor, now=later)
    assert (seen.participant_id, seen.name, seen.language) == (lina.id, "Lina", "ar")
    assert [u.starts_at for u in seen.upcoming] == [now + timedelta(hours=h) for h in (5, 30, 200)]
    assert [u.kind for u in seen.upcoming] == ["job_centre", "job_centre", "other"]
    (entry,) = await audit(session, "mentor.view")
    assert (entry.actor_id, entry.details) == (mentor.id, {"participant_ids": [lina.id]})
    # She drops out of the list when she is no longer active, or when the mentor is not.
    lina.status = PersonStatus.DELETED
    assert await mentors.mentees(session, mentor, now=now) == []
    lina.status = PersonStatus.ACTIVE
    mentor.status = PersonStatus.DELETED
    assert await mentors.mentees(session, mentor, now=now) == []


async def test_the_mentor_is_admitted_by_no_coach_rule(session: AsyncSession, clock: ManualClock) -> None:
    """Alerts, notes, check-ins, progress, replies: every one of them asks may_act_on or
    visible_to, and neither admits a mentor, linked or not."""
    _, lina, other, mentor = await people(session, clock)
    await mentors.link(session, mentor.id, lina.id, actor=None, now=clock.now())
    assert not visibility.oversees_others(mentor)
    assert not visibility.may_act_on(mentor, lina)
    assert await visibility.visible_participant(session, mentor, lina.id) is None
    assert list(await session.scalars(select(Person).where(visibility.visible_to(mentor)))) == []
    assert await visibility.mentored_participant(session, mentor, lina.id) is lina
    assert await visibility.mentored_participant(session, mentor, other.id) is None
    # And the mentor's rule admits nobody else: a coach or staff is no mentor.
    staff = await member(session, clock, Role.STAFF)
    assert await visibility.mentored_participant(session, staff, lina.id) is None


async def test_writing_goes_through_the_relay_and_is_audited(
    session: AsyncSession, clock: ManualClock
) -> None:
    _, lina, other, mentor = await people(session, clock)
    await mentors.link(session, mentor.id, lina.id, actor=None, now=clock.now())
    assert await mentors.draft(session, mentor, other.id, "Hallo") is Refused.GONE
    assert await mentors.draft(session, mentor, lina.id, "x" * 3001) is Refused.TOO_LONG
    draft = await mentors.draft(session, mentor, lina.id, "  Wir treffen uns am Montag.  ")
    assert not isinstance(draft, Refused)
    assert (draft.text, draft.source_language, draft.target_language) == (
        "Wir treffen uns am Montag.",
        "de",
        "ar",
    )
    sent = await mentors.send_draft(session, mentor, draft, None, now=clock.now())
    assert sent is not None and sent.coach_id == mentor.id and sent.direction is RelayDirection.TO_PARTICIPANT
    (row,) = await session.scalars(select(OutboxMessage).where(OutboxMessage.recipient_id == lina.id))
    assert row.kind == Kind.RELAY_TO_PARTICIPANT.value and row.payload == {"relay_message_id": sent.id}
    (entry,) = await audit(session, "relay.sent")
    assert (entry.actor_id, entry.subject_id) == (mentor.id, lina.id)
    assert await mentors.coach_name(session, lina.id) == "Jonas", "her answer goes to her coach"
    # Unlinked meanwhile: nothing is sent.
    await mentors.unlink(session, mentor.id, lina.id, actor=None, now=clock.now())
    assert await mentors.send_draft(session, mentor, draft, None, now=clock.now()) is None


async def test_erasing_a_participant_takes_her_links(deps: Deps, clock: ManualClock) -> None:
    async with deps.sessionmaker.begin() as session:
        _, lina, _, mentor = await people(session, clock)
        await mentors.link(session, mentor.id, lina.id, actor=None, now=clock.now())
        ids = (lina.id, mentor.id)
    async with deps.sessionmaker.begin() as session:
        await session.delete(await session.get(Person, ids[0]))
    async with deps.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(MentorLink)) == 0


def test_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    from harness import TEST_DATA_KEY, make_settings

    url = f"sqlite+aiosqlite:///{tmp_path}/cli.db"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("BEGLEITER_DATA_KEY", TEST_DATA_KEY)
    assert main(["mentor", "link", "1", "2"]) == 1  # upgrades the database, finds nobody
    assert "mentor: no such active mentor" in capsys.readouterr().err

    async def seed() -> tuple[int, int]:
        clock = ManualClock(datetime(2026, 12, 1, 9, tzinfo=UTC))
        built = build_deps(make_settings(url), clock)
        try:
            async with built.sessionmaker.begin() as session:
                mentor = await member(session, clock, Role.MENTOR)
                lina = await member(session, clock, Role.PARTICIPANT)
                return mentor.id, lina.id
        finally:
            await built.engine.dispose()

    mentor_id, lina_id = asyncio.run(seed())
    assert main(["mentor", "link", str(mentor_id), str(lina_id)]) == 0
    assert main(["mentor", "link", str(mentor_id), str(lina_id)]) == 0
    out = capsys.readouterr().out
    assert f"mentor {mentor_id} and participant {lina_id} linked" in out and "were linked already" in out
    assert main(["mentor", "list"]) == 0
    assert f"{mentor_id:>5}  participants {lina_id}" in capsys.readouterr().out
    assert main(["mentor", "unlink", str(mentor_id), str(lina_id)]) == 0
    assert "unlinked" in capsys.readouterr().out
    assert main(["mentor", "link", str(lina_id), str(mentor_id)]) == 1
