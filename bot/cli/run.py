"""`python -m bot run`: the bot itself, by long polling or by webhook."""

from __future__ import annotations

import argparse

from bot import migrate
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
    if args.webhook_url:
        application.run_webhook(
            listen=args.listen, port=args.port, webhook_url=args.webhook_url, url_path="telegram"
        )
    else:
        application.run_polling()
    return 0
