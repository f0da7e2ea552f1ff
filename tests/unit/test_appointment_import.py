"""bot/services/appointment_import.py: CSV appointments, all or nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.deps import Deps
from bot.kinds import Kind
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    AuditEntry,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    Role,
)
from bot.services import appointment_import, appointments, outbox
from bot.services.appointment_import import (
    ImportAborted,
    ImportReport,
    NotUtf8,
    decode,
    import_appointments,
    parse_kind,
)
from bot.services.appointments import DEFAULT_REMINDERS

from seed import make_member

BERLIN = ZoneInfo("Europe/Berlin")
HEADER = "participant_id,date,time,kind,place,note"
# The clock starts on Monday 2026-11-23 09:00 UTC (tests/conftest.py START).


@pytest.fixture
async def session(deps: Deps) -> AsyncIterator[AsyncSession]:
    """Not in `sessionmaker.begin()` like elsewhere: `run` commits, since the import writes in
    transactions of its own."""
    async with deps.sessionmaker() as session:
        yield session


async def member(
    session: AsyncSession,
    clock: ManualClock,
    role: Role,
    telegram_id: int,
    *,
    coach_id: int | None = None,
    timezone: str = "Europe/Berlin",
) -> Person:
    return await make_member(
        session,
        role=role,
        now=clock.now(),
        telegram_user_id=telegram_id,
        timezone=timezone,
        coach_id=coach_id,
    )


async def cast(session: AsyncSession, clock: ManualClock) -> tuple[Person, Person]:
    """A coach and one participant of theirs."""
    coach = await member(session, clock, Role.COACH, 810_001)
    participant = await member(session, clock, Role.PARTICIPANT, 810_002, coach_id=coach.id)
    return coach, participant


def csv(*rows: str, header: str = HEADER, newline: str = "\n") -> str:
    return newline.join((header, *rows)) + newline


async def run(
    session: AsyncSession, clock: ManualClock, text: str, *, dry_run: bool = False, **kwargs: object
) -> ImportReport:
    """The import runs short transactions of its own: what the test made so far is committed."""
    await session.commit()
    return await import_appointments(
        async_sessionmaker(session.bind, expire_on_commit=False),
        text,
        now=clock.now(),
        fallback_zone=BERLIN,
        dry_run=dry_run,
        **kwargs,  # type: ignore[arg-type]
    )


async def count(session: AsyncSession, model: type[object]) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def test_a_clean_file_imports_every_row_with_its_reminders(
    session: AsyncSession, clock: ManualClock, deps: Deps
) -> None:
    coach, amina = await cast(session, clock)
    text = csv(
        f"{amina.id},24.12.2026,09:30,job_centre,Jobcenter Mitte,Bitte Ausweis mitbringen",
        f"{amina.id},2027-01-11,14:00,doctor,,",
    )

    report = await run(session, clock, text, reminders=deps.settings.reminder_offsets)

    assert report.ok and report.errors == []
    assert [row.line for row in report.rows] == [2, 3]
    assert report.imported == 2
    stored = list(await session.scalars(select(Appointment).order_by(Appointment.starts_at)))
    assert [a.id for a in stored] == report.appointment_ids
    first, second = stored
    assert first.participant_id == amina.id and first.created_by_id is None
    assert first.kind is AppointmentKind.JOB_CENTRE
    assert first.starts_at == utc(2026, 12, 24, 8, 30)  # 09:30 in Kassel, winter time (UTC+1)
    assert (first.place, first.note) == ("Jobcenter Mitte", "Bitte Ausweis mitbringen")
    assert second.kind is AppointmentKind.DOCTOR and (second.place, second.note) == ("", "")

    outbox = list(
        await session.scalars(
            select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith(f"apt:{first.id}:"))
        )
    )
    by_kind = {(m.kind, m.recipient_id): m for m in outbox}
    assert set(by_kind) == {
        ("appointment.new", amina.id),
        ("coach.no_answer", coach.id),
    } | {("appointment.reminder", amina.id)}
    reminders = sorted(m.due_at for m in outbox if m.kind == "appointment.reminder")
    assert reminders == [utc(2026, 12, 23, 8, 30), utc(2026, 12, 24, 6, 30)]  # 24h and 2h before
    assert all(m.status is OutboxStatus.PENDING for m in outbox)
    assert by_kind[("appointment.new", amina.id)].due_at == clock.now()
    assert await count(session, OutboxMessage) == 2 * 4

    audit = await session.scalar(select(AuditEntry).where(AuditEntry.action == "appointment.import"))
    assert audit is not None and audit.actor_label == "cli" and audit.details["count"] == 2


async def test_reminders_follow_the_kind(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = csv(f"{amina.id},24.12.2026,09:30,doctor,,", f"{amina.id},25.12.2026,09:30,course,,")

    def offsets(kind: str) -> tuple[timedelta, ...]:
        return (timedelta(days=2),) if kind == "doctor" else ()

    report = await run(session, clock, text, reminders=offsets)

    doctor, course = report.appointment_ids
    due = await session.scalars(
        select(OutboxMessage.due_at).where(OutboxMessage.kind == "appointment.reminder")
    )
    assert list(due) == [utc(2026, 12, 22, 8, 30)]
    keys = set(await session.scalars(select(OutboxMessage.dedupe_key)))
    assert f"apt:{doctor}:v1:reminder:2880" in keys
    assert not any(key.startswith(f"apt:{course}:v1:reminder") for key in keys)


async def test_one_bad_row_imports_nothing_and_every_bad_line_is_reported(
    session: AsyncSession, clock: ManualClock
) -> None:
    coach, amina = await cast(session, clock)
    text = "\n".join(
        [
            HEADER,  # 1
            f"{amina.id},24.12.2026,09:30,job_centre,,",  # 2 fine
            "",  # 3 blank: skipped, but counted
            f"{coach.id},24.12.2026,10:00,coaching,,",  # 4 a coach
            f'{amina.id},25.12.2026,10:00,course,"Raum 1',  # 5 a quoted place over two lines...
            'zweiter Stock",',  # 6 ...so this is still line 5's record
            "99999,24.12.2026,09:30,Zahnarzt,,",  # 7 nobody, unknown kind
            f"{amina.id},24.12.2025,09:30,kurs,,",  # 8 past
            f"{amina.id},24.12.2026,9:30,Jobcenter,,",  # 9 the same as line 2
            f"{amina.id},31.02.2027,09:30,kurs,,",  # 10 no such date
            "٣,24.12.2026,09:30,kurs,,",  # 11 Arabic-Indic digit: not an id
            f"{amina.id},24.12.2026,09:30,kurs,a,b,c",  # 12 too many values
            f"{amina.id},,,kurs,,",  # 13 no date, no time
            "99999999999999999999,24.12.2026,09:30,kurs,,",  # 14 larger than any id
            f"{amina.id},26.12.2026,11:00,kurs,,",  # 15 fine
        ]
    )

    report = await run(session, clock, text)

    assert not report.ok
    assert [str(problem) for problem in report.errors] == [
        f"line 4: person {coach.id} is a coach, not a participant",
        "line 5: place contains control characters or line breaks",
        "line 7: no person 99999",
        f"line 7: unknown kind 'Zahnarzt' (use {appointment_import.KIND_HELP})",
        "line 8: date and time '24.12.2025 09:30': in the past (past)",
        "line 9: same appointment as line 2",
        "line 10: date and time '31.02.2027 09:30': not a valid date (bad-date)",
        "line 11: participant_id '٣' is not a person id",
        "line 12: 7 values, expected 6 (a value with a comma or semicolon must be in double quotes)",
        "line 13: date is empty",
        "line 13: time is empty",
        "line 14: participant_id '99999999999999999999' is not a person id",
    ]
    assert [row.line for row in report.rows] == [2, 15]
    assert report.appointment_ids == []
    assert await count(session, Appointment) == 0
    assert await count(session, OutboxMessage) == 0
    assert await count(session, AuditEntry) == 0


async def test_people_who_cannot_have_appointments(session: AsyncSession, clock: ManualClock) -> None:
    staff = await member(session, clock, Role.STAFF, 810_010)
    joining = await member(session, clock, Role.PARTICIPANT, 810_011)
    joining.status = PersonStatus.ONBOARDING
    gone = await member(session, clock, Role.PARTICIPANT, 810_012)
    gone.status = PersonStatus.DELETED
    await session.flush()
    text = csv(*(f"{person.id},24.12.2026,09:30,kurs,," for person in (staff, joining, gone)))

    report = await run(session, clock, text)

    assert [str(problem) for problem in report.errors] == [
        f"line 2: person {staff.id} is a staff, not a participant",
        f"line 3: person {joining.id} is not active (onboarding)",
        f"line 4: no person {gone.id}",
    ]
    assert await count(session, Appointment) == 0


async def test_semicolons_bom_and_windows_line_ends(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = "\ufeff" + csv(
        f"{amina.id};24.12.2026;09:30:00;Jobcenter;Jobcenter Mitte, Raum 3;",
        f'{amina.id};28.12.2026;14:00;Kurs;"Volkshochschule; Raum 2";"Mit ""Heft"""',
        ";;;;;",  # Excel writes empty rows like this
        header=HEADER.replace(",", ";"),
        newline="\r\n",
    )

    report = await run(session, clock, text)

    assert report.ok, report.errors
    assert report.delimiter == ";"
    stored = list(await session.scalars(select(Appointment).order_by(Appointment.starts_at)))
    assert [(a.kind, a.place, a.note) for a in stored] == [
        (AppointmentKind.JOB_CENTRE, "Jobcenter Mitte, Raum 3", ""),
        (AppointmentKind.COURSE, "Volkshochschule; Raum 2", 'Mit "Heft"'),
    ]
    assert stored[0].starts_at == utc(2026, 12, 24, 8, 30)


