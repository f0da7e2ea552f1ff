"""The composition root: the only place that knows every piece."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import BaseRequest

from bot import crypto
from bot.checkin_content import CheckinContent
from bot.clock import Clock, SystemClock
from bot.db import create_engine, create_sessionmaker
from bot.decks import Decks
from bot.deps import DEPS_KEY, BotContext, Deps
from bot.i18n import Catalogue
from bot.mt import MachineTranslator
from bot.ratelimit import BotApiRateLimiter
from bot.services.flags import FlagRules
from bot.settings import Settings, parse_weekly
from scheduler.dispatcher import Dispatcher

DISPATCHER_KEY = "begleiter.dispatcher"

log = logging.getLogger(__name__)

BegleiterApplication = Application[Any, BotContext, Any, Any, Any, Any]


_translators: dict[object, MachineTranslator] = {}


def shared_translator(packages_dir: object) -> MachineTranslator:
    """One machine translator per process and model folder: argostranslate reads its
    settings once per process, and the cache is worth sharing."""
    if packages_dir not in _translators:
        _translators[packages_dir] = MachineTranslator(packages_dir)  # type: ignore[arg-type]
    return _translators[packages_dir]


@functools.cache
def _content(content_dir: Path) -> dict[str, Any]:
    """Catalogues, decks, questionnaires and flag rules: read once per process and folder
    (they do not change while the bot runs; the command line and tests build deps often)."""
    return {
        "catalogue": Catalogue(content_dir / "locales"),
        "decks": Decks(content_dir / "decks"),
        "checkins": CheckinContent.load(content_dir),
        "flags": FlagRules.load(content_dir),
    }


def build_deps(settings: Settings, clock: Clock | None = None) -> Deps:
    if settings.data_key is not None:
        crypto.configure(settings.data_key.get_secret_value())
    engine = create_engine(settings.database_url)
    return Deps(
        settings=settings,
        engine=engine,
        sessionmaker=create_sessionmaker(engine),
        clock=clock or SystemClock(),
        **_content(settings.content_dir.resolve()),
        mt=shared_translator(settings.argos_packages_dir),
    )


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    deps: Deps | None = None,
    rate_limit: bool = True,
    dispatch_interval: float | None = 1.0,
) -> BegleiterApplication:
    """The real PTB Application with every handler; `request` replaces HTTP in tests."""
    from handlers import register  # handlers import bot.*, never the other way
    from ui.outbox import RENDERERS

    token = settings.require_token()
    deps = deps or build_deps(settings, clock)

    async def post_shutdown(application: BegleiterApplication) -> None:
        await deps.engine.dispose()
        deps.mt.close()

    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .context_types(ContextTypes(context=BotContext))
        .post_init(startup)
        .post_shutdown(post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(BotApiRateLimiter())  # type: ignore[arg-type]
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    application: BegleiterApplication = builder.build()
    application.bot_data[DEPS_KEY] = deps
    register(application)
    dispatcher = Dispatcher(deps, application.bot, RENDERERS)
    application.bot_data[DISPATCHER_KEY] = dispatcher
    if dispatch_interval is not None and application.job_queue is not None:
        application.job_queue.run_repeating(
            _dispatch,
            interval=dispatch_interval,
            first=dispatch_interval,
            data=dispatcher,
            name="outbox-dispatcher",
            # Two may overlap: a tick that finds the previous one still sending returns at
            # once, instead of APScheduler logging a warning every second.
            job_kwargs={"max_instances": 2, "coalesce": True},
        )
        application.job_queue.run_repeating(
            _plan_practice, interval=600, first=min(5.0, dispatch_interval), name="practice-planner"
        )
        application.job_queue.run_repeating(
            _watch_alerts, interval=30, first=min(10.0, dispatch_interval), name="alert-watch"
        )
    return application


async def _plan_practice(context: BotContext) -> None:
    """Plan today's and tomorrow's practice prompts (idempotent: one per person and day),
    and the check-ins of the coming day."""
    from bot.services.practice import plan_prompts

    deps = context.deps
    async with deps.sessionmaker.begin() as session:
        added = await plan_prompts(session, now=deps.clock.now())
    if added:
        log.info("planned %d practice prompts", added)
    await plan_checkins(deps)


async def plan_checkins(deps: Deps) -> int:
    from bot.services import checkins

    weekday, at = parse_weekly(deps.settings.checkin_schedule)
    async with deps.sessionmaker.begin() as session:
        made = await checkins.plan(session, now=deps.clock.now(), default_weekday=weekday, default_time=at)
    if made:
        log.info("planned %d check-ins", made)
    return made


async def watch_alerts(deps: Deps) -> None:
    """Triage check-ins a crash left untriaged; escalate crisis alerts nobody acknowledged."""
    from datetime import timedelta

    from bot.services import alerts
    from bot.services.triage import triage_pending

    await triage_pending(deps)
    after = timedelta(minutes=deps.settings.crisis_escalation_minutes)
    async with deps.sessionmaker.begin() as session:
        escalated = await alerts.escalate_due(session, now=deps.clock.now(), after=after)
    if escalated:
        log.warning("escalated %d crisis alerts to staff on duty", escalated)


async def _watch_alerts(context: BotContext) -> None:
    await watch_alerts(context.deps)


async def _dispatch(context: BotContext) -> None:
    dispatcher = context.job.data if context.job else None
    if isinstance(dispatcher, Dispatcher):
        await dispatcher.run_due()


def dispatcher_of(application: BegleiterApplication) -> Dispatcher:
    dispatcher = application.bot_data[DISPATCHER_KEY]
    assert isinstance(dispatcher, Dispatcher)
    return dispatcher


async def startup(application: BegleiterApplication) -> None:
    """What runs once the bot is connected: `run` calls it itself, the sandbox and tests too."""
    from handlers import menu

    deps: Deps = application.bot_data[DEPS_KEY]
    await menu.publish_defaults(application.bot, deps.catalogue)
    await deps.mt.warm_up()  # reads the installed models off the event loop
    log.info("machine translation: %d installed language pairs", len(deps.mt.pairs()))


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    # httpx logs every request URL at INFO, and the URL carries the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
