"""One participant's card for their coach or staff: check-ins with mood and flags, the mood
trend, upcoming appointments, open alerts and the latest notes. Every look is audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot import i18n
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
    PracticeProfile,
)
from bot.services import audit
from bot.services.visibility import may_act_on, visible_participant

MOOD_QUESTION = "mood"
MOOD_WEEKS = 12
RECENT_CHECKINS = 4
UPCOMING = 3
LATEST_NOTES = 3
OPEN_ALERTS_SHOWN = 5
TEXT_SHOWN = 300  # free text on the card is shortened to this many characters


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
    reason: str | None = None  # why she can't come, if she said


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


def shorten(text: str, limit: int = TEXT_SHOWN) -> str:
    """On one line (the card's lists), cut like the alerts' quotes."""
    return i18n.shorten(" ".join(text.split()), limit)


async def card_for(
    session: AsyncSession, viewer: Person, participant_id: int | None, *, now: datetime
) -> ParticipantCard | None:
    """The card of a participant the viewer may see; None for anyone else (or no such person)."""
    participant = await visible_participant(session, viewer, participant_id)
    return await card(session, viewer, participant, now=now) if participant is not None else None


async def card(
    session: AsyncSession, viewer: Person, participant: Person, *, now: datetime
) -> ParticipantCard:
    """Everything a coach wants at a glance about one participant they may see (audited)."""
    if not may_act_on(viewer, participant):
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
            UpcomingAppointment(
                id=a.id,
                kind=a.kind,
                starts_at=a.starts_at,
                place=a.place,
                answer=a.answer,
                reason=a.answer_reason,
            )
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
