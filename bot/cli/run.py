"""`python -m bot run`: the bot itself, by long polling or by webhook."""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import signal
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot import migrate
from bot.botapi import patiently
from bot.cli.common import Subcommands, UserError
from bot.leader import Leadership, leadership_of
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import BegleiterApplication

log = logging.getLogger(__name__)


def add_parser(commands: Subcommands) -> None:
    run = commands.add_parser("run", help="run the bot (long polling; --webhook-url for webhooks)")
    run.add_argument("--webhook-url", help="public HTTPS URL Telegram should post updates to")
    run.add_argument(
        "--listen",
        default="0.0.0.0",  # noqa: S104  (webhooks must be reachable from outside)
        help="webhook: address to bind (default 0.0.0.0)",
    )
    run.add_argument("--port", type=int, default=8443, help="webhook: port to bind (default 8443)")
    run.add_argument(
        "--webhook-path",
        help="webhook: the path this server answers (default: the path of --webhook-url; set it "
        "when a proxy in front rewrites the path)",
    )
    run.add_argument("--no-migrate", action="store_true", help="do not upgrade the database first")


def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import SETTLE_HEAP_KEY, build_application, resume_collection

    settings.require_token()
    settings.require_data_key()
    webhook_path = _webhook_path(args) if args.webhook_url else None
    if not args.no_migrate:
        migrate.upgrade(settings.database_url)
    application = build_application(settings)
    resume_collection()  # off while the process starts (bot/entry.py)
    application.bot_data[SETTLE_HEAP_KEY] = True  # a long-running process (bot/app.py, settle_heap)
    # A Bot API server that answers 500 or not at all for a moment does not end the bot: getMe
    # and deleteWebhook are tried again with backoff (1, 2, 4 … 30 s) before polling begins,
    # PTB's own start-up retries stay on for a second deleteWebhook, and the menu (post_init)
    # tries a few times and then does without.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # run_polling goes on in this loop
    try:
        loop.run_until_complete(patiently(application.initialize, "getMe"))
        if webhook_path is not None:
            loop.run_until_complete(_serve_webhook(application, settings, args, webhook_path))
            loop.close()
            return 0
        loop.run_until_complete(patiently(application.bot.delete_webhook, "deleteWebhook"))
    except KeyboardInterrupt:
        loop.run_until_complete(application.shutdown())
        loop.close()
        return 130
    server = None
    if settings.metrics_port is not None:
        from bot.deps import DEPS_KEY
        from bot.web import WebServer

        deps = application.bot_data[DEPS_KEY]
        server = WebServer(application, deps, listen=settings.metrics_listen, port=settings.metrics_port)
        loop.run_until_complete(server.start())
    try:
        leadership = leadership_of(application.bot_data)
        if leadership is None:  # SQLite: the one process polls
            application.run_polling(bootstrap_retries=-1, close_loop=False)
        else:  # PostgreSQL: only the elected process polls (bot/leader.py)
            loop.run_until_complete(_poll_when_elected(application, leadership))
    finally:
        if server is not None:
            loop.run_until_complete(server.stop())
        loop.close()
    return 0


def _webhook_path(args: argparse.Namespace) -> str:
    url = urlsplit(args.webhook_url)
    if url.scheme not in ("https", "http") or not url.netloc:
        example = "https://bot.example.org/telegram"
        raise UserError(f"--webhook-url must be a full URL such as {example}, not {args.webhook_url!r}")
    path: str = (args.webhook_path or url.path).strip("/")
    if not path:
        raise UserError("the webhook needs a path, e.g. https://bot.example.org/telegram (or --webhook-path)")
    return path


async def _serve_webhook(
    app: BegleiterApplication, settings: Settings, args: argparse.Namespace, path: str
) -> None:
    """The Application started by hand, our web server taking Telegram's posts (and /healthz,
    /readyz, /metrics on the same port), setWebhook with a secret token; until SIGTERM/SIGINT."""
    from telegram import Update

    from bot.app import startup
    from bot.deps import DEPS_KEY
    from bot.web import WebServer

    configured = settings.webhook_secret_token
    # A new random secret each start when none is set: setWebhook is called on every start.
    secret = configured.get_secret_value() if configured is not None else secrets.token_urlsafe(32)
    server = WebServer(
        app,
        app.bot_data[DEPS_KEY],
        listen=args.listen,
        port=args.port,
        webhook_path=path,
        secret_token=secret,
    )
    # METRICS_PORT serves /healthz, /readyz and /metrics in webhook mode too (the container's
    # health check asks there), unless it is the webhook's own port.
    extra = None
    if settings.metrics_port is not None and settings.metrics_port != args.port:
        deps = app.bot_data[DEPS_KEY]
        extra = WebServer(app, deps, listen=settings.metrics_listen, port=settings.metrics_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await app.start()
    leadership = leadership_of(app.bot_data)
    if leadership is not None:  # webhooks reach every process; the planners run on one
        leadership.start()
    try:
        await startup(app)
        await server.start()
        if extra is not None:
            await extra.start()
        await patiently(
            lambda: app.bot.set_webhook(
                url=args.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
            ),
            "setWebhook",
        )
        log.info("webhook set; waiting for updates on /%s", path)
        await stop.wait()
    finally:
        if leadership is not None:
            await leadership.close()
        await server.stop()
        if extra is not None:
            await extra.stop()
        await _close(app)


async def _poll_when_elected(app: BegleiterApplication, leadership: Leadership) -> None:
    """Every process dispatches the outbox (the job queue runs); the one holding the leader
    lock also polls for updates, and stops as soon as it loses the lock. Until SIGTERM/SIGINT."""
    from bot.app import startup

    assert app.updater is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    # Warm-up first, as run_polling does: it keeps the event loop busy, and sends started
    # meanwhile would go out late and bunched, past the shared budget's pace.
    await startup(app)
    await app.start()
    leadership.start()
    try:
        while not stop.is_set():
            if not await _until(stop, leadership.wait_until(leading=True)):
                break
            await app.updater.start_polling(bootstrap_retries=-1)
            log.info("polling for updates")
            await _until(stop, leadership.wait_until(leading=False))
            await app.updater.stop()
            if not stop.is_set():
                log.warning("no longer the leader: polling stopped")
    finally:
        await leadership.close()
        await _close(app)


async def _close(app: BegleiterApplication) -> None:
    """What run_polling does at its end, for the paths that start the Application by hand:
    stop, shut down, then post_shutdown (the warm-up awaited, the database's connections
    closed, the translator's workers ended)."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


async def _until(stop: asyncio.Event, waiting: Coroutine[Any, Any, None]) -> bool:
    """Wait for `waiting` unless `stop` comes first; True if `waiting` finished."""
    task = asyncio.ensure_future(waiting)
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    for pending in (task, stopped):
        pending.cancel()
    return task.done() and not task.cancelled()
