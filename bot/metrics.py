"""Prometheus metrics: what an operator watches, with no personal data in any label.

Labels are closed sets chosen by the code (an update's kind, an outbox row's kind and
priority name, an outcome), never ids, names, languages of one person or texts. Counters
and histograms are updated where things happen; the outbox's depth and lag are read from
the database when /metrics is scraped, so every process reports the shared truth.
"""

from __future__ import annotations

import time
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.kinds import Kind
from bot.models import OutboxMessage, OutboxStatus
from bot.models.outbox import Priority

REGISTRY = CollectorRegistry()

UPDATES = Counter("begleiter_updates", "Updates handled, by kind", ["kind"], registry=REGISTRY)
UPDATE_SECONDS = Histogram(
    "begleiter_update_seconds",
    "Time to handle one update, by kind",
    ["kind"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
MESSAGES = Counter(
    "begleiter_outbox_messages",
    "Outbox rows by kind and outcome (sent, retry, failed, blocked, obsolete)",
    ["kind", "outcome"],
    registry=REGISTRY,
)
AMBIGUOUS = Counter(
    "begleiter_outbox_ambiguous",
    "Sends whose answer was lost after the request was written (Telegram may have the message)",
    registry=REGISTRY,
)
OUTBOX_DEPTH = Gauge(
    "begleiter_outbox_depth", "Outbox rows waiting to be sent, by priority", ["priority"], registry=REGISTRY
)
DISPATCHER_LAG = Gauge(
    "begleiter_dispatcher_lag_seconds",
    "How long the most overdue pending outbox row has been due (0 when none is)",
    registry=REGISTRY,
)
DISPATCHER_LAST_RUN = Gauge(
    "begleiter_dispatcher_last_run_timestamp_seconds",
    "When this process's outbox dispatcher last ran (Unix time)",
    registry=REGISTRY,
)
TRANSLATION_SECONDS = Histogram(
    "begleiter_translation_seconds",
    "Time of one machine translation run (not cache hits)",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
    registry=REGISTRY,
)
TRANSLATION_CACHE_HITS = Counter(
    "begleiter_translation_cache_hits", "Machine translations served from the cache", registry=REGISTRY
)


def update_kind(update: object) -> str:
    """A closed set: message, command, callback, edited, member, other."""
    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        return "callback"
    if update.message is not None:
        text = update.message.text or ""
        return "command" if text.startswith("/") else "message"
    if update.edited_message is not None:
        return "edited"
    if update.my_chat_member is not None or update.chat_member is not None:
        return "member"
    return "other"


def outbox_kind(kind: str) -> str:
    """An outbox row's kind as a label: the product's own kinds (a closed set), else "other"."""
    return kind if kind in _KINDS else "other"


_KINDS = frozenset(kind.value for kind in Kind)


def dispatcher_ran() -> None:
    DISPATCHER_LAST_RUN.set(time.time())


def seconds_since_dispatcher_ran() -> float | None:
    last = DISPATCHER_LAST_RUN._value.get()  # the gauge's own value; 0 until the first run
    return None if not last else max(time.time() - last, 0.0)


async def read_outbox(session: AsyncSession, now: datetime) -> None:
    """Sets the outbox depth per priority and the dispatcher's lag from the database."""
    depth = dict.fromkeys((priority.name.lower() for priority in Priority), 0)
    counts = await session.execute(
        select(OutboxMessage.priority, func.count())
        .where(OutboxMessage.status == OutboxStatus.PENDING)
        .group_by(OutboxMessage.priority)
    )
    for priority, count in counts:
        name = Priority(priority).name.lower() if priority in Priority._value2member_map_ else "other"
        depth[name] = depth.get(name, 0) + int(count)
    for name, count in depth.items():
        OUTBOX_DEPTH.labels(priority=name).set(count)
    oldest = await session.scalar(
        select(func.min(OutboxMessage.due_at)).where(
            OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.due_at <= now
        )
    )
    DISPATCHER_LAG.set(max((now - oldest).total_seconds(), 0.0) if oldest is not None else 0.0)


def exposition() -> bytes:
    return generate_latest(REGISTRY)


def observe_update(update: object, seconds: float) -> None:
    """One update handled: counted and timed by its kind (called by the update processor)."""
    kind = update_kind(update)
    UPDATES.labels(kind=kind).inc()
    UPDATE_SECONDS.labels(kind=kind).observe(seconds)
