"""`python -m bot run`: the bot itself, by long polling or by webhook."""

from __future__ import annotations

import argparse
import asyncio

from bot import migrate
from bot.botapi import patiently
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    run = commands.add_parser("run", help="run the bot (long polling; --webhook-url for webhooks)")
    run.add_argument("--webhook-url", help="public HTTPS URL Telegram should post updates to")
    run.add_argument(
        "--listen",
        default="0.0.0.0",  # noqa: S104  (webhooks must be reachable from outside)
        help="webhook: address to bind (default 0.0.0.0)",
    )
    run.add_argument("--port", type=int, default=8443, help="webhook: port to bind (default 8443)")
    run.add_argument("--no-migrate", action="store_true", help="do not upgrade the database first")


def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_application

    settings.require_token()
    settings.require_data_key()
    if not args.no_migrate:
        migrate.upgrade(settings.database_url)
    application = build_application(settings)
    # A Bot API server that answers 500 or not at all for a moment does not end the bot: getMe
    # and deleteWebhook are tried again with backoff (1, 2, 4 … 30 s) before polling begins,
    # PTB's own start-up retries stay on for setWebhook and a second deleteWebhook, and
    # the menu (post_init) tries a few times and then does without.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # run_polling and run_webhook go on in this loop
    try:
        loop.run_until_complete(patiently(application.initialize, "getMe"))
        if not args.webhook_url:
            loop.run_until_complete(patiently(application.bot.delete_webhook, "deleteWebhook"))
    except KeyboardInterrupt:
        loop.run_until_complete(application.shutdown())
        loop.close()
        return 130
    if args.webhook_url:
        application.run_webhook(
            listen=args.listen,
            port=args.port,
            webhook_url=args.webhook_url,
            url_path="telegram",
            bootstrap_retries=-1,
        )
    else:
        application.run_polling(bootstrap_retries=-1)
    return 0
