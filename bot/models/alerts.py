"""Alerts to coaches: how severe, where they came from, who acknowledged them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from bot.crypto import EncryptedJSON
from bot.models.base import Base, UTCDateTime, enum_column


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
    source: Mapped[AlertSource] = mapped_column(enum_column(AlertSource, "alert_source"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))
    message_id: Mapped[int | None] = mapped_column(Integer)
    severity: Mapped[int] = mapped_column(Integer)  # Severity
    # Why: [{"rule": "low_mood", "severity": 2, "detail": {...}}], never free text, but the
    # detail names the crisis word or the low score found: encrypted like the text it came from.
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(EncryptedJSON(), default=list)
    status: Mapped[AlertStatus] = mapped_column(enum_column(AlertStatus, "alert_status"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# The open alerts, newest first (staff's /alerts, the crisis escalation): few among many
# acknowledged ones (0011_hot_indexes).
Index("ix_alerts_open", Alert.status, Alert.created_at)