async def test_columns_in_any_order_and_place_and_note_optional(
    session: AsyncSession, clock: ManualClock
) -> None:
    _, amina = await cast(session, clock)
    text = csv(f"Beratung, 10:00 ,01.12.2026,{amina.id}", header="Kind, Time ,DATE,participant_id")

    report = await run(session, clock, text)

    assert report.ok, report.errors
    (stored,) = await session.scalars(select(Appointment))
    assert stored.kind is AppointmentKind.COACHING and stored.starts_at == utc(2026, 12, 1, 9)


async def test_a_bad_header_is_reported_on_line_one(session: AsyncSession, clock: ManualClock) -> None:
    report = await run(session, clock, csv("1,24.12.2026,09:30,kurs", header="pid,date,time,kind,kind"))

    assert [str(problem) for problem in report.errors] == [
        "line 1: unknown column 'pid' (expected participant_id,date,time,kind,place,note)",
        "line 1: column 'kind' appears twice",
        "line 1: missing column 'participant_id'",
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Beratung", AppointmentKind.COACHING),
        ("JOBCENTER", AppointmentKind.JOB_CENTRE),
        ("kurs", AppointmentKind.COURSE),
        ("Praktikum", AppointmentKind.INTERNSHIP),
        ("Behörde", AppointmentKind.AUTHORITY),
        ("BEHÖRDE", AppointmentKind.AUTHORITY),
        ("Behoerde", AppointmentKind.AUTHORITY),
        ("Beho\u0308rde", AppointmentKind.AUTHORITY),  # ö typed as o + combining diaeresis
        ("Arzt", AppointmentKind.DOCTOR),
        ("Sonstiges", AppointmentKind.OTHER),
        ("job_centre", AppointmentKind.JOB_CENTRE),
        ("Job Centre", AppointmentKind.JOB_CENTRE),
        (" internship ", AppointmentKind.INTERNSHIP),
    ],
)
def test_kind_names(name: str, kind: AppointmentKind) -> None:
    assert parse_kind(name) is kind


