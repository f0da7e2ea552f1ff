"""A coach's caseload: who they may see, the paged list, one participant's card, notes.

Every look at a participant's data by a coach or staff goes through `visible_participant`
or the list filter below, and is written to the audit log (never with note text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, false, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    CoachNote,
    Cohort,
    Person,
    PersonStatus,
    PracticeProfile,
    Role,
    Severity,
)
from bot.services import audit
from ui import checkin_text

PER_PAGE = 8
MAX_NOTE = 2000
MOOD_QUESTION = "mood"
MOOD_WEEKS = 12
RECENT_CHECKINS = 4
UPCOMING = 3
LATEST_NOTES = 3
OPEN_ALERTS_SHOWN = 5
TEXT_SHOWN = 300  # free text on the card is shortened to this many characters


class NoteError(ValueError):
    """A note that cannot be saved: empty, or longer than MAX_NOTE."""


@dataclass(frozen=True)
class CaseloadRow:
    id: int
    name: str
    last_seen_at: datetime | None
    streak: int
    next_appointment: datetime | None
    open_alerts: int
    crisis: bool  # an open alert of severity CRISIS
    coach_name: str | None


@dataclass(frozen=True)
class CaseloadPage:
    rows: list[CaseloadRow]
    page: int  # 0-based, clamped to the pages there are
    pages: int
    total: int


@dataclass(frozen=True)
class CheckinSummary:
    id: int
    questionnaire: str
    completed_at: datetime
    mood: int | None
    flags: list[str]  # rule ids of the alerts this check-in raised, never free text
    severity: int | None  # the highest of those alerts
    text: str | None  # shortened free text (decrypted)
    text_language: str | None
    text_de: str | None  # shortened German machine translation
    translated_by: str | None


@dataclass(frozen=True)
class UpcomingAppointment:
    id: int
    kind: AppointmentKind
    starts_at: datetime
    place: str
    answer: Attendance | None


@dataclass(frozen=True)
class OpenAlert:
    id: int
    severity: int
    source: AlertSource
    created_at: datetime
    rules: list[str]


@dataclass(frozen=True)
class NoteSummary:
    id: int
    created_at: datetime
    author_name: str | None
    text: str  # shortened


@dataclass(frozen=True)
class ParticipantCard:
    id: int
    name: str
    language: str | None
    cohort: str | None
    coach_name: str | None
    last_seen_at: datetime | None
    level: str | None
    streak: int
    checkins: list[CheckinSummary] = field(default_factory=list)
    mood: list[float | None] = field(default_factory=list)  # weekly, newest last
    upcoming: list[UpcomingAppointment] = field(default_factory=list)
    open_alert_count: int = 0
    open_alerts: list[OpenAlert] = field(default_factory=list)
    notes: list[NoteSummary] = field(default_factory=list)


# -- who sees whom -------------------------------------------------------------------------


def _sees_caseload(viewer: Person) -> bool:
    return viewer.status is PersonStatus.ACTIVE and viewer.role in (Role.COACH, Role.STAFF)


def _visible_filter(viewer: Person) -> ColumnElement[bool]:
    """The participants `viewer` may see, as a WHERE clause on Person."""
    if not _sees_caseload(viewer):
        return false()
    clause = and_(Person.role == Role.PARTICIPANT, Person.status == PersonStatus.ACTIVE)
    if viewer.role is Role.COACH:
        clause = and_(clause, Person.coach_id == viewer.id)
    return clause


def may_see(viewer: Person, participant: Person) -> bool:
    """Staff see every active participant, a coach only their own."""
    if not _sees_caseload(viewer):
        return False
    if participant.role is not Role.PARTICIPANT or participant.status is not PersonStatus.ACTIVE:
        return False
    return viewer.role is Role.STAFF or participant.coach_id == viewer.id


async def visible_participant(
    session: AsyncSession, viewer: Person, participant_id: int | None
) -> Person | None:
    """The participant, if `viewer` may see them; None for anyone else (or no such person).

    The one check behind every coach and staff button that names a participant."""
    if participant_id is None or not _sees_caseload(viewer):
        return None
    participant = await session.get(Person, participant_id)
    if participant is None or not may_see(viewer, participant):
        return None
    return participant


# -- the list ------------------------------------------------------------------------------


async def list_page(
    session: AsyncSession, viewer: Person, *, page: int, now: datetime, per_page: int = PER_PAGE
) -> CaseloadPage:
    """One page of the viewer's participants: open alerts first (crisis first), then by name.

    One query for the page, whatever its size: streaks, next appointments and open alerts
    come from grouped subqueries joined to the people."""
    visible = _visible_filter(viewer)
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
    nexts = (
        select(Appointment.participant_id.label("pid"), func.min(Appointment.starts_at).label("next_at"))
        .where(
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.starts_at > now,
            Appointment.participant_id.in_(mine),
        )
        .group_by(Appointment.participant_id)
        .subquery()
    )
    coach = aliased(Person)
    crisis_first = case((alerts.c.top_severity >= int(Severity.CRISIS), 0), else_=1)
    open_first = case((alerts.c.open_alerts > 0, 0), else_=1)
    query = (
        select(
            Person.id,
            Person.display_name,
            Person.last_seen_at,
            PracticeProfile.streak,
            nexts.c.next_at,
            alerts.c.open_alerts,
            alerts.c.top_severity,
            coach.display_name,
        )
        .outerjoin(PracticeProfile, PracticeProfile.person_id == Person.id)
        .outerjoin(nexts, nexts.c.pid == Person.id)
        .outerjoin(alerts, alerts.c.pid == Person.id)
        .outerjoin(coach, coach.id == Person.coach_id)
        .where(visible)
        .order_by(crisis_first, open_first, func.lower(func.coalesce(Person.display_name, "")), Person.id)
        .offset(page * per_page)
        .limit(per_page)
    )
    rows = [
        CaseloadRow(
            id=pid,
            name=name or f"#{pid}",
            last_seen_at=seen,
            streak=streak or 0,
            next_appointment=_aware(next_at),
            open_alerts=open_alerts or 0,
            crisis=(top or 0) >= Severity.CRISIS,
            coach_name=coach_name,
        )
        for pid, name, seen, streak, next_at, open_alerts, top, coach_name in (
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


# -- one participant -------------------------------------------------------------------------


def shorten(text: str, limit: int = TEXT_SHOWN) -> str:
    """On one line (the card's lists), cut like the alerts' quotes."""
    return checkin_text.shorten(" ".join(text.split()), limit)


async def card(
    session: AsyncSession, viewer: Person, participant: Person, *, now: datetime
) -> ParticipantCard:
    """Everything a coach wants at a glance about one participant they may see (audited)."""
    if not may_see(viewer, participant):
        raise PermissionError("not a participant of this viewer")
    pid = participant.id
    cohort = await session.get(Cohort, participant.cohort_id) if participant.cohort_id else None
    coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
    profile = await session.get(PracticeProfile, pid)
    open_count = int(
        await session.scalar(
            select(func.count(Alert.id)).where(Alert.participant_id == pid, Alert.status == AlertStatus.OPEN)
        )
        or 0
    )
    open_alerts = await session.scalars(
        select(Alert)
        .where(Alert.participant_id == pid, Alert.status == AlertStatus.OPEN)
        .order_by(Alert.severity.desc(), Alert.created_at.desc(), Alert.id.desc())
        .limit(OPEN_ALERTS_SHOWN)
    )
    upcoming = await session.scalars(
        select(Appointment)
        .where(
            Appointment.participant_id == pid,
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.starts_at > now,
        )
        .order_by(Appointment.starts_at, Appointment.id)
        .limit(UPCOMING)
    )
    author = aliased(Person)
    notes = await session.execute(
        select(CoachNote, author.display_name)
        .outerjoin(author, author.id == CoachNote.author_id)
        .where(CoachNote.participant_id == pid)
        .order_by(CoachNote.created_at.desc(), CoachNote.id.desc())
        .limit(LATEST_NOTES)
    )
    result = ParticipantCard(
        id=pid,
        name=participant.display_name or f"#{pid}",
        language=participant.language,
        cohort=cohort.name if cohort else None,
        coach_name=coach.display_name if coach else None,
        last_seen_at=participant.last_seen_at,
        level=profile.level if profile else None,
        streak=profile.streak if profile else 0,
        checkins=await recent_checkins(session, pid),
        mood=await mood_series(session, pid, now=now),
        upcoming=[
            UpcomingAppointment(id=a.id, kind=a.kind, starts_at=a.starts_at, place=a.place, answer=a.answer)
            for a in upcoming
        ],
        open_alert_count=open_count,
        open_alerts=[
            OpenAlert(
                id=a.id,
                severity=a.severity,
                source=a.source,
                created_at=a.created_at,
                rules=_rules([a]),
            )
            for a in open_alerts
        ],
        notes=[
            NoteSummary(id=note.id, created_at=note.created_at, author_name=name, text=shorten(note.text))
            for note, name in notes.all()
        ],
    )
    audit.record(session, at=now, action="participant.card_viewed", actor=viewer, subject_id=pid)
    return result


def _rules(alerts: list[Alert]) -> list[str]:
    seen: list[str] = []
    for alert in alerts:
        for reason in alert.reasons or []:
            rule = str(reason.get("rule", "")) if isinstance(reason, dict) else ""
            if rule and rule not in seen:
                seen.append(rule)
    return seen


async def recent_checkins(
    session: AsyncSession, participant_id: int, limit: int = RECENT_CHECKINS
) -> list[CheckinSummary]:
    """The last completed check-ins, newest first, with their mood, flags and free text."""
    checkins = list(
        await session.scalars(
            select(Checkin)
            .where(Checkin.person_id == participant_id, Checkin.status == CheckinStatus.COMPLETED)
            .order_by(Checkin.completed_at.desc(), Checkin.id.desc())
            .limit(limit)
        )
    )
    if not checkins:
        return []
    ids = [c.id for c in checkins]
    answers: dict[int, list[CheckinAnswer]] = {i: [] for i in ids}
    for answer in await session.scalars(
        select(CheckinAnswer).where(CheckinAnswer.checkin_id.in_(ids)).order_by(CheckinAnswer.id)
    ):
        answers[answer.checkin_id].append(answer)
    alerts: dict[int, list[Alert]] = {i: [] for i in ids}
    for alert in await session.scalars(select(Alert).where(Alert.checkin_id.in_(ids)).order_by(Alert.id)):
        if alert.checkin_id is not None:
            alerts[alert.checkin_id].append(alert)
    out = []
    for checkin in checkins:
        mood = next((a.score for a in answers[checkin.id] if a.question == MOOD_QUESTION), None)
        texts = [a for a in answers[checkin.id] if a.text]
        text = texts[0] if texts else None
        raised = alerts[checkin.id]
        out.append(
            CheckinSummary(
                id=checkin.id,
                questionnaire=checkin.questionnaire,
                completed_at=checkin.completed_at or checkin.offered_at,
                mood=mood,
                flags=_rules(raised),
                severity=max((a.severity for a in raised), default=None),
                text=shorten(text.text) if text and text.text else None,
                text_language=text.text_language if text else None,
                text_de=shorten(text.text_de) if text and text.text_de else None,
                translated_by=text.translated_by if text else None,
            )
        )
    return out


async def mood_series(
    session: AsyncSession, participant_id: int, *, weeks: int = MOOD_WEEKS, now: datetime
) -> list[float | None]:
    """Weekly mood, the mean of the 'mood' answers of completed check-ins in each ISO week
    (Monday to Sunday in the participant's time zone); None for a week without one. The
    current week is last."""
    participant = await session.get(Person, participant_id)
    zone = ZoneInfo(participant.timezone if participant else "Europe/Berlin")
    today = now.astimezone(zone).date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    rows = await session.execute(
        select(CheckinAnswer.score, Checkin.completed_at)
        .join(Checkin, Checkin.id == CheckinAnswer.checkin_id)
        .where(
            Checkin.person_id == participant_id,
            Checkin.status == CheckinStatus.COMPLETED,
            Checkin.completed_at >= start,
            Checkin.completed_at <= now,
            CheckinAnswer.question == MOOD_QUESTION,
            CheckinAnswer.score.is_not(None),
        )
    )
    buckets: list[list[int]] = [[] for _ in range(weeks)]
    for score, completed_at in rows.all():
        if completed_at is None or score is None:
            continue
        index = _week_index(completed_at.astimezone(zone).date(), first)
        if 0 <= index < weeks:
            buckets[index].append(score)
    return [round(sum(b) / len(b), 2) if b else None for b in buckets]


def _week_index(day: date, first_monday: date) -> int:
    return (day - first_monday).days // 7


# -- notes -----------------------------------------------------------------------------------


async def add_note(
    session: AsyncSession, viewer: Person, participant: Person, text: str, *, now: datetime
) -> CoachNote:
    """A coach's or staff member's note on a participant; encrypted at rest, audited without text."""
    if not may_see(viewer, participant):
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
