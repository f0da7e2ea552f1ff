"""The person's rights: see what is stored (export) and have it erased (delete)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import AuditEntry, Cohort, ConsentRecord, Person, PersonStatus, Role
from bot.services import audit, invites

EXPORT_FORMAT_VERSION = 1


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
        "actions_on_your_data": [
            {"at": _iso(entry.at), "action": entry.action, "by": entry.actor_label} for entry in accesses
        ],
        "your_actions": [{"at": _iso(entry.at), "action": entry.action} for entry in own_actions],
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
