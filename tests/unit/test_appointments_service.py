"""bot/services/appointments.py on a real, migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    AuditEntry,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    Priority,
    Role,
)
from bot.services import appointment_lists, appointments
from bot.services.appointments import (
    DEFAULT_REMINDERS,
    MAX_AHEAD,
    AppointmentError,
    AppointmentProblem,
    reminder_times,
)

from seed import make_member

TZ = "Europe/Berlin"
BERLIN = ZoneInfo(TZ)

_telegram_ids = itertools.count(50_000)


async def member(
    session: AsyncSession, clock: ManualClock, role: Role, *, coach: Person | None = None, name: str = ""
) -> Person:
    telegram_id = next(_telegram_ids)
    return await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
        name=name,
        coach_id=coach.id if coach else None,
    )


@dataclass
class Programme:
    staff: Person
    coach: Person
    other_coach: Person
    amal: Person  # participant of coach
    zainab: Person  # participant of coach
    omid: Person  # participant of other_coach


@pytest.fixture
async def programme(session: AsyncSession, clock: ManualClock) -> Programme:
    staff = await member(session, clock, Role.STAFF)
    coach = await member(session, clock, Role.COACH)
    other = await member(session, clock, Role.COACH)
    amal = await member(session, clock, Role.PARTICIPANT, coach=coach, name="Amal")
    zainab = await member(session, clock, Role.PARTICIPANT, coach=coach, name="Zainab")
    omid = await member(session, clock, Role.PARTICIPANT, coach=other, name="Omid")
    return Programme(staff, coach, other, amal, zainab, omid)


async def make(
    session: AsyncSession,
    clock: ManualClock,
    participant: Person,
    starts_at: datetime,
    actor: Person | None = None,
    **kwargs: object,
) -> Appointment:
    return await appointments.create(
        session,
        actor=actor,
        participant=participant,
        kind=AppointmentKind.JOB_CENTRE,
        starts_at=starts_at,
        place="  Obere Königsstraße 15, Kassel  ",
        note="Bitte Ausweis mitbringen",
        now=clock.now(),
        **kwargs,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Row:
    key: str
    kind: str
    recipient_id: int
    due_at: datetime
    priority: int
    quiet: bool
    status: OutboxStatus


async def outbox_rows(session: AsyncSession, appointment: Appointment | None = None) -> list[Row]:
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if appointment is not None:
        query = query.where(OutboxMessage.dedupe_key.startswith(f"apt:{appointment.id}:"))
    return [
        Row(r.dedupe_key, r.kind, r.recipient_id, r.due_at, r.priority, r.respect_quiet_hours, r.status)
        for r in await session.scalars(query)
    ]


async def announce(session: AsyncSession, appointment: Appointment) -> None:
    """As if the dispatcher had sent the news about the appointment."""
    for row in await session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.dedupe_key.startswith(f"apt:{appointment.id}:v"),
            OutboxMessage.kind.in_(["appointment.new", "appointment.changed"]),
            OutboxMessage.status == OutboxStatus.PENDING,
        )
    ):
        row.status = OutboxStatus.SENT
    await session.flush()


async def status_by_key(session: AsyncSession, appointment: Appointment) -> dict[str, OutboxStatus]:
    return {row.key: row.status for row in await outbox_rows(session, appointment)}


async def audit_actions(
    session: AsyncSession,
) -> list[tuple[str, int | None, str, int | None, dict[str, object]]]:
    return [
        (entry.action, entry.actor_id, entry.actor_label, entry.subject_id, entry.details)
        for entry in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
    ]


def in_days(clock: ManualClock, days: int, hour: int = 10, minute: int = 0) -> datetime:
    """A wall-clock time in Berlin `days` after today, as UTC."""
    day = clock.now().astimezone(BERLIN).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


# -- create --------------------------------------------------------------------------------


async def test_create_plans_news_reminders_and_the_coach_check(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    starts = in_days(clock, 3, 10)  # Thu 2026-11-26 10:00 CET = 09:00 UTC
    assert starts == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    appointment = await make(session, clock, programme.amal, starts, actor=programme.coach)

    assert appointment.status is AppointmentStatus.SCHEDULED
    assert appointment.version == 1
    assert appointment.place == "Obere Königsstraße 15, Kassel"
    assert appointment.created_by_id == programme.coach.id
    assert appointment.answer is None
    aid, now = appointment.id, clock.now()
    assert await outbox_rows(session) == [
        Row(f"apt:{aid}:v1:new", "appointment.new", programme.amal.id, now, Priority.INTERACTIVE, True,
            OutboxStatus.PENDING),
        Row(f"apt:{aid}:v1:reminder:1440", "appointment.reminder", programme.amal.id,
            starts - timedelta(hours=24), Priority.REMINDER, False, OutboxStatus.PENDING),
        Row(f"apt:{aid}:v1:reminder:120", "appointment.reminder", programme.amal.id,
            starts - timedelta(hours=2), Priority.REMINDER, False, OutboxStatus.PENDING),
        Row(f"apt:{aid}:v1:no-answer", "coach.no_answer", programme.coach.id,
            starts - timedelta(hours=1), Priority.INTERACTIVE, False,
            OutboxStatus.PENDING),
    ]  # fmt: skip
    payloads = {row.payload["appointment_id"] for row in await session.scalars(select(OutboxMessage))}
    assert payloads == {aid}
    assert {row.payload["version"] for row in await session.scalars(select(OutboxMessage))} == {1}


async def test_create_plans_only_reminders_still_ahead(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    soon = await make(session, clock, programme.amal, clock.now() + timedelta(hours=1))
    assert [(row.kind, row.due_at, row.quiet) for row in await outbox_rows(session, soon)] == [
        ("appointment.new", clock.now(), False),  # within 12 hours: ignores quiet hours
    ]

    later = await make(session, clock, programme.amal, clock.now() + timedelta(hours=3))
    assert [(row.key, row.due_at) for row in await outbox_rows(session, later)] == [
        (f"apt:{later.id}:v1:new", clock.now()),
        (f"apt:{later.id}:v1:reminder:120", clock.now() + timedelta(hours=1)),
        (f"apt:{later.id}:v1:no-answer", clock.now() + timedelta(hours=2)),
    ]

    exactly_two_hours = await make(session, clock, programme.amal, clock.now() + timedelta(hours=2))
    assert [row.kind for row in await outbox_rows(session, exactly_two_hours)] == ["appointment.new"]


async def test_create_without_a_coach_plans_no_coach_check(session: AsyncSession, clock: ManualClock) -> None:
    loner = await member(session, clock, Role.PARTICIPANT)
    appointment = await make(session, clock, loner, in_days(clock, 2))
    assert [row.kind for row in await outbox_rows(session, appointment)] == [
        "appointment.new",
        "appointment.reminder",
        "appointment.reminder",
    ]


async def test_create_with_own_reminder_offsets(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    starts = in_days(clock, 10)
    appointment = await make(
        session, clock, programme.amal, starts, reminders=(timedelta(days=7), timedelta(minutes=30))
    )
    rows = await outbox_rows(session, appointment)
    assert [(row.key.rsplit(":v1:", 1)[1], row.due_at) for row in rows] == [
        ("new", clock.now()),
        ("reminder:10080", starts - timedelta(days=7)),
        ("reminder:30", starts - timedelta(minutes=30)),
        # The last reminder comes later than NO_ANSWER_MINUTES before: half the time left.
        ("no-answer", starts - timedelta(minutes=15)),
    ]


@pytest.mark.parametrize(
    ("offset", "problem"),
    [
        (timedelta(0), AppointmentProblem.PAST),
        (-timedelta(minutes=1), AppointmentProblem.PAST),
        (MAX_AHEAD + timedelta(seconds=1), AppointmentProblem.TOO_FAR),
    ],
)
async def test_create_refuses_past_and_too_far(
    session: AsyncSession,
    clock: ManualClock,
    programme: Programme,
    offset: timedelta,
    problem: AppointmentProblem,
) -> None:
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.amal, clock.now() + offset)
    assert caught.value.problem is problem
    assert await outbox_rows(session) == []
    assert await session.scalar(select(Appointment.id)) is None


async def test_create_up_to_the_limit_is_fine(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, clock.now() + MAX_AHEAD)
    assert appointment.id is not None


async def test_who_may_create(session: AsyncSession, clock: ManualClock, programme: Programme) -> None:
    starts = in_days(clock, 2)
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.omid, starts, actor=programme.coach)
    assert caught.value.problem is AppointmentProblem.NOT_YOURS
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.amal, starts, actor=programme.zainab)  # a participant
    assert caught.value.problem is AppointmentProblem.NOT_YOURS
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.coach, starts, actor=programme.staff)  # not a participant
    assert caught.value.problem is AppointmentProblem.NOT_PARTICIPANT
    assert await session.scalar(select(Appointment.id)) is None

    by_staff = await make(session, clock, programme.omid, starts, actor=programme.staff)
    by_other_coach = await make(session, clock, programme.omid, starts, actor=programme.other_coach)
    by_cli = await make(session, clock, programme.amal, starts, actor=None)
    assert by_staff.created_by_id == programme.staff.id
    assert by_other_coach.created_by_id == programme.other_coach.id
    assert by_cli.created_by_id is None

    programme.other_coach.status = PersonStatus.DELETED  # a coach who left may not
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.omid, starts, actor=programme.other_coach)
    assert caught.value.problem is AppointmentProblem.NOT_YOURS
    programme.amal.status = PersonStatus.DECLINED
    with pytest.raises(AppointmentError) as caught:
        await make(session, clock, programme.amal, starts, actor=None)
    assert caught.value.problem is AppointmentProblem.NOT_PARTICIPANT


# -- reminder_times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("starts", "day_before", "two_hours_before"),
    [
        # Mon 2026-10-26 09:00 CET; summer time ended on Sun 2026-10-25 at 03:00 CEST.
        (datetime(2026, 10, 26, 8, 0, tzinfo=UTC), datetime(2026, 10, 25, 8, 0, tzinfo=UTC),
         datetime(2026, 10, 26, 6, 0, tzinfo=UTC)),
        # Mon 2027-03-29 09:00 CEST; summer time began on Sun 2027-03-28 at 02:00 CET.
        (datetime(2027, 3, 29, 7, 0, tzinfo=UTC), datetime(2027, 3, 28, 7, 0, tzinfo=UTC),
         datetime(2027, 3, 29, 5, 0, tzinfo=UTC)),
        # An ordinary week: 24 h of wall clock are 24 h of real time.
        (datetime(2026, 11, 26, 8, 0, tzinfo=UTC), datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
         datetime(2026, 11, 26, 6, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_reminder_times_keep_the_wall_clock_for_whole_days(
    starts: datetime, day_before: datetime, two_hours_before: datetime
) -> None:
    assert starts.astimezone(BERLIN).hour == 9
    times = reminder_times(starts, BERLIN, DEFAULT_REMINDERS)
    assert times == [day_before, two_hours_before]
    assert [moment.tzinfo for moment in times] == [UTC, UTC]
    assert times[0].astimezone(BERLIN).replace(tzinfo=None) == starts.astimezone(BERLIN).replace(
        tzinfo=None
    ) - timedelta(days=1)
    assert times[1].astimezone(BERLIN).hour == 7


def test_reminder_times_across_the_changes_in_wall_clock_terms() -> None:
    autumn = reminder_times(datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN), BERLIN, DEFAULT_REMINDERS)
    assert [moment.astimezone(BERLIN).isoformat() for moment in autumn] == [
        "2026-10-25T09:00:00+01:00",  # Sunday 09:00 CET: 25 real hours before
        "2026-10-26T07:00:00+01:00",
    ]
    spring = reminder_times(datetime(2027, 3, 29, 9, 0, tzinfo=BERLIN), BERLIN, DEFAULT_REMINDERS)
    assert [moment.astimezone(BERLIN).isoformat() for moment in spring] == [
        "2027-03-28T09:00:00+02:00",  # Sunday 09:00 CEST: 23 real hours before
        "2027-03-29T07:00:00+02:00",
    ]


async def test_create_around_the_autumn_change_plans_the_wall_clock_reminder(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    clock.set(datetime(2026, 10, 23, 10, 0, tzinfo=UTC))
    appointment = await make(session, clock, programme.amal, datetime(2026, 10, 26, 8, 0, tzinfo=UTC))
    due = {row.key.rsplit(":", 1)[1]: row.due_at for row in await outbox_rows(session, appointment)}
    assert due["1440"] == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # Sun 09:00 CET
    assert due["120"] == datetime(2026, 10, 26, 6, 0, tzinfo=UTC)  # Mon 07:00 CET
    assert due["no-answer"] == datetime(2026, 10, 26, 7, 0, tzinfo=UTC)  # an hour before


# -- reschedule ----------------------------------------------------------------------------


async def test_reschedule_replaces_the_plan(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, in_days(clock, 3), actor=programme.coach)
    aid = appointment.id
    # The announcement went out already; the participant said they would come.
    sent = await session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == f"apt:{aid}:v1:new"))
    assert sent is not None
    sent.status = OutboxStatus.SENT
    await appointments.answer(session, appointment, programme.amal, coming=True, now=clock.now())
    assert appointment.answer is Attendance.COMING

    clock.advance(timedelta(hours=1))
    new_start = in_days(clock, 5, 14, 30)
    await appointments.reschedule(
        session, appointment, actor=programme.coach, starts_at=new_start, now=clock.now(), place=" Rathaus "
    )
    assert appointment.version == 2
    assert appointment.starts_at == new_start
    assert appointment.place == "Rathaus"
    assert appointment.answer is None
    assert appointment.answered_at is None
    assert appointment.answer_reason is None
    assert appointment.updated_at == clock.now()
    assert appointment.status is AppointmentStatus.SCHEDULED

    assert await status_by_key(session, appointment) == {
        f"apt:{aid}:v1:new": OutboxStatus.SENT,  # history stays
        f"apt:{aid}:v1:reminder:1440": OutboxStatus.CANCELLED,
        f"apt:{aid}:v1:reminder:120": OutboxStatus.CANCELLED,
        f"apt:{aid}:v1:no-answer": OutboxStatus.CANCELLED,  # by the answer already
        f"apt:{aid}:v2:changed": OutboxStatus.PENDING,
        f"apt:{aid}:v2:reminder:1440": OutboxStatus.PENDING,
        f"apt:{aid}:v2:reminder:120": OutboxStatus.PENDING,
        f"apt:{aid}:v2:no-answer": OutboxStatus.PENDING,
    }
    fresh = {row.key: row for row in await outbox_rows(session, appointment) if ":v2:" in row.key}
    assert fresh[f"apt:{aid}:v2:changed"].kind == "appointment.changed"
    assert fresh[f"apt:{aid}:v2:changed"].due_at == clock.now()
    assert fresh[f"apt:{aid}:v2:reminder:1440"].due_at == new_start - timedelta(days=1)
    assert fresh[f"apt:{aid}:v2:reminder:120"].due_at == new_start - timedelta(hours=2)
    assert fresh[f"apt:{aid}:v2:no-answer"].recipient_id == programme.coach.id
    versions = {
        row.dedupe_key: row.payload["version"] for row in await session.scalars(select(OutboxMessage))
    }
    assert {key: version for key, version in versions.items() if ":v2:" in key} == dict.fromkeys(fresh, 2)


async def test_reschedule_checks_time_rights_and_state(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, in_days(clock, 3))
    for starts, problem in (
        (clock.now() - timedelta(minutes=5), AppointmentProblem.PAST),
        (clock.now() + MAX_AHEAD + timedelta(days=1), AppointmentProblem.TOO_FAR),
    ):
        with pytest.raises(AppointmentError) as caught:
            await appointments.reschedule(session, appointment, actor=None, starts_at=starts, now=clock.now())
        assert caught.value.problem is problem
    with pytest.raises(AppointmentError) as caught:
        await appointments.reschedule(
            session, appointment, actor=programme.other_coach, starts_at=in_days(clock, 4), now=clock.now()
        )
    assert caught.value.problem is AppointmentProblem.NOT_YOURS
    assert appointment.version == 1
    assert set((await status_by_key(session, appointment)).values()) == {OutboxStatus.PENDING}

    await appointments.cancel(session, appointment, actor=None, now=clock.now())
    with pytest.raises(AppointmentError) as caught:
        await appointments.reschedule(
            session, appointment, actor=None, starts_at=in_days(clock, 4), now=clock.now()
        )
    assert caught.value.problem is AppointmentProblem.CLOSED


# -- cancel --------------------------------------------------------------------------------


async def test_cancel_stops_everything_and_tells_the_participant(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, in_days(clock, 3), actor=programme.coach)
    await announce(session, appointment)
    await appointments.reschedule(
        session, appointment, actor=programme.coach, starts_at=in_days(clock, 4), now=clock.now()
    )
    other = await make(session, clock, programme.amal, in_days(clock, 6))
    clock.advance(timedelta(minutes=10))
    await appointments.cancel(session, appointment, actor=programme.coach, now=clock.now())

    aid = appointment.id
    assert appointment.status is AppointmentStatus.CANCELLED
    statuses = await status_by_key(session, appointment)
    cancelled_notice = statuses.pop(f"apt:{aid}:cancelled")
    assert cancelled_notice is OutboxStatus.PENDING
    assert statuses.pop(f"apt:{aid}:v1:new") is OutboxStatus.SENT
    assert set(statuses.values()) == {OutboxStatus.CANCELLED}
    assert len(statuses) == 7  # v1: two reminders, coach check; v2: news, two reminders, coach check
    [notice] = [row for row in await outbox_rows(session, appointment) if row.key.endswith(":cancelled")]
    assert notice.kind == "appointment.cancelled"
    assert notice.recipient_id == programme.amal.id
    assert notice.due_at == clock.now()
    assert notice.priority == Priority.INTERACTIVE
    assert notice.quiet is True  # four days ahead: may wait for the morning
    assert set((await status_by_key(session, other)).values()) == {OutboxStatus.PENDING}

    with pytest.raises(AppointmentError) as caught:
        await appointments.cancel(session, appointment, actor=programme.coach, now=clock.now())
    assert caught.value.problem is AppointmentProblem.CLOSED


async def test_cancel_shortly_before_ignores_quiet_hours_and_after_the_start_tells_no_one(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    soon = await make(session, clock, programme.amal, clock.now() + timedelta(hours=5))
    await announce(session, soon)
    await appointments.cancel(session, soon, actor=None, now=clock.now())
    [notice] = [row for row in await outbox_rows(session, soon) if row.kind == "appointment.cancelled"]
    assert notice.quiet is False

    started = await make(session, clock, programme.amal, clock.now() + timedelta(hours=5))
    await announce(session, started)
    clock.advance(timedelta(hours=6))
    await appointments.cancel(session, started, actor=None, now=clock.now())
    assert "appointment.cancelled" not in {row.kind for row in await outbox_rows(session, started)}
    omids = await make(session, clock, programme.omid, in_days(clock, 2))
    with pytest.raises(AppointmentError) as caught:
        await appointments.cancel(session, omids, actor=programme.coach, now=clock.now())
    assert caught.value.problem is AppointmentProblem.NOT_YOURS


async def test_news_never_sent_means_no_cancel_or_change_notice(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    """Cancelled or moved while the news still waited (quiet hours): nobody hears of a change
    to an appointment they never heard of; a move is then announced as new."""
    moved = await make(session, clock, programme.amal, in_days(clock, 3))
    await appointments.reschedule(session, moved, actor=None, starts_at=in_days(clock, 4), now=clock.now())
    kinds = {
        row.key: row.kind for row in await outbox_rows(session, moved) if row.status is OutboxStatus.PENDING
    }
    assert kinds[f"apt:{moved.id}:v2:new"] == "appointment.new"
    assert "appointment.changed" not in kinds.values()

    dropped = await make(session, clock, programme.amal, in_days(clock, 3))
    await appointments.cancel(session, dropped, actor=None, now=clock.now())
    rows = await outbox_rows(session, dropped)
    assert "appointment.cancelled" not in {row.kind for row in rows}
    assert {row.status for row in rows} == {OutboxStatus.CANCELLED}


# -- answers -------------------------------------------------------------------------------


async def test_cant_come_alerts_the_coach_and_drops_the_no_answer_check(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, in_days(clock, 3))
    clock.advance(timedelta(hours=3))
    await appointments.answer(session, appointment, programme.amal, coming=False, now=clock.now())

    assert appointment.answer is Attendance.NOT_COMING
    assert appointment.answered_at == clock.now()
    aid = appointment.id
    statuses = await status_by_key(session, appointment)
    assert statuses[f"apt:{aid}:v1:no-answer"] is OutboxStatus.CANCELLED
    assert statuses[f"apt:{aid}:v1:reminder:1440"] is OutboxStatus.PENDING  # reminders stay
    [alert] = [row for row in await outbox_rows(session, appointment) if row.kind == "coach.cant_come"]
    assert alert.recipient_id == programme.coach.id
    assert alert.priority == Priority.ALERT
    assert alert.due_at == clock.now()
    assert alert.quiet is False
    assert alert.status is OutboxStatus.PENDING
    assert alert.key == f"apt:{aid}:v1:cant-come:{int(clock.now().timestamp())}"

    clock.advance(timedelta(minutes=2))
    await appointments.give_reason(
        session, appointment, programme.amal, reason="  Mein Kind ist krank ", now=clock.now()
    )
    assert appointment.answer_reason == "Mein Kind ist krank"
    [reason] = [
        row for row in await outbox_rows(session, appointment) if row.kind == "coach.cant_come_reason"
    ]
    assert reason.recipient_id == programme.coach.id
    assert reason.priority == Priority.ALERT
    assert reason.due_at == clock.now()
    assert reason.quiet is False


async def test_coming_cancels_the_no_answer_check_and_tells_the_coach_nothing(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, in_days(clock, 3))
    await appointments.answer(session, appointment, programme.amal, coming=True, now=clock.now())
    kinds = {row.kind: row.status for row in await outbox_rows(session, appointment)}
    assert kinds["coach.no_answer"] is OutboxStatus.CANCELLED
    assert "coach.cant_come" not in kinds
    with pytest.raises(AppointmentError) as caught:
        await appointments.give_reason(session, appointment, programme.amal, reason="x", now=clock.now())
    assert caught.value.problem is AppointmentProblem.CLOSED


async def test_answers_after_the_start_or_on_a_cancelled_appointment_are_closed(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    started = await make(session, clock, programme.amal, clock.now() + timedelta(hours=1))
    cancelled = await make(session, clock, programme.amal, in_days(clock, 2))
    await appointments.cancel(session, cancelled, actor=None, now=clock.now())
    with pytest.raises(AppointmentError) as caught:
        await appointments.answer(session, cancelled, programme.amal, coming=True, now=clock.now())
    assert caught.value.problem is AppointmentProblem.CLOSED

    clock.advance(timedelta(hours=1))  # exactly the start
    for coming in (True, False):
        with pytest.raises(AppointmentError) as caught:
            await appointments.answer(session, started, programme.amal, coming=coming, now=clock.now())
        assert caught.value.problem is AppointmentProblem.CLOSED
    assert started.answer is None
    assert "coach.cant_come" not in {row.kind for row in await outbox_rows(session)}

    amals = await make(session, clock, programme.amal, in_days(clock, 2))
    with pytest.raises(AppointmentError) as caught:  # someone else's appointment
        await appointments.answer(session, amals, programme.zainab, coming=True, now=clock.now())
    assert caught.value.problem is AppointmentProblem.NOT_YOURS


# -- outcome -------------------------------------------------------------------------------


def status(appointment: Appointment) -> AppointmentStatus:
    # Read through a call: mypy would keep an asserted status narrowed across the awaits that change it.
    return appointment.status


async def test_mark_outcome_only_after_the_start(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    appointment = await make(session, clock, programme.amal, clock.now() + timedelta(hours=3))
    with pytest.raises(AppointmentError) as caught:
        await appointments.mark_outcome(
            session, appointment, actor=programme.coach, attended=True, now=clock.now()
        )
    assert caught.value.problem is AppointmentProblem.NOT_YET
    assert status(appointment) is AppointmentStatus.SCHEDULED

    clock.advance(timedelta(hours=4))
    with pytest.raises(AppointmentError) as caught:
        await appointments.mark_outcome(
            session, appointment, actor=programme.other_coach, attended=True, now=clock.now()
        )
    assert caught.value.problem is AppointmentProblem.NOT_YOURS
    await appointments.mark_outcome(
        session, appointment, actor=programme.coach, attended=True, now=clock.now()
    )
    assert status(appointment) is AppointmentStatus.ATTENDED
    await appointments.mark_outcome(
        session, appointment, actor=programme.staff, attended=False, now=clock.now()
    )
    assert status(appointment) is AppointmentStatus.MISSED  # a correction
    assert appointment.updated_at == clock.now()

    cancelled = await make(session, clock, programme.amal, clock.now() + timedelta(hours=1))
    await appointments.cancel(session, cancelled, actor=None, now=clock.now())
    clock.advance(timedelta(hours=2))
    with pytest.raises(AppointmentError) as caught:
        await appointments.mark_outcome(
            session, cancelled, actor=programme.coach, attended=True, now=clock.now()
        )
    assert caught.value.problem is AppointmentProblem.CLOSED


# -- who sees what -------------------------------------------------------------------------


async def test_upcoming_for_shows_each_viewer_what_is_theirs(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    amal_later = await make(session, clock, programme.amal, in_days(clock, 4))
    amal_soon = await make(session, clock, programme.amal, in_days(clock, 1))
    zainab = await make(session, clock, programme.zainab, in_days(clock, 2))
    omid = await make(session, clock, programme.omid, in_days(clock, 3))
    gone = await make(session, clock, programme.amal, in_days(clock, 2, 12))
    await appointments.cancel(session, gone, actor=None, now=clock.now())
    past = await make(session, clock, programme.zainab, clock.now() + timedelta(minutes=30))
    clock.advance(timedelta(hours=1))

    async def ids(viewer: Person) -> list[int]:
        return [apt.id for apt in await appointment_lists.upcoming_for(session, viewer, now=clock.now())]

    assert await ids(programme.amal) == [amal_soon.id, amal_later.id]
    assert await ids(programme.zainab) == [zainab.id]
    assert await ids(programme.omid) == [omid.id]
    assert await ids(programme.coach) == [amal_soon.id, zainab.id, amal_later.id]
    assert await ids(programme.other_coach) == [omid.id]
    assert await ids(programme.staff) == [amal_soon.id, zainab.id, omid.id, amal_later.id]
    limited = await appointment_lists.upcoming_for(session, programme.staff, now=clock.now(), limit=2)
    assert [apt.id for apt in limited] == [amal_soon.id, zainab.id]

    assert await appointment_lists.awaiting_outcome(session, programme.amal, now=clock.now()) == []
    assert [
        a.id for a in await appointment_lists.awaiting_outcome(session, programme.coach, now=clock.now())
    ] == [past.id]
    assert await appointment_lists.awaiting_outcome(session, programme.other_coach, now=clock.now()) == []


async def test_list_upcoming_gives_everything_ahead_with_its_participant(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    later = await make(session, clock, programme.omid, in_days(clock, 3))
    soon = await make(session, clock, programme.amal, in_days(clock, 1))
    same_time = await make(session, clock, programme.zainab, in_days(clock, 1))
    gone = await make(session, clock, programme.amal, in_days(clock, 2))
    await appointments.cancel(session, gone, actor=None, now=clock.now())
    await make(session, clock, programme.zainab, clock.now() + timedelta(minutes=30))  # past in an hour
    clock.advance(timedelta(hours=1))

    rows = await appointment_lists.list_upcoming(session, now=clock.now())
    assert [(apt.id, person.id) for apt, person in rows] == [
        (soon.id, programme.amal.id),
        (same_time.id, programme.zainab.id),  # same time: by id
        (later.id, programme.omid.id),
    ]
    amal = await appointment_lists.list_upcoming(session, now=clock.now(), participant_id=programme.amal.id)
    assert [(apt.id, person.id) for apt, person in amal] == [(soon.id, programme.amal.id)]
    assert (
        await appointment_lists.list_upcoming(session, now=clock.now(), participant_id=programme.coach.id)
        == []
    )


async def test_reminder_due_times_are_the_pending_reminders_of_that_appointment(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    starts = in_days(clock, 3)
    appointment = await make(session, clock, programme.amal, starts)
    await make(session, clock, programme.zainab, in_days(clock, 4))  # reminders of its own
    assert await appointments.reminder_due_times(session, appointment) == [
        starts - timedelta(hours=24),
        starts - timedelta(hours=2),
    ]
    too_close = await make(session, clock, programme.amal, clock.now() + timedelta(hours=1))
    assert await appointments.reminder_due_times(session, too_close) == []
    await appointments.cancel(session, appointment, actor=None, now=clock.now())
    assert await appointments.reminder_due_times(session, appointment) == []


# -- audit ---------------------------------------------------------------------------------


async def test_audit_entries_for_create_reschedule_cancel_and_outcome(
    session: AsyncSession, clock: ManualClock, programme: Programme
) -> None:
    first = await make(session, clock, programme.amal, in_days(clock, 2), actor=programme.coach)
    second = await make(session, clock, programme.zainab, clock.now() + timedelta(hours=1), actor=None)
    await appointments.reschedule(
        session, first, actor=programme.staff, starts_at=in_days(clock, 3), now=clock.now()
    )
    await appointments.answer(session, first, programme.amal, coming=False, now=clock.now())
    await appointments.give_reason(session, first, programme.amal, reason="krank", now=clock.now())
    await appointments.cancel(session, first, actor=None, now=clock.now())
    clock.advance(timedelta(hours=2))
    await appointments.mark_outcome(session, second, actor=programme.coach, attended=True, now=clock.now())
    await session.flush()

    coach, staff, amal, zainab = (
        programme.coach.id,
        programme.staff.id,
        programme.amal.id,
        programme.zainab.id,
    )
    assert await audit_actions(session) == [
        ("appointment.create", coach, "person", amal, {"appointment_id": first.id}),
        ("appointment.create", None, "cli", zainab, {"appointment_id": second.id}),
        ("appointment.reschedule", staff, "person", amal, {"appointment_id": first.id, "version": 2}),
        ("appointment.cancel", None, "cli", amal, {"appointment_id": first.id}),
        ("appointment.outcome", coach, "person", zainab, {"appointment_id": second.id, "attended": True}),
    ]
    # Answers are the participant's own business: not audited, and no free text in the log.
    entries = list(await session.scalars(select(AuditEntry)))
    assert all("krank" not in str(entry.details) for entry in entries)
