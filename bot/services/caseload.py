"""A coach's caseload: who they may see, the paged list, and notes on a participant.

Every look at a participant's data by a coach or staff goes through visibility.py's
`visible_participant` or its list filter, and is written to the audit log (never with note text). One
participant's card is in participant_card.py.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.models import (
    Alert,
    AlertStatus,
    Appointment,
    AppointmentStatus,
    Attendance,
    CoachNote,
    Person,
    PracticeProfile,
    Severity,
)
from bot.services import audit, dialogue, visibility
from bot.services.visibility import may_act_on, visible_to

NOTE = "coach-note"  # the dialogue of typing a note
PER_PAGE = 8
MAX_NOTE = 2000


class NoteError(ValueError):
    """A note that cannot be saved: empty, or longer than MAX_NOTE."""


@dataclass(frozen=True)
class CaseloadRow:
    id: int
    name: str
    last_seen_at: datetime | None
    streak: int
    next_appointment: datetime | None
    next_answer: Attendance | None  # her answer to it
    next_reason: str | None  # why she can't come, if she said
    open_alerts: int
    crisis: bool  # an open alert of severity CRISIS
    coach_name: str | None


@dataclass(frozen=True)
class CaseloadPage:
    rows: list[CaseloadRow]
    page: int  # 0-based, clamped to the pages there are
    pages: int
    total: int


# -- the list ------------------------------------------------------------------------------


async def list_page(
    session: AsyncSession, viewer: Person, *, page: int, now: datetime, per_page: int = PER_PAGE
) -> CaseloadPage:
    """One page of the viewer's participants: open alerts first (crisis first), then by name.

    One query for the page, whatever its size: open alerts come from a grouped subquery joined
    to the people, which picks the page's people; their streaks, and the next appointment (with
    her answer) from a correlated subquery, are looked up for those only."""
    visible = visible_to(viewer)
    total = int(await session.scalar(select(func.count()).select_from(Person).where(visible)) or 0)
    pages = max(1, -(-total // per_page))
    page = min(max(page, 0), pages - 1)
    mine = select(Person.id).where(visible)
    alerts = (
        select(
            Alert.participant_id.label("pid"),
            func.count(Alert.id).label("open_alerts"),
            func.max(Alert.severity).label("top_severity"),
        )
        .where(Alert.status == AlertStatus.OPEN, Alert.participant_id.in_(mine))
        .group_by(Alert.participant_id)
        .subquery()
    )
    crisis_first = case((alerts.c.top_severity >= int(Severity.CRISIS), 0), else_=1)
    open_first = case((alerts.c.open_alerts > 0, 0), else_=1)
    name_key = func.lower(func.coalesce(Person.display_name, ""))
    # The page's people first, then what is shown of them: the next appointment is looked up
    # for the page only, not for every participant staff may see (benchmarks/indexes.py).
    ranked = (
        select(
            Person.id.label("pid"),
            alerts.c.open_alerts,
            alerts.c.top_severity,
            crisis_first.label("crisis_first"),
            open_first.label("open_first"),
            name_key.label("name_key"),
        )
        .outerjoin(alerts, alerts.c.pid == Person.id)
        .where(visible)
        .order_by(crisis_first, open_first, name_key, Person.id)
        .offset(page * per_page)
        .limit(per_page)
        .subquery()
    )
    upcoming = aliased(Appointment)
    next_id = (
        select(upcoming.id)
        .where(
            upcoming.participant_id == Person.id,
            upcoming.status == AppointmentStatus.SCHEDULED,
            upcoming.starts_at > now,
        )
        .order_by(upcoming.starts_at, upcoming.id)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )
    nexts = aliased(Appointment)
    coach = aliased(Person)
    query = (
        select(
            Person.id,
            Person.display_name,
            Person.last_seen_at,
            PracticeProfile.streak,
            nexts.starts_at,
            nexts.answer,
            nexts.answer_reason,
            ranked.c.open_alerts,
            ranked.c.top_severity,
            coach.display_name,
        )
        .select_from(ranked)
        .join(Person, Person.id == ranked.c.pid)
        .outerjoin(PracticeProfile, PracticeProfile.person_id == Person.id)
        .outerjoin(nexts, nexts.id == next_id)
        .outerjoin(coach, coach.id == Person.coach_id)
        .order_by(ranked.c.crisis_first, ranked.c.open_first, ranked.c.name_key, ranked.c.pid)
    )
    rows = [
        CaseloadRow(
            id=pid,
            name=name or f"#{pid}",
            last_seen_at=seen,
            streak=streak or 0,
            next_appointment=_aware(next_at),
            next_answer=next_answer,
            next_reason=next_reason,
            open_alerts=open_alerts or 0,
            crisis=(top or 0) >= Severity.CRISIS,
            coach_name=coach_name,
        )
        for pid, name, seen, streak, next_at, next_answer, next_reason, open_alerts, top, coach_name in (
            await session.execute(query)
        ).all()
    ]
    audit.record(
        session,
        at=now,
        action="caseload.viewed",
        actor=viewer,
        details={"page": page, "shown": len(rows), "total": total},
    )
    return CaseloadPage(rows=rows, page=page, pages=pages, total=total)


def _aware(value: datetime | str | None) -> datetime | None:
    """min() over a UTC column: PostgreSQL hands back an aware datetime, SQLite sometimes a
    naive one or its text; both mean UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def days_ago(moment: datetime, now: datetime, zone: ZoneInfo) -> int:
    """Calendar days between `moment` and `now` in `zone`: 0 today, 1 yesterday."""
    return max(0, (now.astimezone(zone).date() - moment.astimezone(zone).date()).days)


