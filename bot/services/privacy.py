"""The person's rights: see what is stored (export) and have it erased (delete)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.models import (
    Alert,
    Appointment,
    AuditEntry,
    Checkin,
    CheckinAnswer,
    CoachNote,
    Cohort,
    ConsentRecord,
    MentorLink,
    OutboxMessage,
    Person,
    PersonStatus,
    PracticeCard,
    PracticeProfile,
    PracticeReview,
    RelayMessage,
    Role,
)
from bot.services import audit, invites, relay

log = logging.getLogger(__name__)

EXPORT_FORMAT_VERSION = 2

# Rows that are this person's own data, erased on request (the person row stays as an
# anonymous tombstone). Outbox rows go too: they name what was planned for them.
OWN_ROWS: tuple[tuple[type[Any], Any], ...] = (
    (CheckinAnswer, CheckinAnswer.person_id),
    (Checkin, Checkin.person_id),
    (Alert, Alert.participant_id),
    (RelayMessage, RelayMessage.participant_id),
    (CoachNote, CoachNote.participant_id),
    (Appointment, Appointment.participant_id),
    (PracticeReview, PracticeReview.person_id),
    (PracticeCard, PracticeCard.person_id),
    (PracticeProfile, PracticeProfile.person_id),
    (OutboxMessage, OutboxMessage.recipient_id),
    # Who mentored whom goes on either side's erasure (bot/services/mentors.py).
    (MentorLink, MentorLink.participant_id),
    (MentorLink, MentorLink.mentor_id),
)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def export_person(session: AsyncSession, person: Person, *, now: datetime) -> dict[str, Any]:
    """Everything stored about this person, as plain JSON-ready data."""
    cohort = await session.get(Cohort, person.cohort_id) if person.cohort_id else None
    coach = await session.get(Person, person.coach_id) if person.coach_id else None
    consents = await session.scalars(
        select(ConsentRecord).where(ConsentRecord.person_id == person.id).order_by(ConsentRecord.id)
    )
    accesses = await session.scalars(
        select(AuditEntry).where(AuditEntry.subject_id == person.id).order_by(AuditEntry.id)
    )
    own_actions = await session.scalars(
        select(AuditEntry).where(AuditEntry.actor_id == person.id).order_by(AuditEntry.id)
    )
    return {
        "format": "begleiter-export",
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": now.isoformat(),
        "person": {
            "telegram_user_id": person.telegram_user_id,
            "name": person.display_name,
            "role": person.role.value,
            "status": person.status.value,
            "language": person.language,
            "time_zone": person.timezone,
            "quiet_hours": (
                {
                    "start": person.quiet_start.strftime("%H:%M"),
                    "end": person.quiet_end.strftime("%H:%M"),
                }
                if person.quiet_start and person.quiet_end
                else None
            ),
            "practice_time": person.practice_time.strftime("%H:%M") if person.practice_time else None,
            "joined_at": _iso(person.created_at),
            "last_seen_at": _iso(person.last_seen_at),
        },
        "programme": {
            "cohort": cohort.name if cohort else None,
            "coach": coach.display_name if coach and coach.status is PersonStatus.ACTIVE else None,
        },
        "consent": [
            {
                "notice_version": record.notice_version,
                "language": record.language,
                "granted": record.granted,
                "recorded_at": _iso(record.recorded_at),
            }
            for record in consents
        ],
        **(await _records(session, person)),
        "actions_on_your_data": [
            {"at": _iso(entry.at), "action": entry.action, "by": entry.actor_label} for entry in accesses
        ],
        "your_actions": [{"at": _iso(entry.at), "action": entry.action} for entry in own_actions],
    }


async def _records(session: AsyncSession, person: Person) -> dict[str, Any]:
    """Appointments, practice, check-ins (with free text), alerts, messages and notes."""
    appointments = await session.scalars(
        select(Appointment).where(Appointment.participant_id == person.id).order_by(Appointment.starts_at)
    )
    profile = await session.get(PracticeProfile, person.id)
    reviews = await session.scalars(
        select(PracticeReview).where(PracticeReview.person_id == person.id).order_by(PracticeReview.id)
    )
    checkins = list(
        await session.scalars(select(Checkin).where(Checkin.person_id == person.id).order_by(Checkin.id))
    )
    answers: dict[int, list[CheckinAnswer]] = {}
    for answer in await session.scalars(
        select(CheckinAnswer).where(CheckinAnswer.person_id == person.id).order_by(CheckinAnswer.id)
    ):
        answers.setdefault(answer.checkin_id, []).append(answer)
    alerts = await session.scalars(select(Alert).where(Alert.participant_id == person.id).order_by(Alert.id))
    messages = await session.scalars(
        select(RelayMessage).where(RelayMessage.participant_id == person.id).order_by(RelayMessage.id)
    )
    notes = await session.scalars(
        select(CoachNote).where(CoachNote.participant_id == person.id).order_by(CoachNote.id)
    )
    return {
        "appointments": [
            {
                "kind": a.kind.value,
                "starts_at": _iso(a.starts_at),
                "place": a.place,
                "note": a.note,
                "status": a.status.value,
                "your_answer": a.answer.value if a.answer else None,
                "your_reason": a.answer_reason,
            }
            for a in appointments
        ],
        "practice": {
            "level": profile.level if profile else None,
            "topics": profile.topics if profile else [],
            "streak": profile.streak if profile else 0,
            "answers": [
                {"item": r.item_id, "correct": r.correct, "at": _iso(r.reviewed_at)} for r in reviews
            ],
        },
        "checkins": [
            {
                "questionnaire": c.questionnaire,
                "status": c.status.value,
                "offered_at": _iso(c.offered_at),
                "completed_at": _iso(c.completed_at),
                "answers": [
                    {
                        "question": a.question,
                        "score": a.score,
                        "choice": a.choice,
                        "text": a.text,
                        "text_german_machine_translation": a.text_de,
                    }
                    for a in answers.get(c.id, [])
                ],
            }
            for c in checkins
        ],
        "alerts_to_your_coach": [
            {
                "at": _iso(a.created_at),
                "reasons": [r.get("rule") for r in a.reasons],
                "status": a.status.value,
            }
            for a in alerts
        ],
        "messages_with_your_coach": [
            {
                "at": _iso(m.created_at),
                "direction": m.direction.value,
                "text": m.text,
                "machine_translation": m.translation,
            }
            for m in messages
        ],
        "coach_notes_about_you": [{"at": _iso(n.created_at), "text": n.text} for n in notes],
        # What she wrote that waits for her to say whether it goes to her coach.
        "kept_until_you_decide": relay.held_texts(person),
    }


@dataclass(frozen=True)
class Deletion:
    """Who must hear of a deletion; the names are captured before they are erased."""

    person_id: int
    role: Role
    name: str | None
    coach_chat_id: int | None
    coach_language: str | None


async def delete_person(session: AsyncSession, person: Person, *, now: datetime) -> Deletion:
    """Erase the person's personal data; keep an anonymous tombstone so links stay valid."""
    coach = await session.get(Person, person.coach_id) if person.coach_id else None
    notice = Deletion(
        person_id=person.id,
        role=person.role,
        name=person.display_name,
        coach_chat_id=coach.chat_id if coach and coach.status is PersonStatus.ACTIVE else None,
        coach_language=coach.language if coach else None,
    )
    for record in await session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == person.id)):
        await session.delete(record)
    for table, column in OWN_ROWS:
        await session.execute(delete(table).where(column == person.id))
    # What they wrote as a coach stays with the participant's record, without their name.
    await session.execute(update(CoachNote).where(CoachNote.author_id == person.id).values(author_id=None))
    await session.execute(
        update(RelayMessage).where(RelayMessage.coach_id == person.id).values(coach_id=None)
    )
    await session.execute(update(Alert).where(Alert.coach_id == person.id).values(coach_id=None))
    person.telegram_user_id = None
    person.chat_id = None
    person.display_name = None
    person.language = None
    person.quiet_start = person.quiet_end = person.practice_time = None
    person.dialogue = None
    person.onboarding_step = None
    person.status = PersonStatus.DELETED
    person.deleted_at = now
    # Links they handed out stop working: nobody should join under someone who has gone.
    await invites.revoke_open_invites_of(session, person, now=now)
    # Their participants keep their data but lose the link to a coach who has gone.
    if person.role is Role.COACH:
        for participant in await session.scalars(select(Person).where(Person.coach_id == person.id)):
            participant.coach_id = None
    audit.record(session, at=now, action="person.delete", actor=person, subject_id=person.id, label="self")
    return notice


async def flush_erased(engine: AsyncEngine) -> None:
    """After an erasure has committed (never inside its transaction): SQLite's write-ahead
    log still holds the pages as they were before it. A checkpoint copies the new pages into
    the database file (where secure_delete has overwritten the erased values) and empties the
    log, so no file on disk holds them any more. PostgreSQL keeps old row versions until
    VACUUM reuses their space; nothing is done there."""
    if engine.dialect.name != "sqlite":
        return
    async with engine.connect() as connection:
        # One row: busy (1 if it could not finish), frames in the log, frames copied.
        result = (await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")).one()
    if result[0]:
        log.warning("the checkpoint after an erasure was blocked; the next one will complete it")
