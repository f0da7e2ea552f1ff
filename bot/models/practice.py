"""German practice: each participant's profile, their FSRS cards and every review."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, UTCDateTime


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
