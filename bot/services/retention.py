"""The data lifecycle: what is kept how long (settings RETAIN_*), run once a day.

- check-in free text (what she wrote and its German translation) after RETAIN_CHECKIN_TEXT_DAYS:
  the text goes, the scores and choices stay for the coach's charts;
- messages relayed between participant and coach after RETAIN_MESSAGES_DAYS;
- outbox rows that are done (sent, failed, cancelled) after RETAIN_OUTBOX_DAYS, with their
  payloads;
- audit entries' details after RETAIN_AUDIT_DETAIL_DAYS (who did what and when stays);
- people who left: blocked the bot (unreachable) or never finished joining or declined, and
  not seen for RETAIN_LEFT_GRACE_DAYS, are erased as on request (bot/services/privacy.py).
Each run writes one audit entry with the counts (never what was deleted).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import Text, cast, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import AuditEntry, CheckinAnswer, OutboxMessage, OutboxStatus, Person, PersonStatus
from bot.models.relay import RelayMessage
from bot.services import audit, privacy
from bot.settings import Settings

DONE = (OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.CANCELLED)
BATCH = 500  # people erased per run at most (each erasure touches many tables)


@dataclass(frozen=True)
class Ages:
    checkin_text: timedelta
    messages: timedelta
    outbox: timedelta
    audit_details: timedelta
    left_grace: timedelta


@dataclass(frozen=True)
class Pruned:
    checkin_texts: int = 0
    messages: int = 0
    outbox_rows: int = 0
    audit_details: int = 0
    people_erased: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def ages_from(settings: Settings) -> Ages:
    return Ages(
        checkin_text=timedelta(days=settings.retain_checkin_text_days),
        messages=timedelta(days=settings.retain_messages_days),
        outbox=timedelta(days=settings.retain_outbox_days),
        audit_details=timedelta(days=settings.retain_audit_detail_days),
        left_grace=timedelta(days=settings.retain_left_grace_days),
    )


async def run(session: AsyncSession, *, now: datetime, ages: Ages) -> Pruned:
    texts = await session.execute(
        update(CheckinAnswer)
        .where(
            CheckinAnswer.answered_at < now - ages.checkin_text,
            or_(CheckinAnswer.text.is_not(None), CheckinAnswer.text_de.is_not(None)),
        )
        .values(text=None, text_de=None)
    )
    messages = await session.execute(
        delete(RelayMessage).where(RelayMessage.created_at < now - ages.messages)
    )
    outbox_rows = await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.status.in_(DONE), OutboxMessage.created_at < now - ages.outbox
        )
    )
    details = await session.execute(
        update(AuditEntry)
        .where(AuditEntry.at < now - ages.audit_details, cast(AuditEntry.details, Text) != "{}")
        .values(details={})
    )
    erased = 0
    cutoff = now - ages.left_grace
    last_seen = func.coalesce(Person.last_seen_at, Person.created_at)
    # People who left: blocked the bot, or never finished joining, or declined; silent since.
    gone = (
        select(Person)
        .where(
            Person.status != PersonStatus.DELETED,
            or_(
                Person.unreachable_at < cutoff,
                Person.status.in_((PersonStatus.ONBOARDING, PersonStatus.DECLINED)),
            ),
            last_seen < cutoff,
        )
        .order_by(Person.id)
        .limit(BATCH)
    )
    for person in await session.scalars(gone):
        await privacy.delete_person(session, person, now=now)
        erased += 1
    pruned = Pruned(
        checkin_texts=_count(texts),
        messages=_count(messages),
        outbox_rows=_count(outbox_rows),
        audit_details=_count(details),
        people_erased=erased,
    )
    if pruned.total:
        audit.record(session, at=now, action="retention", actor=None, details=asdict(pruned), label="system")
    return pruned


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
