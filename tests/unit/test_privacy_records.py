"""Export and delete cover appointments, practice, check-ins, alerts, messages and notes."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from bot.clock import ManualClock
from bot.decks import Kind
from bot.deps import Deps
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    CoachNote,
    OutboxMessage,
    Person,
    PracticeProfile,
    RelayDirection,
    RelayMessage,
    Role,
)
from bot.services import dose, privacy, relay
from bot.services.dose import Refusal, Typed

from seed import add_person

OWN_WORDS = "Mein Vermieter droht mir"


async def _seed(deps: Deps, clock: ManualClock) -> tuple[int, int, int]:
    coach = await add_person(deps, telegram_user_id=801, name="Jonas", role=Role.COACH)
    amina = await add_person(deps, telegram_user_id=802, name="Amina", role=Role.PARTICIPANT, coach_id=coach)
    other = await add_person(deps, telegram_user_id=803, name="Olena", role=Role.PARTICIPANT, coach_id=coach)
    now = clock.now()
    async with deps.sessionmaker.begin() as session:
        for person in (amina, other):
            checkin = Checkin(
                person_id=person,
                questionnaire="weekly",
                period="2026-W48",
                status=CheckinStatus.COMPLETED,
                offered_at=now,
                expires_at=now + timedelta(days=3),
                completed_at=now,
            )
            session.add(checkin)
            await session.flush()
            session.add_all(
                [
                    CheckinAnswer(
                        checkin_id=checkin.id, person_id=person, question="mood", score=2, answered_at=now
                    ),
                    CheckinAnswer(
                        checkin_id=checkin.id,
                        person_id=person,
                        question="text",
                        text=f"{OWN_WORDS} ({person})",
                        text_language="de",
                        answered_at=now,
                    ),
                    Alert(
                        participant_id=person,
                        coach_id=coach,
                        source=AlertSource.CHECKIN,
                        checkin_id=checkin.id,
                        severity=1,
                        reasons=[{"rule": "low_mood", "severity": 1, "detail": {}}],
                        status=AlertStatus.OPEN,
                        created_at=now,
                    ),
                    RelayMessage(
                        participant_id=person,
                        coach_id=coach,
                        direction=RelayDirection.TO_PARTICIPANT,
                        text="Ich rufe Sie morgen an",
                        source_language="de",
                        target_language="ar",
                        translation="سأتصل بك غدا",
                        created_at=now,
                    ),
                    CoachNote(
                        participant_id=person,
                        author_id=coach,
                        text="Braucht Hilfe mit Briefen",
                        created_at=now,
                    ),
                    Appointment(
                        participant_id=person,
                        kind=AppointmentKind.DOCTOR,
                        starts_at=now + timedelta(days=1),
                        place="Praxis",
                        note="",
                        status=AppointmentStatus.SCHEDULED,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    ),
                    PracticeProfile(
                        person_id=person,
                        level="A1",
                        topics=[],
                        dose_size=3,
                        paused=False,
                        streak=2,
                        best_streak=2,
                        run=0,
                    ),
                ]
            )
    return coach, amina, other


async def test_export_holds_the_new_records_and_only_their_own(deps: Deps, clock: ManualClock) -> None:
    _, amina, other = await _seed(deps, clock)
    async with deps.sessionmaker() as session:
        person = await session.get(Person, amina)
        assert person is not None
        data = await privacy.export_person(session, person, now=clock.now())
    dumped = json.dumps(data, ensure_ascii=False)
    assert f"{OWN_WORDS} ({amina})" in dumped
    assert f"({other})" not in dumped
    assert data["checkins"][0]["answers"][0]["score"] == 2
    assert data["alerts_to_your_coach"][0]["reasons"] == ["low_mood"]
    assert data["messages_with_your_coach"][0]["machine_translation"] == "سأتصل بك غدا"
    assert data["coach_notes_about_you"][0]["text"] == "Braucht Hilfe mit Briefen"
    assert data["appointments"][0]["kind"] == "doctor"
    assert data["practice"]["streak"] == 2


async def test_delete_erases_the_new_records_and_keeps_others(deps: Deps, clock: ManualClock) -> None:
    _, amina, other = await _seed(deps, clock)
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, amina)
        assert person is not None
        await privacy.delete_person(session, person, now=clock.now())
    async with deps.sessionmaker() as session:
        for table, column in (
            (Checkin, Checkin.person_id),
            (CheckinAnswer, CheckinAnswer.person_id),
            (Alert, Alert.participant_id),
            (RelayMessage, RelayMessage.participant_id),
            (CoachNote, CoachNote.participant_id),
            (Appointment, Appointment.participant_id),
            (PracticeProfile, PracticeProfile.person_id),
            (OutboxMessage, OutboxMessage.recipient_id),
        ):
            assert (
                await session.scalar(select(func.count()).select_from(table).where(column == amina)) == 0
            ), table
            if table is not OutboxMessage:
                others = await session.scalar(select(func.count()).select_from(table).where(column == other))
                assert others is not None and others > 0, table


async def test_deleting_a_coach_keeps_the_participants_records_without_the_name(
    deps: Deps, clock: ManualClock
) -> None:
    coach, amina, _ = await _seed(deps, clock)
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, coach)
        assert person is not None
        await privacy.delete_person(session, person, now=clock.now())
    async with deps.sessionmaker() as session:
        notes = list(await session.scalars(select(CoachNote).where(CoachNote.participant_id == amina)))
        messages = list(
            await session.scalars(select(RelayMessage).where(RelayMessage.participant_id == amina))
        )
        assert notes and all(note.author_id is None for note in notes)
        assert messages and all(message.coach_id is None for message in messages)


async def test_export_holds_what_waits_for_her_decision(deps: Deps, clock: ManualClock) -> None:
    """Texts kept until she says whether they go to her coach (outside any question, or typed
    during a practice dose) are stored, encrypted: her export shows them."""
    _, amina, _ = await _seed(deps, clock)
    choice = next(i for i in deps.decks.items.values() if i.kind is Kind.CHOICE)
    async with deps.sessionmaker.begin() as session:
        person = await session.get(Person, amina)
        assert person is not None
        relay.hold(person, relay.Written("Ich habe einen Brief bekommen"))
        data = await privacy.export_person(session, person, now=clock.now())
        assert data["kept_until_you_decide"] == ["Ich habe einen Brief bekommen"]
        await dose.start_dose(session, person, deps.decks, now=clock.now())
        person.dialogue = {**(person.dialogue or {}), "items": [choice.id], "pos": 0}
        assert await dose.answer(session, person, deps.decks, Typed("Ich bin müde"), now=clock.now()) is (
            Refusal.TAP
        )
        data = await privacy.export_person(session, person, now=clock.now())
        assert data["kept_until_you_decide"] == ["Ich habe einen Brief bekommen", "Ich bin müde"]
