"""The composition root: the only place that knows every piece."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from typing import Any

from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import BaseRequest

from bot import crypto, langid
from bot.budget import budget_for
from bot.clock import Clock, SystemClock
from bot.content import Content
from bot.db import Doorbell, create_engine, create_sessionmaker
from bot.deps import DEPS_KEY, BotContext, Deps
from bot.i18n import LANGUAGES
from bot.leader import LEADERSHIP_KEY, Leadership, elects
from bot.logs import quiet_job_cancellations
from bot.mt import MachineTranslator
from bot.ratelimit import BotApiRateLimiter
from bot.request import AiohttpRequest
from bot.settings import Settings
from bot.updates import PerChatUpdateProcessor
from scheduler.dispatcher import Dispatcher
from scheduler.jobs import register_jobs, settle_jobs

DISPATCHER_KEY = "begleiter.dispatcher"
WARM_UP_KEY = "begleiter.mt-warm-up"
MENU_KEY = "begleiter.publish-menu"  # handlers' default command menu, published at startup
SETTLE_HEAP_KEY = "begleiter.settle-heap"  # `python -m bot run` sets it: see settle_heap

log = logging.getLogger(__name__)

BegleiterApplication = Application[Any, BotContext, Any, Any, Any, Any]


class GentleApplication(BegleiterApplication):
    """PTB's Application, stopping gently: the outbox's round under way finishes its sends in
    flight and claims nothing more, and the jobs the job queue cuts short finish rolling back,
    before stop() returns (then shutdown and the engine's disposal find every connection back
    in the pool). Every way of running the bot calls stop(): run_polling, the webhook path,
    the sandbox and tests."""

    async def start(self) -> None:
        dispatcher = self.bot_data.get(DISPATCHER_KEY)
        if isinstance(dispatcher, Dispatcher):
            dispatcher.resume()
        await super().start()

    async def stop(self) -> None:
        dispatcher = self.bot_data.get(DISPATCHER_KEY)
        if self.running and isinstance(dispatcher, Dispatcher):
            await dispatcher.stop()
        await super().stop()
        await settle_jobs(self.bot_data)


_translators: dict[object, MachineTranslator] = {}


def shared_translator(packages_dir: object) -> MachineTranslator:
    """One machine translator per process and model folder: argostranslate reads its
    settings once per process, and the cache is worth sharing."""
    if packages_dir not in _translators:
        _translators[packages_dir] = MachineTranslator(packages_dir)  # type: ignore[arg-type]
    return _translators[packages_dir]


def build_deps(settings: Settings, clock: Clock | None = None) -> Deps:
    if settings.data_key is not None:
        crypto.configure(settings.data_key.get_secret_value())
    engine = create_engine(
        settings.database_url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
    )
    doorbell = Doorbell()
    return Deps(
        settings=settings,
        engine=engine,
        sessionmaker=create_sessionmaker(engine, doorbell),
        doorbell=doorbell,
        clock=clock or SystemClock(),
        content=Content.load(settings.content_dir),
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
    # The composition root: the one place in bot/ that knows the Telegram adapters.
    from handlers import publish_menu, register
    from ui.outbox import RENDERERS

    token = settings.require_token()
    quiet_job_cancellations()  # a job cut short by the shutdown is no error (bot/logs.py)
    deps = deps or build_deps(settings, clock)

    async def post_shutdown(application: BegleiterApplication) -> None:
        warm_up = application.bot_data.get(WARM_UP_KEY)
        if warm_up is not None:
            await asyncio.gather(warm_up, return_exceptions=True)
        await deps.engine.dispose()
        deps.mt.close()
        log.info("stopped: database connections closed")

    processor = PerChatUpdateProcessor(settings.concurrent_updates)
    builder = (
        ApplicationBuilder()
        .application_class(GentleApplication)
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .context_types(ContextTypes(context=BotContext))
        .post_init(startup)
        .post_shutdown(post_shutdown)
        # Different people at once, each person's updates in order (bot/updates.py).
        .concurrent_updates(processor)
    )
    if rate_limit and settings.telegram_rate_limit:
        builder = builder.rate_limiter(BotApiRateLimiter())  # type: ignore[arg-type]
    # Requests other than getUpdates go through aiohttp's pool (bot/request.py says why).
    builder = builder.request(request if request is not None else AiohttpRequest())
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    application: BegleiterApplication = builder.build()
    application.bot_data[DEPS_KEY] = deps
    register(application)
    application.bot_data[MENU_KEY] = publish_menu
    budget = budget_for(deps.engine, settings.database_url, settings.send_budget_per_second)
    # The outbox's ordinary sends let the updates being handled go first (bot/updates.py).
    dispatcher = Dispatcher(deps, application.bot, RENDERERS, budget=budget, foreground=processor.foreground)
    if elects(settings.database_url):  # several processes may share it; `run` starts the election
        application.bot_data[LEADERSHIP_KEY] = Leadership(settings.database_url)
    application.bot_data[DISPATCHER_KEY] = dispatcher
    if dispatch_interval is not None:
        register_jobs(application, dispatcher, dispatch_interval)
    return application


def dispatcher_of(application: BegleiterApplication) -> Dispatcher:
    dispatcher = application.bot_data[DISPATCHER_KEY]
    assert isinstance(dispatcher, Dispatcher)
    return dispatcher


async def startup(application: BegleiterApplication) -> None:
    """What runs once the bot is connected: `run` calls it itself, the sandbox and tests too."""
    deps: Deps = application.bot_data[DEPS_KEY]
    await application.bot_data[MENU_KEY](application.bot, deps.catalogue)
    # Importing argostranslate and reading the installed models (~0.5 s, in the translator's
    # thread), and reading the language detector's model, go on beside the first poll, not
    # before it; a translation asked for earlier waits for it in that same thread.
    settle = bool(application.bot_data.get(SETTLE_HEAP_KEY))
    application.bot_data[WARM_UP_KEY] = asyncio.get_running_loop().create_task(_warm_up(deps, settle))


async def _warm_up(deps: Deps, settle: bool = False) -> None:
    try:
        await deps.mt.warm_up()
        await asyncio.to_thread(langid.warm_up, LANGUAGES)  # the language detector's model
        log.info("machine translation: %d installed language pairs", len(deps.mt.pairs()))
    finally:  # a warm-up that failed (unreadable models) still frees the start's garbage
        if settle:
            log.info("start-up objects set aside from garbage collection: %d", settle_heap())


def settle_heap() -> int:
    """Move everything alive now out of the cyclic garbage collector's sight (gc.freeze).

    What exists once the bot has started (modules, catalogues, decks, the models' metadata)
    lives as long as the process. Each full collection walks every tracked object, and the
    planners' many rows set off several: planning 50,000 people held the event loop for about
    200 ms of CPU at a time, once per full collection, with only ~250,000 start-up objects
    (benchmarks/practice_planning.py, `longest_stall_cpu_ms`). Frozen objects are still freed
    when their last reference goes; only cycles among them would stay. One collection first,
    so no garbage is frozen. The process does it once, after the warm-up; tests do not (they
    build and drop many Applications in one process)."""
    gc.unfreeze()  # what resume_collection set aside, with the start's garbage
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def resume_collection() -> None:
    """`python -m bot run` builds the Application with the cyclic garbage collector off
    (bot/entry.py); `run` calls this once it is built, before it waits for anything. What
    exists then is set aside (gc.freeze) and the collector turned on: it walks only what is
    made from now on, such as the errors of a Bot API server that is down for hours, and
    the first full collection does not walk the whole start in the middle of the first
    requests. settle_heap, after the warm-up, takes it back, frees the start's garbage and
    sets aside what lives. Where the collector was on (tests) this does nothing."""
    if gc.isenabled():
        return
    full = gc.get_stats()[2]["collections"]
    gc.freeze()
    gc.enable()
    log.info("built with %.1f s of CPU and %d full garbage collections", time.process_time(), full)
