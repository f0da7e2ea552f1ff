"""Database tables (SQLAlchemy 2 declarative models)."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.crypto import EncryptedText

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back aware UTC datetimes (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    COACH = "coach"
    STAFF = "staff"


class PersonStatus(enum.StrEnum):
    ONBOARDING = "onboarding"  # joined by invite, has not agreed yet
    ACTIVE = "active"  # agreed to the privacy notice
    DECLINED = "declined"  # said no: only the refusal is kept
    DELETED = "deleted"  # erased on request; the row stays as an anonymous tombstone


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=20, values_callable=_values)


def _values(cls: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in cls]


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the weekly check-in is offered, in local time (Monday = 0); None: the default.
    checkin_weekday: Mapped[int | None] = mapped_column(Integer)
    checkin_time: Mapped[time | None] = mapped_column(Time())


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    status: Mapped[PersonStatus] = mapped_column(_enum(PersonStatus, "person_status"))
    display_name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="SET NULL"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # Which invite they came by; a plain number, not a foreign key, to keep the two tables
    # free of a reference cycle.
    invite_id: Mapped[int | None] = mapped_column(Integer)
    # None means "no quiet hours"; the window may wrap past midnight (21:00-08:00).
    quiet_start: Mapped[time | None] = mapped_column(Time())
    quiet_end: Mapped[time | None] = mapped_column(Time())
    practice_time: Mapped[time | None] = mapped_column(Time())
    onboarding_step: Mapped[str | None] = mapped_column(String(20))
    # A short multi-step chat dialogue in progress (e.g. creating an invite), kept in the
    # database so a restart does not strand the person halfway.
    dialogue: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when Telegram says the person blocked the bot; cleared when they write again.
    unreachable_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Staff on duty get crisis alerts that no coach acknowledged in time.
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    cohort: Mapped[Cohort | None] = relationship(lazy="raise")
    coach: Mapped[Person | None] = relationship(remote_side=[id], lazy="raise")


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Only a hash of the token is kept: a leaked database does not leak working links.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token_hint: Mapped[str] = mapped_column(String(8))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="SET NULL"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    max_uses: Mapped[int] = mapped_column(Integer, default=1)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ConsentRecord(Base):
    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    notice_version: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """What staff and coaches did (and the command line), never message text."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    actor_label: Mapped[str] = mapped_column(String(40))  # "person", "cli", "system"
    action: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Counter(Base):
    """Anonymous counters, e.g. how often someone without an invite wrote to the bot."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class AppointmentKind(enum.StrEnum):
    COACHING = "coaching"
    JOB_CENTRE = "job_centre"
    COURSE = "course"
    INTERNSHIP = "internship"
    AUTHORITY = "authority"
    DOCTOR = "doctor"
    OTHER = "other"


class AppointmentStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    MISSED = "missed"


class Attendance(enum.StrEnum):
    """What the participant said they will do."""

    COMING = "coming"
    NOT_COMING = "not_coming"


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    kind: Mapped[AppointmentKind] = mapped_column(_enum(AppointmentKind, "appointment_kind"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[AppointmentStatus] = mapped_column(_enum(AppointmentStatus, "appointment_status"))
    answer: Mapped[Attendance | None] = mapped_column(_enum(Attendance, "attendance"))
    answer_reason: Mapped[str | None] = mapped_column(String(500))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Bumped on every change of time or place; outbox dedupe keys carry it, so a changed
    # appointment gets fresh reminders and the old ones can be told apart and cancelled.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Priority(enum.IntEnum):
    """Lower goes first."""

    CRISIS = 0
    ALERT = 10
    INTERACTIVE = 20
    REMINDER = 30
    PROMPT = 40
    BROADCAST = 50


class OutboxMessage(Base):
    """Everything the bot sends on its own: one row per message, planned ahead."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    # What the renderer needs (ids, never free text of a person): rendered at send time in
    # the recipient's language of that moment.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    priority: Mapped[int] = mapped_column(Integer)
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    # Non-urgent messages wait for the end of the recipient's quiet hours.
    respect_quiet_hours: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus, "outbox_status"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


Index(
    "ix_outbox_due",
    OutboxMessage.status,
    OutboxMessage.priority,
    OutboxMessage.due_at,
)


