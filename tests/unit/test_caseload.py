"""bot/services/caseload.py and participant_card.py on a real, migrated database (SQLite and
PostgreSQL): who sees whom, the paged list and its order, one participant's card, the weekly
mood, and notes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.deps import Deps
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    AuditEntry,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    CoachNote,
    Person,
    PersonStatus,
    PracticeProfile,
    Role,
    Severity,
)
from bot.services import caseload, invites, participant_card, visibility
from bot.services.caseload import MAX_NOTE, NoteError, NoteOutcome, NoteTyped

from seed import make_member

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # the `clock` fixture: Monday 10:00 in Kassel

_telegram_ids = itertools.count(80_000)
_periods = itertools.count(1)


async def member(
    session: AsyncSession,
    role: Role,
    name: str,
    *,
    coach: Person | None = None,
    status: PersonStatus = PersonStatus.ACTIVE,
    cohort_id: int | None = None,
) -> Person:
    person = await make_member(
        session,
        role=role,
        now=NOW - timedelta(days=60),
        telegram_user_id=next(_telegram_ids),
        name=name,
        language="ar",
        coach_id=coach.id if coach else None,
        cohort_id=cohort_id,
    )
    person.status = status
    await session.flush()
    return person


async def checkin(
    session: AsyncSession,
    person: Person,
    completed_at: datetime | None,
    *,
    mood: int | None = None,
    status: CheckinStatus = CheckinStatus.COMPLETED,
    answers: dict[str, dict[str, Any]] | None = None,
) -> Checkin:
    row = Checkin(
        person_id=person.id,
        questionnaire="weekly",
        period=f"test-{next(_periods)}",
        status=status,
        offered_at=(completed_at or NOW) - timedelta(hours=1),
        expires_at=(completed_at or NOW) + timedelta(days=2),
        started_at=completed_at,
        completed_at=completed_at,
    )
    session.add(row)
    await session.flush()
    given = dict(answers or {})
    if mood is not None:
        given["mood"] = {"score": mood}
    for question, values in given.items():
        session.add(
            CheckinAnswer(
                checkin_id=row.id,
                person_id=person.id,
                question=question,
                answered_at=completed_at or NOW,
                **values,
            )
        )
    await session.flush()
    return row


async def alert(
    session: AsyncSession,
    person: Person,
    severity: Severity,
    *,
    status: AlertStatus = AlertStatus.OPEN,
    checkin_id: int | None = None,
    rules: tuple[str, ...] = ("low_mood",),
    created_at: datetime = NOW - timedelta(hours=3),
) -> Alert:
    row = Alert(
        participant_id=person.id,
        coach_id=person.coach_id,
        source=AlertSource.CHECKIN if checkin_id else AlertSource.HELP_BUTTON,
        checkin_id=checkin_id,
        severity=int(severity),
        reasons=[{"rule": rule, "severity": int(severity), "detail": {}} for rule in rules],
        status=status,
        created_at=created_at,
    )
    session.add(row)
    await session.flush()
    return row


async def appointment(
    session: AsyncSession,
    person: Person,
    starts_at: datetime,
    status: AppointmentStatus = AppointmentStatus.SCHEDULED,
    place: str = "Jobcenter",
) -> Appointment:
    row = Appointment(
        participant_id=person.id,
        kind=AppointmentKind.JOB_CENTRE,
        starts_at=starts_at,
        place=place,
        note="",
        status=status,
        version=1,
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(row)
    await session.flush()
    return row


async def audit_actions(session: AsyncSession) -> list[tuple[str, int | None, dict[str, Any]]]:
    rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
    return [(row.action, row.subject_id, row.details) for row in rows]


# -- who sees whom ---------------------------------------------------------------------------


async def test_a_coach_sees_only_their_own_active_participants(session: AsyncSession) -> None:
    staff = await member(session, Role.STAFF, "Sabine")
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    mine = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    theirs = await member(session, Role.PARTICIPANT, "Bilal", coach=other)
    nobodys = await member(session, Role.PARTICIPANT, "Chiara")
    onboarding = await member(session, Role.PARTICIPANT, "Dana", coach=coach, status=PersonStatus.ONBOARDING)
    deleted = await member(session, Role.PARTICIPANT, "Emre", coach=coach, status=PersonStatus.DELETED)

    async def sees(viewer: Person, target: Person | int) -> bool:
        target_id = target if isinstance(target, int) else target.id
        return await visibility.visible_participant(session, viewer, target_id) is not None

    assert await sees(coach, mine)
    assert not await sees(coach, theirs)
    assert not await sees(coach, nobodys)
    assert not await sees(coach, onboarding)
    assert not await sees(coach, deleted)
    assert not await sees(coach, other)  # a coach is not a participant
    assert not await sees(coach, 999_999)
    assert await visibility.visible_participant(session, coach, None) is None
    for target in (mine, theirs, nobodys):
        assert await sees(staff, target)
    assert not await sees(staff, onboarding)
    assert not await sees(staff, coach)
    # Participants see nobody, and neither does a coach who has left.
    assert not await sees(mine, mine)
    coach.status = PersonStatus.DELETED
    assert not await sees(coach, mine)


# -- the list --------------------------------------------------------------------------------


async def test_the_list_puts_crisis_then_open_alerts_first_then_names(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    names = ["zora", "Bilal", "amina", "Chiara", "Dana"]
    by_name = {name: await member(session, Role.PARTICIPANT, name, coach=coach) for name in names}
    stranger = await member(session, Role.PARTICIPANT, "Aaron", coach=other)
    await alert(session, by_name["Chiara"], Severity.NORMAL)
    await alert(session, by_name["Chiara"], Severity.URGENT)
    await alert(session, by_name["Chiara"], Severity.CRISIS, status=AlertStatus.ACKNOWLEDGED)
    await alert(session, by_name["zora"], Severity.CRISIS)
    await alert(session, by_name["Bilal"], Severity.URGENT, status=AlertStatus.ACKNOWLEDGED)
    await alert(session, stranger, Severity.CRISIS)
    session.add(PracticeProfile(person_id=by_name["Dana"].id, topics=[], streak=4, best_streak=6))
    by_name["amina"].last_seen_at = NOW - timedelta(days=2)
    await appointment(session, by_name["amina"], NOW + timedelta(days=3))
    await appointment(session, by_name["amina"], NOW + timedelta(days=1))
    await appointment(session, by_name["amina"], NOW + timedelta(hours=2), AppointmentStatus.CANCELLED)
    await appointment(session, by_name["amina"], NOW - timedelta(days=1))
    await session.flush()

    page = await caseload.list_page(session, coach, page=0, now=NOW)

    assert (page.total, page.pages, page.page) == (5, 1, 0)
    assert [row.name for row in page.rows] == ["zora", "Chiara", "amina", "Bilal", "Dana"]
    zora, chiara, amina, bilal, dana = page.rows
    assert (zora.open_alerts, zora.crisis) == (1, True)
    assert (chiara.open_alerts, chiara.crisis) == (2, False)  # the acknowledged crisis is done
    assert (bilal.open_alerts, bilal.crisis) == (0, False)
    assert amina.next_appointment == NOW + timedelta(days=1)
    assert amina.last_seen_at == NOW - timedelta(days=2)
    assert caseload.days_ago(amina.last_seen_at, NOW, TZ) == 2
    assert bilal.next_appointment is None and bilal.last_seen_at is None
    assert (dana.streak, bilal.streak) == (4, 0)
    assert all(row.coach_name == "Jonas" for row in page.rows)
    assert await audit_actions(session) == [("caseload.viewed", None, {"page": 0, "shown": 5, "total": 5})]


async def test_staff_see_everyone_and_pages_are_clamped(session: AsyncSession) -> None:
    staff = await member(session, Role.STAFF, "Sabine")
    coaches = [await member(session, Role.COACH, name) for name in ("Jonas", "Petra")]
    for index in range(11):
        await member(session, Role.PARTICIPANT, f"P{index:02}", coach=coaches[index % 2])
    await member(session, Role.PARTICIPANT, "Zed", status=PersonStatus.DECLINED)

    first = await caseload.list_page(session, staff, page=0, now=NOW)
    second = await caseload.list_page(session, staff, page=1, now=NOW)
    beyond = await caseload.list_page(session, staff, page=7, now=NOW)
    below = await caseload.list_page(session, staff, page=-3, now=NOW)

    assert (first.total, first.pages) == (11, 2)
    assert [row.name for row in first.rows] == [f"P{i:02}" for i in range(8)]
    assert [row.name for row in second.rows] == ["P08", "P09", "P10"]
    assert {row.coach_name for row in first.rows} == {"Jonas", "Petra"}
    assert beyond.page == 1 and beyond.rows == second.rows
    assert below.page == 0 and below.rows == first.rows
    mine = await caseload.list_page(session, coaches[0], page=0, now=NOW)
    assert mine.total == 6
    # A participant has no list at all.
    participant = await session.get(Person, first.rows[0].id)
    assert participant is not None
    assert (await caseload.list_page(session, participant, page=0, now=NOW)).total == 0


@contextmanager
def counted_statements(deps: Deps) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    engine = deps.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


async def test_the_list_needs_the_same_few_queries_for_3_or_300_participants(deps: Deps) -> None:
    counts = []
    for size in (3, 300):
        async with deps.sessionmaker.begin() as session:
            coach = await member(session, Role.COACH, f"Coach {size}")
            for index in range(size):
                person = await member(session, Role.PARTICIPANT, f"P{index}", coach=coach)
                session.add(PracticeProfile(person_id=person.id, topics=[], streak=index % 5, best_streak=5))
                if index % 3 == 0:
                    await appointment(session, person, NOW + timedelta(days=index % 7 + 1))
                if index % 4 == 0:
                    await alert(session, person, Severity.URGENT if index % 8 else Severity.CRISIS)
            await session.flush()
            with counted_statements(deps) as statements:
                page = await caseload.list_page(session, coach, page=0, now=NOW, per_page=300)
                await session.flush()  # the audit entry
            assert len(page.rows) == size
            counts.append(len(statements))
    assert counts[0] == counts[1] <= 3, counts


# -- weekly mood -----------------------------------------------------------------------------


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ).astimezone(UTC)


async def test_mood_is_a_weekly_mean_in_local_iso_weeks_newest_last(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    other = await member(session, Role.PARTICIPANT, "Bilal", coach=coach)
    # This week (Mon 23 Nov): two check-ins, 2 and 5 -> 3.5.
    await checkin(session, amina, local(2026, 11, 23, 8), mood=2)
    await checkin(session, amina, local(2026, 11, 23, 9, 30), mood=5)
    # Sunday 22 Nov 23:30 in Kassel is Sunday 22:30 UTC: last week, not this one.
    await checkin(session, amina, local(2026, 11, 22, 23, 30), mood=1)
    # Monday 9 Nov 00:30 in Kassel is Sunday 8 Nov 23:30 UTC: the week of the 9th.
    await checkin(session, amina, local(2026, 11, 9, 0, 30), mood=4)
    # Eleven weeks ago (the oldest shown) and twelve weeks ago (not shown).
    await checkin(session, amina, local(2026, 9, 7, 12), mood=3)
    await checkin(session, amina, local(2026, 8, 31, 12), mood=5)
    # Not counted: skipped mood, an unfinished check-in, a future one, someone else's.
    await checkin(session, amina, local(2026, 11, 9, 12), answers={"mood": {"score": None}})
    await checkin(session, amina, local(2026, 11, 2, 12), mood=1, status=CheckinStatus.STARTED)
    await checkin(session, amina, NOW + timedelta(hours=2), mood=1)
    await checkin(session, other, local(2026, 11, 23, 8), mood=1)
    # A completed check-in with other answers only is no mood.
    await checkin(session, amina, local(2026, 10, 26, 12), answers={"sleep": {"choice": "bad"}})

    series = await participant_card.mood_series(session, amina.id, now=NOW)

    assert len(series) == 12
    assert series[-1] == 3.5
    assert series[-2] == 1
    assert series[-3] == 4
    assert series[0] == 3
    assert series[1:-3] == [None] * 8
    assert await participant_card.mood_series(session, amina.id, weeks=1, now=NOW) == [3.5]


# -- the card --------------------------------------------------------------------------------


async def test_the_card_shows_recent_checkins_appointments_alerts_and_notes(session: AsyncSession) -> None:
    staff = await member(session, Role.STAFF, "Sabine")
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    cohort = await invites.get_or_create_cohort(session, "Pflege 2026", now=NOW)
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach, cohort_id=cohort.id)
    amina.last_seen_at = NOW - timedelta(days=1)
    session.add(PracticeProfile(person_id=amina.id, level="A2", topics=[], streak=3, best_streak=5))
    long_text = "ما بقدر أنام. " * 40
    for weeks_ago in range(5, -1, -1):
        await checkin(session, amina, NOW - timedelta(weeks=weeks_ago, hours=1), mood=5 - min(4, weeks_ago))
    flagged = await checkin(
        session,
        amina,
        NOW - timedelta(minutes=30),
        mood=1,
        answers={
            "text": {
                "text": long_text,
                "text_language": "ar",
                "text_de": "Ich kann nicht schlafen.",
                "translated_by": "mt",
            },
            "contact": {"choice": "yes"},
        },
    )
    await checkin(session, amina, None, status=CheckinStatus.PLANNED)
    await alert(
        session, amina, Severity.URGENT, checkin_id=flagged.id, rules=("low_mood", "contact_requested")
    )
    await alert(session, amina, Severity.CRISIS, rules=("help_button",))
    await alert(session, amina, Severity.NORMAL, status=AlertStatus.ACKNOWLEDGED)
    for days in (1, 2, 3, 4):
        await appointment(session, amina, NOW + timedelta(days=days), place=f"Ort {days}")
    await appointment(session, amina, NOW + timedelta(hours=1), AppointmentStatus.CANCELLED)
    for index in range(4):
        author = coach if index % 2 else other
        session.add(
            CoachNote(
                participant_id=amina.id,
                author_id=author.id,
                text=f"Notiz {index} " + "x" * 400,
                created_at=NOW - timedelta(days=10 - index),
            )
        )
    await session.flush()

    found = await participant_card.card(session, coach, amina, now=NOW)

    assert (found.name, found.language, found.cohort, found.coach_name) == (
        "Amina",
        "ar",
        "Pflege 2026",
        "Jonas",
    )
    assert (found.level, found.streak, found.last_seen_at) == ("A2", 3, NOW - timedelta(days=1))
    assert len(found.checkins) == 4
    newest = found.checkins[0]
    assert newest.id == flagged.id and newest.mood == 1
    assert newest.flags == ["low_mood", "contact_requested"] and newest.severity == Severity.URGENT
    assert newest.text is not None and len(newest.text) == 300 and newest.text.endswith("…")
    assert newest.text.startswith("ما بقدر أنام.")
    assert (newest.text_language, newest.text_de, newest.translated_by) == (
        "ar",
        "Ich kann nicht schlafen.",
        "mt",
    )
    assert [c.mood for c in found.checkins[1:]] == [5, 4, 3]
    assert all(c.flags == [] and c.severity is None and c.text is None for c in found.checkins[1:])
    assert [a.place for a in found.upcoming] == ["Ort 1", "Ort 2", "Ort 3"]
    assert found.open_alert_count == 2
    assert [(a.severity, a.rules) for a in found.open_alerts] == [
        (Severity.CRISIS, ["help_button"]),
        (Severity.URGENT, ["low_mood", "contact_requested"]),
    ]
    assert [n.text[:7] for n in found.notes] == ["Notiz 3", "Notiz 2", "Notiz 1"]
    assert [n.author_name for n in found.notes] == ["Jonas", "Petra", "Jonas"]
    assert all(len(n.text) <= 300 for n in found.notes)
    assert found.mood[-1] == 3  # (5 + 1) / 2 this week
    assert await audit_actions(session) == [("participant.card_viewed", amina.id, {})]

    # Staff may look too; another coach may not (and nothing is audited for the refusal).
    assert (await participant_card.card(session, staff, amina, now=NOW)).id == amina.id
    with pytest.raises(PermissionError):
        await participant_card.card(session, other, amina, now=NOW)
    assert [action for action, _, _ in await audit_actions(session)] == [
        "participant.card_viewed",
        "participant.card_viewed",
    ]


async def test_a_card_of_someone_new_is_mostly_empty(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    found = await participant_card.card(session, coach, amina, now=NOW)
    assert (found.cohort, found.level, found.streak, found.last_seen_at) == (None, None, 0, None)
    assert found.checkins == [] and found.upcoming == [] and found.open_alerts == [] and found.notes == []
    assert found.mood == [None] * 12
    assert await session.get(PracticeProfile, amina.id) is None  # looking creates nothing


# -- notes -----------------------------------------------------------------------------------


async def test_notes_are_encrypted_checked_and_audited_without_text(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)

    note = await caseload.add_note(session, coach, amina, "  Sucht eine Wohnung in Kassel.  ", now=NOW)

    assert note.text == "Sucht eine Wohnung in Kassel."
    stored = (await session.execute(text("SELECT text FROM coach_notes"))).scalar_one()
    assert "Wohnung" not in stored
    await session.refresh(note)
    assert note.text == "Sucht eine Wohnung in Kassel."
    assert await audit_actions(session) == [("participant.note_added", amina.id, {"note_id": note.id})]
    assert await caseload.add_note(session, coach, amina, "x" * MAX_NOTE, now=NOW)
    with pytest.raises(NoteError):
        await caseload.add_note(session, coach, amina, "x" * (MAX_NOTE + 1), now=NOW)
    with pytest.raises(NoteError):
        await caseload.add_note(session, coach, amina, "   ", now=NOW)
    with pytest.raises(PermissionError):
        await caseload.add_note(session, other, amina, "Hallo", now=NOW)
    count = len(list(await session.scalars(select(CoachNote))))
    assert count == 2


async def test_the_card_of_someone_not_theirs_is_none(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    found = await participant_card.card_for(session, coach, amina.id, now=NOW)
    assert found is not None and found.name == "Amina"
    assert await participant_card.card_for(session, other, amina.id, now=NOW) is None
    assert await participant_card.card_for(session, coach, None, now=NOW) is None
    assert await participant_card.card_for(session, coach, other.id, now=NOW) is None
    assert [action for action, *_ in await audit_actions(session)] == ["participant.card_viewed"]


async def test_the_note_dialogue_asks_again_and_saves_once(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    other = await member(session, Role.COACH, "Petra")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    assert await caseload.note_text(session, coach, "Hallo", now=NOW) is None  # no note begun
    assert await caseload.start_note(session, other, amina.id) is None
    assert other.dialogue is None
    assert await caseload.start_note(session, coach, amina.id) == "Amina"
    assert coach.dialogue == {"name": "coach-note", "participant": amina.id}  # as stored before
    too_long = await caseload.note_text(session, coach, "x" * (MAX_NOTE + 1), now=NOW)
    assert too_long == NoteTyped(NoteOutcome.TOO_LONG, amina.id, "Amina", MAX_NOTE + 1)
    assert await caseload.note_text(session, coach, "   ", now=NOW) == NoteTyped(
        NoteOutcome.EMPTY, amina.id, "Amina"
    )
    assert coach.dialogue is not None
    saved = await caseload.note_text(session, coach, " Sucht Arbeit. ", now=NOW)
    assert saved == NoteTyped(NoteOutcome.SAVED, amina.id, "Amina", len("Sucht Arbeit."))
    assert coach.dialogue is None
    (note,) = await session.scalars(select(CoachNote))
    assert note.text == "Sucht Arbeit."
    # Reassigned meanwhile: the dialogue ends and nothing is saved.
    await caseload.start_note(session, coach, amina.id)
    amina.coach_id = other.id
    assert await caseload.note_text(session, coach, "Noch etwas", now=NOW) == NoteTyped(NoteOutcome.GONE)
    assert coach.dialogue is None and len(list(await session.scalars(select(CoachNote)))) == 1


async def test_the_list_carries_her_answer_to_the_next_appointment(session: AsyncSession) -> None:
    coach = await member(session, Role.COACH, "Jonas")
    amina = await member(session, Role.PARTICIPANT, "Amina", coach=coach)
    bilal = await member(session, Role.PARTICIPANT, "Bilal", coach=coach)
    later = await appointment(session, amina, NOW + timedelta(days=3))
    later.answer = Attendance.COMING
    # Two at the same time: the first made is "the next", and only one row for her.
    first = await appointment(session, amina, NOW + timedelta(days=1))
    first.answer, first.answer_reason = Attendance.NOT_COMING, "Kind krank"
    twin = await appointment(session, amina, NOW + timedelta(days=1))
    twin.answer = Attendance.COMING
    gone = await appointment(session, bilal, NOW + timedelta(hours=1), AppointmentStatus.CANCELLED)
    gone.answer = Attendance.NOT_COMING
    await appointment(session, bilal, NOW + timedelta(days=2))
    await session.flush()

    rows = (await caseload.list_page(session, coach, page=0, now=NOW)).rows
    assert [(r.name, r.next_appointment, r.next_answer, r.next_reason) for r in rows] == [
        ("Amina", NOW + timedelta(days=1), Attendance.NOT_COMING, "Kind krank"),
        ("Bilal", NOW + timedelta(days=2), None, None),
    ]
