"""People, their cohorts, the invites they came by and their consent."""

from __future__ import annotations

import enum
from datetime import datetime, time
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Time, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.crypto import EncryptedJSON
from bot.models.base import Base, UTCDateTime, enum_column


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    COACH = "coach"
    STAFF = "staff"
    MENTOR = "mentor"  # a volunteer (Berufspate, Integrationslotse) linked to some participants


class PersonStatus(enum.StrEnum):
    ONBOARDING = "onboarding"  # joined by invite, has not agreed yet
    ACTIVE = "active"  # agreed to the privacy notice
    DECLINED = "declined"  # said no: only the refusal is kept
    DELETED = "deleted"  # erased on request; the row stays as an anonymous tombstone


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the weekly check-in is offered, in local time (Monday = 0); None: the default.
    checkin_weekday: Mapped[int | None] = mapped_column(Integer)
    checkin_time: Mapped[time | None] = mapped_column(Time())
    # An archived cohort keeps its people but is no longer offered for invitations.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    status: Mapped[PersonStatus] = mapped_column(enum_column(PersonStatus, "person_status"))
    display_name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="SET NULL"))
    # Indexed: a coach's caseload and open alerts start from her participants (0011_hot_indexes).
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    # Which invite they came by; a plain number, not a foreign key, to keep the two tables
    # free of a reference cycle.
    invite_id: Mapped[int | None] = mapped_column(Integer)
    # None means "no quiet hours"; the window may wrap past midnight (21:00-08:00).
    quiet_start: Mapped[time | None] = mapped_column(Time())
    quiet_end: Mapped[time | None] = mapped_column(Time())
    practice_time: Mapped[time | None] = mapped_column(Time())
    onboarding_step: Mapped[str | None] = mapped_column(String(20))
    # A short multi-step chat dialogue in progress (e.g. creating an invite), kept in the
    # database so a restart does not strand the person halfway. Encrypted: it holds what was
    # typed halfway (a place, a group's name, messages kept for her answer).
    dialogue: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when Telegram says the person blocked the bot; cleared when they write again.
    unreachable_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Staff on duty get crisis alerts that no coach acknowledged in time.
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A participant's answer to "send what I type here to my coach?": None until asked.
    send_text_to_coach: Mapped[bool | None] = mapped_column(Boolean)

    cohort: Mapped[Cohort | None] = relationship(lazy="raise")
    coach: Mapped[Person | None] = relationship(remote_side=[id], lazy="raise")


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Only a hash of the token is kept: a leaked database does not leak working links.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token_hint: Mapped[str] = mapped_column(String(8))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
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
