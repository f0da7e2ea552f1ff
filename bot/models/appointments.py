"""Appointments of participants and what they said about coming."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from bot.crypto import EncryptedText
from bot.models.base import Base, UTCDateTime, enum_column


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
    # Written by a bulk import that has not finished: seen by nobody, planned into nothing
    # (every list and renderer asks for SCHEDULED); it becomes SCHEDULED when the import ends.
    IMPORTING = "importing"


class Attendance(enum.StrEnum):
    """What the participant said they will do."""

    COMING = "coming"
    NOT_COMING = "not_coming"


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    kind: Mapped[AppointmentKind] = mapped_column(enum_column(AppointmentKind, "appointment_kind"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # What was typed (place, note, the reason for not coming) is encrypted at rest: a place
    # can be a clinic, a reason can be about health. Lengths are kept by the services.
    place: Mapped[str] = mapped_column(EncryptedText(), default="")
    note: Mapped[str] = mapped_column(EncryptedText(), default="")
    status: Mapped[AppointmentStatus] = mapped_column(enum_column(AppointmentStatus, "appointment_status"))
    answer: Mapped[Attendance | None] = mapped_column(enum_column(Attendance, "attendance"))
    answer_reason: Mapped[str | None] = mapped_column(EncryptedText())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Bumped on every change of time or place; outbox dedupe keys carry it, so a changed
    # appointment gets fresh reminders and the old ones can be told apart and cancelled.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