class PracticeProfile(Base):
    """A participant's German practice: level, topics, dose, pause, streak."""

    __tablename__ = "practice_profiles"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str | None] = mapped_column(String(2))  # A1 | A2 | B1; None until placed
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every topic
    dose_size: Mapped[int] = mapped_column(Integer, default=3)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    streak: Mapped[int] = mapped_column(Integer, default=0)
    best_streak: Mapped[int] = mapped_column(Integer, default=0)
    last_practised_on: Mapped[date | None] = mapped_column(Date)
    # A run of right or wrong answers moves the level (see services/practice.py).
    run: Mapped[int] = mapped_column(Integer, default=0)


class PracticeCard(Base):
    """One FSRS card per participant and item."""

    __tablename__ = "practice_cards"
    __table_args__ = (UniqueConstraint("person_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(40))
    fsrs: Mapped[dict[str, Any]] = mapped_column(JSON)  # fsrs.Card.to_dict()
    due: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PracticeReview(Base):
    __tablename__ = "practice_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(40))
    rating: Mapped[int] = mapped_column(Integer)  # fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    correct: Mapped[bool] = mapped_column(Boolean)
    hinted: Mapped[bool] = mapped_column(Boolean, default=False)
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class CheckinStatus(enum.StrEnum):
    PLANNED = "planned"  # offer queued in the outbox
    STARTED = "started"  # first answer given
    COMPLETED = "completed"
    EXPIRED = "expired"  # not answered in time


class Checkin(Base):
    """One questionnaire offered to one participant for one period (a week or a month)."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("person_id", "questionnaire", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    questionnaire: Mapped[str] = mapped_column(String(20))  # weekly | monthly (content/checkins)
    period: Mapped[str] = mapped_column(String(20))  # 2026-W48 | 2026-11 | now-<timestamp>
    status: Mapped[CheckinStatus] = mapped_column(_enum(CheckinStatus, "checkin_status"))
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set once the answers were checked against the flag rules (and an alert made if any).
    triaged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckinAnswer(Base):
    """One answer to one question. Free text and its translation are encrypted at rest."""

    __tablename__ = "checkin_answers"
    __table_args__ = (UniqueConstraint("checkin_id", "question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(String(40))
    # scale: 1..5; choice: the option id; several: option ids joined by ","; skipped: all None
    score: Mapped[int | None] = mapped_column(Integer)
    choice: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(EncryptedText())
    text_language: Mapped[str | None] = mapped_column(String(8))
    # German machine translation of `text`, and which model made it (None: not translated).
    text_de: Mapped[str | None] = mapped_column(EncryptedText())
    translated_by: Mapped[str | None] = mapped_column(String(80))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Severity(enum.IntEnum):
    NORMAL = 1
    URGENT = 2
    CRISIS = 3


class AlertStatus(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


class AlertSource(enum.StrEnum):
    CHECKIN = "checkin"
    HELP_BUTTON = "help_button"
    MESSAGE = "message"  # a message to the coach that matched the crisis list


class Alert(Base):
    """Something a coach should look at: one per flagged check-in or help request."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    # The coach at the time; None when the participant had none (staff get it then).
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    source: Mapped[AlertSource] = mapped_column(_enum(AlertSource, "alert_source"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))
    message_id: Mapped[int | None] = mapped_column(Integer)
    severity: Mapped[int] = mapped_column(Integer)  # Severity
    # Why: [{"rule": "low_mood", "severity": 2, "detail": {...}}], never free text.
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[AlertStatus] = mapped_column(_enum(AlertStatus, "alert_status"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RelayDirection(enum.StrEnum):
    TO_PARTICIPANT = "to_participant"
    TO_COACH = "to_coach"


class RelayMessage(Base):
    """A message between a coach and a participant, relayed by the bot with a machine
    translation. Both texts are encrypted at rest."""

    __tablename__ = "relay_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    direction: Mapped[RelayDirection] = mapped_column(_enum(RelayDirection, "relay_direction"))
    text: Mapped[str] = mapped_column(EncryptedText())
    source_language: Mapped[str] = mapped_column(String(8))
    target_language: Mapped[str] = mapped_column(String(8))
    translation: Mapped[str | None] = mapped_column(EncryptedText())
    translated_by: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class CoachNote(Base):
    """A coach's own note on a participant (encrypted at rest)."""

    __tablename__ = "coach_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(EncryptedText())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
