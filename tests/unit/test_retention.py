"""bot/services/retention.py: the data lifecycle on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import (
    AuditEntry,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    Role,
)
from bot.models.relay import RelayDirection, RelayMessage
from bot.services import retention
from scheduler.planners import prune_old_data

from seed import make_member

DAY = timedelta(days=1)
AGES = retention.Ages(
    checkin_text=90 * DAY, messages=90 * DAY, outbox=30 * DAY, audit_details=365 * DAY, left_grace=60 * DAY
)


async def answer(session: AsyncSession, person: Person, at: datetime, text: str) -> CheckinAnswer:
    checkin = Checkin(
        person_id=person.id,
        questionnaire="weekly",
        period=f"p-{at:%Y%m%d}",
        status=CheckinStatus.COMPLETED,
        offered_at=at,
        expires_at=at + DAY,
    )
    session.add(checkin)
    await session.flush()
    row = CheckinAnswer(
        checkin_id=checkin.id,
        person_id=person.id,
        question="mood",
        score=2,
        text=text,
        text_language="ar",
        text_de=f"de: {text}",
        answered_at=at,
    )
    session.add(row)
    return row


def relayed(participant: Person, coach: Person, at: datetime) -> RelayMessage:
    return RelayMessage(
        participant_id=participant.id,
        coach_id=coach.id,
        direction=RelayDirection.TO_COACH,
        text="Ich bin krank",
        source_language="de",
        target_language="de",
        created_at=at,
    )


def outbox_row(person: Person, at: datetime, status: OutboxStatus, key: str) -> OutboxMessage:
    return OutboxMessage(
        recipient_id=person.id,
        kind="appointment.reminder",
        payload={"appointment_id": 1},
        due_at=at,
        priority=30,
        dedupe_key=key,
        respect_quiet_hours=False,
        status=status,
        attempts=1,
        created_at=at,
    )


async def test_old_texts_messages_outbox_rows_and_audit_details_go_and_recent_ones_stay(
    deps: Deps, clock: ManualClock
) -> None:
    now = clock.now()
    old, recent = now - 400 * DAY, now - 10 * DAY
    async with deps.sessionmaker.begin() as session:
        coach = await make_member(session, role=Role.COACH, now=old)
        amina = await make_member(session, role=Role.PARTICIPANT, now=old, coach_id=coach.id, language="ar")
        amina.last_seen_at = now
        old_answer = await answer(session, amina, old, "Ich schlafe schlecht")
        new_answer = await answer(session, amina, recent, "Es geht besser")
        session.add_all([relayed(amina, coach, old), relayed(amina, coach, recent)])
        session.add_all(
            [
                outbox_row(amina, old, OutboxStatus.SENT, "old-sent"),
                outbox_row(amina, old, OutboxStatus.FAILED, "old-failed"),
                outbox_row(amina, old, OutboxStatus.PENDING, "old-pending"),  # not done: kept
                outbox_row(amina, recent, OutboxStatus.SENT, "recent-sent"),
            ]
        )
        session.add_all(
            [
                AuditEntry(at=old, actor_label="cli", action="export", details={"fields": 3}),
                AuditEntry(at=recent, actor_label="cli", action="export", details={"fields": 4}),
            ]
        )
        await session.flush()
        ids = old_answer.id, new_answer.id

    async with deps.sessionmaker.begin() as session:
        pruned = await retention.run(session, now=now, ages=AGES)
    assert pruned == retention.Pruned(checkin_texts=1, messages=1, outbox_rows=2, audit_details=1)

    async with deps.sessionmaker() as session:
        kept_old, kept_new = [await session.get(CheckinAnswer, i) for i in ids]
        assert kept_old is not None and kept_old.text is None and kept_old.text_de is None
        assert kept_old.score == 2  # the score stays for the charts
        assert kept_new is not None and kept_new.text == "Es geht besser"
        assert await session.scalar(select(func.count()).select_from(RelayMessage)) == 1
        keys = set(await session.scalars(select(OutboxMessage.dedupe_key)))
        assert keys == {"old-pending", "recent-sent"}
        entries = (await session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
        assert [e.details for e in entries if e.action == "export"] == [{}, {"fields": 4}]
        run = [e for e in entries if e.action == "retention"]
        assert len(run) == 1 and run[0].actor_label == "system"
        assert run[0].details == {
            "checkin_texts": 1,
            "messages": 1,
            "outbox_rows": 2,
            "audit_details": 1,
            "people_erased": 0,
        }

    # A second run finds nothing and writes nothing.
    async with deps.sessionmaker.begin() as session:
        assert (await retention.run(session, now=now, ages=AGES)).total == 0
    async with deps.sessionmaker() as session:
        assert await session.scalar(select(func.count()).where(AuditEntry.action == "retention")) == 1


async def test_people_who_left_are_erased_after_the_grace_period_and_nobody_else(
    deps: Deps, clock: ManualClock
) -> None:
    now = clock.now()
    long_ago, lately = now - 100 * DAY, now - 20 * DAY
    async with deps.sessionmaker.begin() as session:
        coach = await make_member(session, role=Role.COACH, now=long_ago)
        coach.last_seen_at = now
        blocked_long_ago = await make_member(session, role=Role.PARTICIPANT, now=long_ago, name="Hana")
        blocked_long_ago.unreachable_at = blocked_long_ago.last_seen_at = long_ago
        blocked_lately = await make_member(session, role=Role.PARTICIPANT, now=long_ago, name="Rima")
        blocked_lately.unreachable_at = blocked_lately.last_seen_at = lately
        never_joined = await make_member(session, role=Role.PARTICIPANT, now=long_ago, name="Olena")
        never_joined.status = PersonStatus.ONBOARDING
        quiet_but_in = await make_member(session, role=Role.PARTICIPANT, now=long_ago, name="Amina")
        quiet_but_in.last_seen_at = long_ago  # silent, but still in the programme: kept
        ids = {p.display_name: p.id for p in (blocked_long_ago, blocked_lately, never_joined, quiet_but_in)}

    deps.settings.retain_left_grace_days = 60
    pruned = await prune_old_data(deps)
    assert pruned.people_erased == 2

    async with deps.sessionmaker() as session:
        states = {name: (await session.get(Person, pid)) for name, pid in ids.items()}
        assert {name for name, p in states.items() if p is not None and p.status is PersonStatus.DELETED} == {
            "Hana",
            "Olena",
        }
        erased = states["Hana"]
        assert erased is not None and erased.display_name is None and erased.telegram_user_id is None
        assert states["Rima"] is not None and states["Rima"].display_name == "Rima"
        assert states["Amina"] is not None and states["Amina"].status is PersonStatus.ACTIVE
