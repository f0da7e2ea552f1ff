"""Check-ins: a questionnaire offered for a week or a month, and each answer."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.crypto import EncryptedText
from bot.models.base import Base, UTCDateTime, enum_column


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
    status: Mapped[CheckinStatus] = mapped_column(enum_column(CheckinStatus, "checkin_status"))
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