@pytest.mark.parametrize("name", ["", "Zahnarzt", "jobcentre2", "coachin"])
def test_unknown_kind_names(name: str) -> None:
    assert parse_kind(name) is None


async def test_german_kind_names_in_a_file(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    names = ["Beratung", "Jobcenter", "Kurs", "Praktikum", "Behörde", "Arzt", "Sonstiges"]
    text = csv(*(f"{amina.id},{day + 1}.12.2026,10:00,{name},," for day, name in enumerate(names)))

    report = await run(session, clock, text)

    assert report.ok, report.errors
    stored = await session.scalars(select(Appointment.kind).order_by(Appointment.starts_at))
    assert list(stored) == [
        AppointmentKind.COACHING,
        AppointmentKind.JOB_CENTRE,
        AppointmentKind.COURSE,
        AppointmentKind.INTERNSHIP,
        AppointmentKind.AUTHORITY,
        AppointmentKind.DOCTOR,
        AppointmentKind.OTHER,
    ]


async def test_a_dry_run_changes_nothing(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = csv(
        f"{amina.id},24.12.2026,09:30,Jobcenter,Jobcenter Mitte,", f"{amina.id},2026-12-28,14:00,arzt,,"
    )
    before = await count(session, AuditEntry)

    report = await run(session, clock, text, dry_run=True)

    assert report.ok and report.dry_run
    assert [(row.line, row.kind, row.local) for row in report.rows] == [
        (2, AppointmentKind.JOB_CENTRE, datetime(2026, 12, 24, 9, 30, tzinfo=BERLIN)),
        (3, AppointmentKind.DOCTOR, datetime(2026, 12, 28, 14, 0, tzinfo=BERLIN)),
    ]
    assert report.imported == 0
    assert await count(session, Appointment) == 0
    assert await count(session, OutboxMessage) == 0
    assert await count(session, AuditEntry) == before


async def test_a_dry_run_reports_problems_too(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    report = await run(session, clock, csv(f"{amina.id},24.12.2026,09:30,Zahnarzt,,"), dry_run=True)
    assert [problem.line for problem in report.errors] == [2]


async def test_place_and_note_lengths(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    fine = f"{amina.id},24.12.2026,09:30,kurs,{'p' * 200},{'n' * 500}"
    long_note = f"{amina.id},25.12.2026,09:30,kurs,,{'n' * 4000}"
    long_place = f"{amina.id},26.12.2026,09:30,kurs,{'p' * 201},"

    report = await run(session, clock, csv(fine, long_note, long_place))

    assert [str(problem) for problem in report.errors] == [
        "line 3: note is 4000 characters long (at most 500)",
        "line 4: place is 201 characters long (at most 200)",
    ]
    assert await count(session, Appointment) == 0


async def test_arabic_text_is_kept_as_it_is(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    place = "مركز التدريب المهني، الطابق الثاني"
    note = "يرجى إحضار جواز السفر\nوشكراً"
    text = csv(f'{amina.id},24.12.2026,09:30,Praktikum,{place},"{note}"')

    report = await run(session, clock, text)

    assert report.ok, report.errors
    (stored,) = await session.scalars(select(Appointment))
    assert (stored.place, stored.note) == (place, note)


@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff", "\ufeff\r\n", ";;;;;\n,,,\n", "\x0b\n"])
async def test_an_empty_file_is_a_clear_error(session: AsyncSession, clock: ManualClock, text: str) -> None:
    report = await run(session, clock, text)
    assert [str(problem) for problem in report.errors] == [
        "the file is empty (expected a header line: participant_id,date,time,kind,place,note)"
    ]
    assert report.rows == [] and not report.ok


@pytest.mark.parametrize("text", [HEADER, HEADER + "\n", "\ufeff" + HEADER.replace(",", ";") + "\r\n\r\n"])
async def test_a_header_alone_is_a_clear_error(session: AsyncSession, clock: ManualClock, text: str) -> None:
    report = await run(session, clock, text)
    assert [str(problem) for problem in report.errors] == [
        "no appointments in the file (only the header line)"
    ]


async def test_times_are_read_in_the_participants_time_zone(
    session: AsyncSession, clock: ManualClock
) -> None:
    _, amina = await cast(session, clock)
    kyiv = await member(session, clock, Role.PARTICIPANT, 810_020, timezone="Europe/Kyiv")
    text = csv(f"{amina.id},24.12.2026,09:30,kurs,,", f"{kyiv.id},24.12.2026,09:30,kurs,,")

    report = await run(session, clock, text)

    assert [row.starts_at for row in report.rows] == [utc(2026, 12, 24, 8, 30), utc(2026, 12, 24, 7, 30)]


async def test_a_time_skipped_by_summer_time_is_refused(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    report = await run(session, clock, csv(f"{amina.id},28.03.2027,02:30,kurs,,"))
    assert [str(problem) for problem in report.errors] == [
        "line 2: date and time '28.03.2027 02:30': not a valid time of day"
        " (or skipped by the change to summer time) (bad-time)"
    ]


async def test_importing_the_same_file_twice_is_refused(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = csv(f"{amina.id},24.12.2026,09:30,kurs,,", f"{amina.id},24.12.2026,09:30,arzt,,")
    first = await run(session, clock, text)
    assert first.imported == 2

    again = await run(session, clock, text)

    assert [str(problem) for problem in again.errors] == [
        f"line 2: person {amina.id} already has this appointment at 24.12.2026 09:30"
        f" (appointment {first.appointment_ids[0]})",
        f"line 3: person {amina.id} already has this appointment at 24.12.2026 09:30"
        f" (appointment {first.appointment_ids[1]})",
    ]
    assert await count(session, Appointment) == 2


async def committed_cast(deps: Deps, clock: ManualClock) -> tuple[int, int]:
    async with deps.sessionmaker.begin() as session:
        coach, amina = await cast(session, clock)
        return coach.id, amina.id


def days_of(participant_id: int, count: int) -> str:
    """`count` appointments of one participant, one a day from 1 December 2026 on."""
    first = datetime(2026, 12, 1)
    return csv(
        *(f"{participant_id},{first + timedelta(days=day):%d.%m.%Y},09:30,kurs,," for day in range(count))
    )


async def visible(deps: Deps, clock: ManualClock) -> tuple[int, int, int]:
    """What others see: scheduled appointments, outbox rows the dispatcher may claim, audit rows."""
    async with deps.sessionmaker() as session:
        scheduled = await session.scalar(
            select(func.count()).where(Appointment.status == AppointmentStatus.SCHEDULED)
        )
        claimable = await session.scalar(
            select(func.count()).where(
                OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.attempts != outbox.HELD
            )
        )
        return int(scheduled or 0), int(claimable or 0), await count(session, AuditEntry)


async def test_batches_are_invisible_until_the_import_ends(deps: Deps, clock: ManualClock) -> None:
    _, amina_id = await committed_cast(deps, clock)
    seen: list[tuple[int, int, tuple[int, int, int], list[OutboxMessage]]] = []

    async def progress(done: int, total: int) -> None:
        async with deps.sessionmaker.begin() as session:  # the dispatcher, between two batches
            claimed = await outbox.claim_due(session, now=clock.now() + timedelta(days=400), limit=100)
        seen.append((done, total, await visible(deps, clock), claimed))

    report = await import_appointments(
        deps.sessionmaker,
        days_of(amina_id, 7),
        now=clock.now(),
        fallback_zone=BERLIN,
        batch_rows=3,
        progress=progress,
    )

    assert report.ok and report.imported == 7
    assert [(done, total) for done, total, _, _ in seen] == [(3, 7), (6, 7), (7, 7)]
    # Between batches: no scheduled appointment, no row the dispatcher may send, no record.
    assert all(counts == (0, 0, 0) and claimed == [] for _, _, counts, claimed in seen)
    # At the end, all at once: 7 appointments, news + 2 reminders + the coach's alert each.
    scheduled, claimable, audit_rows = await visible(deps, clock)
    assert (scheduled, claimable) == (7, 7 * 4)
    assert audit_rows == 1 + 1  # the import, and Amina's new appointments
    async with deps.sessionmaker() as session:
        assert set(await session.scalars(select(OutboxMessage.attempts))) == {0}


async def test_a_failure_in_a_late_batch_leaves_nothing_behind(
    deps: Deps, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like a file whose row 9,000 of 10,000 cannot be written: 8 batches were committed."""
    _, amina_id = await committed_cast(deps, clock)
    real_hold = outbox.hold_many
    calls = 0

    async def failing_hold(*args: Any, **kwargs: Any) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 9:
            raise RuntimeError("disk full")
        return await real_hold(*args, **kwargs)

    monkeypatch.setattr(outbox, "hold_many", failing_hold)
    staged: list[tuple[int, int, int]] = []

    async def progress(done: int, total: int) -> None:
        async with deps.sessionmaker() as session:
            staged.append((await count(session, Appointment), *(await visible(deps, clock))[:2]))

    with pytest.raises(ImportAborted) as aborted:
        await import_appointments(
            deps.sessionmaker,
            days_of(amina_id, 10),
            now=clock.now(),
            fallback_zone=BERLIN,
            batch_rows=1,
            progress=progress,
        )

    assert [str(problem) for problem in aborted.value.report.errors] == [
        "could not be written (RuntimeError); nothing was imported"
    ]
    assert aborted.value.report.appointment_ids == []
    assert staged == [(done, 0, 0) for done in range(1, 9)]  # written, but seen by nobody
    async with deps.sessionmaker() as session:
        assert await count(session, Appointment) == 0
        assert await count(session, OutboxMessage) == 0
        assert await count(session, AuditEntry) == 0


async def test_what_a_dead_import_left_is_swept_by_the_next(deps: Deps, clock: ManualClock) -> None:
    _, amina_id = await committed_cast(deps, clock)

    async def die(done: int, total: int) -> None:
        raise KeyboardInterrupt  # stands for a killed process: but this one can still clean up

    with pytest.raises(KeyboardInterrupt):
        await import_appointments(
            deps.sessionmaker, days_of(amina_id, 2), now=clock.now(), fallback_zone=BERLIN, progress=die
        )
    async with deps.sessionmaker() as session:
        assert await count(session, Appointment) == 0

    # A process killed for real leaves its staged rows: an old one and a recent one here.
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, amina_id)
        assert amina is not None
        for age in (timedelta(hours=2), timedelta(minutes=10)):
            created = clock.now() - age
            appointment = Appointment(
                participant_id=amina_id,
                kind=AppointmentKind.COURSE,
                starts_at=utc(2027, 1, 5, 9),
                status=AppointmentStatus.IMPORTING,
                version=1,
                created_at=created,
                updated_at=created,
            )
            session.add(appointment)
            await session.flush()
            planned = appointments.planned_messages(
                appointment.id,
                1,
                appointment.starts_at,
                amina,
                created,
                Kind.APPOINTMENT_NEW,
                DEFAULT_REMINDERS,
                appointments.DEFAULT_NO_ANSWER_BEFORE,
            )
            await outbox.hold_many(session, planned, now=created)

    report = await import_appointments(
        deps.sessionmaker, days_of(amina_id, 1), now=clock.now(), fallback_zone=BERLIN
    )

    assert report.imported == 1
    async with deps.sessionmaker() as session:
        left = list(await session.scalars(select(Appointment).order_by(Appointment.id)))
        assert [(a.status, a.created_at) for a in left] == [
            (AppointmentStatus.IMPORTING, clock.now() - timedelta(minutes=10)),  # maybe still running
            (AppointmentStatus.SCHEDULED, clock.now()),
        ]
        held = await session.scalar(select(func.count()).where(OutboxMessage.attempts == outbox.HELD))
        assert held == 4  # the recent one's


def test_utf16_without_bom_is_not_utf8() -> None:
    text = f"{HEADER}\n5,24.12.2026,09:30,kurs,,\n"
    with pytest.raises(NotUtf8) as utf16:
        decode(text.encode("utf-16-le"))
    assert utf16.value.utf16 and utf16.value.line == 1
    with pytest.raises(NotUtf8) as latin1:
        decode(f"{HEADER}\n5,24.12.2026,09:30,Behörde,,\n".encode("latin-1"))
    assert (latin1.value.utf16, latin1.value.line) == (False, 2)
    assert decode(("\ufeff" + text).encode("utf-8")) == text


async def test_utf16_read_as_utf8_is_named_not_garbled(session: AsyncSession, clock: ManualClock) -> None:
    garbled = f"{HEADER}\n5,24.12.2026,09:30,kurs,,\n".encode("utf-16-le").decode("utf-8")

    report = await run(session, clock, garbled)

    assert [str(problem) for problem in report.errors] == ["this file is not UTF-8 (it looks like UTF-16)"]


async def test_a_megabyte_cell_is_reported_on_its_line(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = csv(
        f"{amina.id},24.12.2026,09:30,kurs,,", f'{amina.id},25.12.2026,09:30,kurs,,"{"x" * 1_000_000}"'
    )

    report = await run(session, clock, text)

    assert [str(problem) for problem in report.errors] == ["line 3: a value is longer than 131072 characters"]
    assert await count(session, Appointment) == 0


async def test_cells_a_spreadsheet_would_run_are_refused(session: AsyncSession, clock: ManualClock) -> None:
    _, amina = await cast(session, clock)
    text = csv(
        f'{amina.id},01.12.2026,09:30,kurs,"=HYPERLINK(""http://x"",""klick"")",',
        f"{amina.id},02.12.2026,09:30,kurs,,+49 561 123",
        f"{amina.id},03.12.2026,09:30,kurs,@SUM(A1),-2+3+cmd",
        f"{amina.id},04.12.2026,09:30,kurs,Raum 1 = Erdgeschoss,Tel. +49 561 123 - bitte anrufen",
    )

    report = await run(session, clock, text)

    refusal = "which a spreadsheet runs as a formula (begin it with a word)"
    assert [str(problem) for problem in report.errors] == [
        f"line 2: place starts with '=', {refusal}",
        f"line 3: note starts with '+', {refusal}",
        f"line 4: place starts with '@', {refusal}",
        f"line 4: note starts with '-', {refusal}",
    ]
    assert [row.line for row in report.rows] == [5]
