"""The audit log of staff, coach and command-line actions (never message text)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import AuditEntry, Person


def record(
    session: AsyncSession,
    *,
    at: datetime,
    action: str,
    actor: Person | None,
    subject_id: int | None = None,
    details: dict[str, Any] | None = None,
    label: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=at,
            actor_id=actor.id if actor else None,
            actor_label=label or ("person" if actor else "cli"),
            action=action,
            subject_id=subject_id,
            details=details or {},
        )
    )
