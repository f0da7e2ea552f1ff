"""The planners the repeating jobs run: schedules turned into outbox rows, and alerts watched."""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.deps import Deps
from bot.services import alerts, checkins, privacy, retention
from bot.services.practice import plan_prompts
from bot.services.triage import triage_pending
from bot.settings import parse_weekly

log = logging.getLogger(__name__)


async def plan_practice(deps: Deps) -> int:
    """Plan today's and tomorrow's practice prompts (idempotent: one per person and day)."""
    async with deps.sessionmaker.begin() as session:
        added = await plan_prompts(session, now=deps.clock.now())
    if added:
        log.info("planned %d practice prompts", added)
    return added


async def plan_checkins(deps: Deps) -> int:
    """Plan the check-ins of the coming day (idempotent: one per person and period)."""
    weekday, at = parse_weekly(deps.settings.checkin_schedule)
    async with deps.sessionmaker.begin() as session:
        made = await checkins.plan(session, now=deps.clock.now(), default_weekday=weekday, default_time=at)
    if made:
        log.info("planned %d check-ins", made)
    return made


async def watch_alerts(deps: Deps) -> None:
    """Triage check-ins a crash left untriaged; escalate crisis alerts nobody acknowledged."""
    await triage_pending(deps)
    after = timedelta(minutes=deps.settings.crisis_escalation_minutes)
    async with deps.sessionmaker.begin() as session:
        escalated = await alerts.escalate_due(session, now=deps.clock.now(), after=after)
    if escalated:
        log.warning("escalated %d crisis alerts to staff on duty", escalated)


async def prune_old_data(deps: Deps) -> retention.Pruned:
    """The daily retention run (bot/services/retention.py); erased rows leave the SQLite log too."""
    async with deps.sessionmaker.begin() as session:
        pruned = await retention.run(session, now=deps.clock.now(), ages=retention.ages_from(deps.settings))
    if pruned.total:
        log.info("retention: %s", pruned)
        await privacy.flush_erased(deps.engine)
    return pruned
