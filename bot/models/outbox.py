"""The outbox: every message the bot sends on its own, one row each, with its priority."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, UTCDateTime, enum_column


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
    status: Mapped[OutboxStatus] = mapped_column(enum_column(OutboxStatus, "outbox_status"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Indexed: the retention run deletes old rows by their age (0011_hot_indexes).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


Index(
    "ix_outbox_due",
    OutboxMessage.status,
    OutboxMessage.priority,
    OutboxMessage.due_at,
)


class SendBudget(Base):
    """The deployment's shared sending pace (bot/budget.py): `next_at` is the first moment not
    yet handed to a send. One row per budget; used on PostgreSQL only."""

    __tablename__ = "send_budget"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_at: Mapped[datetime] = mapped_column(UTCDateTime())
