"""Between a coach and a participant: relayed messages with their translation, and the coach's notes."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.crypto import EncryptedText
from bot.models.base import Base, UTCDateTime, enum_column


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
    direction: Mapped[RelayDirection] = mapped_column(enum_column(RelayDirection, "relay_direction"))
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
