"""Database tables (SQLAlchemy 2 declarative models), one module per idea; every name is here too."""

from bot.models.alerts import Alert, AlertSource, AlertStatus, Severity
from bot.models.appointments import Appointment, AppointmentKind, AppointmentStatus, Attendance
from bot.models.audit import AuditEntry, Counter
from bot.models.base import NAMING, Base, UTCDateTime, enum_column
from bot.models.broadcasts import (
    AttachmentKind,
    Broadcast,
    BroadcastInterest,
    BroadcastStatus,
    BroadcastText,
    CachedTranslation,
    TextSource,
)
from bot.models.checkins import Checkin, CheckinAnswer, CheckinStatus
from bot.models.mentors import MentorLink
from bot.models.outbox import OutboxMessage, OutboxStatus, Priority, SendBudget
from bot.models.people import Cohort, ConsentRecord, Invite, Person, PersonStatus, Role
from bot.models.practice import PracticeCard, PracticeProfile, PracticeReview
from bot.models.relay import CoachNote, RelayDirection, RelayMessage

__all__ = [
    "NAMING",
    "Alert",
    "AlertSource",
    "AlertStatus",
    "Appointment",
    "AppointmentKind",
    "AppointmentStatus",
    "AttachmentKind",
    "Attendance",
    "AuditEntry",
    "Base",
    "Broadcast",
    "BroadcastInterest",
    "BroadcastStatus",
    "BroadcastText",
    "CachedTranslation",
    "Checkin",
    "CheckinAnswer",
    "CheckinStatus",
    "CoachNote",
    "Cohort",
    "ConsentRecord",
    "Counter",
    "Invite",
    "MentorLink",
    "OutboxMessage",
    "OutboxStatus",
    "Person",
    "PersonStatus",
    "PracticeCard",
    "PracticeProfile",
    "PracticeReview",
    "Priority",
    "RelayDirection",
    "RelayMessage",
    "Role",
    "SendBudget",
    "Severity",
    "TextSource",
    "UTCDateTime",
    "enum_column",
]
