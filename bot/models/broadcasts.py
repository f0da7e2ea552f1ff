"""Staff announcements to many people: the broadcast, its text per language, the answers "Ich habe
Interesse", and the persistent cache of machine translations they are made with."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, UTCDateTime, enum_column


class BroadcastStatus(enum.StrEnum):
    DRAFT = "draft"  # being written and previewed
    SCHEDULED = "scheduled"  # confirmed, its rows wait for send_at
    SENDING = "sending"  # rows are going out
    DONE = "done"  # every row has an outcome; the final report was sent
    CANCELLED = "cancelled"


class TextSource(enum.StrEnum):
    MACHINE = "machine"
    HUMAN = "human"  # typed by staff: wins over a machine translation and is kept
    NONE = "none"  # no model for the language: German with a note in her language


class AttachmentKind(enum.StrEnum):
    PHOTO = "photo"  # sent with sendPhoto
    DOCUMENT = "document"  # a PDF (a course flyer), sent with sendDocument


class Broadcast(Base):
    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # Who gets it, as bot/services/broadcasts.py's Audience stores itself.
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    text: Mapped[str] = mapped_column(Text, default="")  # German, as staff wrote it
    status: Mapped[BroadcastStatus] = mapped_column(enum_column(BroadcastStatus, "broadcast_status"))
    send_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    contact_name: Mapped[str | None] = mapped_column(String(200))
    with_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    # A photo or a PDF sent with it: Telegram's file_id (a file the bot was sent can be sent on
    # by it), what it is, and for a document its name and type as staff's upload gave them.
    attachment_kind: Mapped[AttachmentKind | None] = mapped_column(
        enum_column(AttachmentKind, "attachment_kind")
    )
    attachment_file_id: Mapped[str | None] = mapped_column(String(255))
    attachment_name: Mapped[str | None] = mapped_column(String(255))
    attachment_mime: Mapped[str | None] = mapped_column(String(100))
    recipients: Mapped[int] = mapped_column(default=0)
    # The staff member's progress message, edited as the rows go out.
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_text: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BroadcastText(Base):
    __tablename__ = "broadcast_texts"
    __table_args__ = (UniqueConstraint("broadcast_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text)
    source: Mapped[TextSource] = mapped_column(enum_column(TextSource, "text_source"))
    model: Mapped[str | None] = mapped_column(String(120))


class BroadcastInterest(Base):
    __tablename__ = "broadcast_interest"
    __table_args__ = (UniqueConstraint("broadcast_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CachedTranslation(Base):
    """One machine translation, kept: the same text, pair and model are never translated twice."""

    __tablename__ = "translation_cache"
    __table_args__ = (UniqueConstraint("text_hash", "source", "target", "model"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the source text
    source: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(8))
    model: Mapped[str] = mapped_column(String(120))
    translation: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