# -- notes -----------------------------------------------------------------------------------


async def add_note(
    session: AsyncSession, viewer: Person, participant: Person, text: str, *, now: datetime
) -> CoachNote:
    """A coach's or staff member's note on a participant; encrypted at rest, audited without text."""
    if not may_act_on(viewer, participant):
        raise PermissionError("not a participant of this viewer")
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise NoteError(f"a note has 1 to {MAX_NOTE} characters")
    note = CoachNote(participant_id=participant.id, author_id=viewer.id, text=text, created_at=now)
    session.add(note)
    await session.flush()
    audit.record(
        session,
        at=now,
        action="participant.note_added",
        actor=viewer,
        subject_id=participant.id,
        details={"note_id": note.id},
    )
    return note


async def start_note(session: AsyncSession, viewer: Person, participant_id: int | None) -> str | None:
    """Begin a note on a participant the viewer may see: their name; None for anyone else."""
    participant = await visibility.visible_participant(session, viewer, participant_id)
    if participant is None:
        return None
    dialogue.begin(viewer, NOTE, participant=participant.id)
    return participant.display_name or "?"


class NoteOutcome(enum.Enum):
    SAVED = "saved"
    EMPTY = "empty"  # asked again
    TOO_LONG = "too-long"  # asked again
    GONE = "gone"  # no longer theirs (reassigned, left, erased): the dialogue ends, nothing saved


@dataclass(frozen=True)
class NoteTyped:
    outcome: NoteOutcome
    participant_id: int = 0
    name: str = "?"
    length: int = 0  # of the text, without surrounding space


async def note_text(session: AsyncSession, viewer: Person, text: str, *, now: datetime) -> NoteTyped | None:
    """Text typed in the note dialogue; None if the viewer is in none."""
    state = dialogue.state(viewer, NOTE)
    if state is None:
        return None
    participant = await visibility.visible_participant(session, viewer, state.get("participant"))
    if participant is None:
        dialogue.end(viewer)
        return NoteTyped(NoteOutcome.GONE)
    name, length = participant.display_name or "?", len(text.strip())
    if length > MAX_NOTE:
        return NoteTyped(NoteOutcome.TOO_LONG, participant.id, name, length)
    if not length:
        return NoteTyped(NoteOutcome.EMPTY, participant.id, name)
    await add_note(session, viewer, participant, text, now=now)
    dialogue.end(viewer)
    return NoteTyped(NoteOutcome.SAVED, participant.id, name, length)
