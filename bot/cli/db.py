"""`python -m bot db upgrade`: apply the migrations."""

from __future__ import annotations

import argparse

from bot import migrate
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    db = commands.add_parser("db", help="database maintenance")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="apply all migrations (safe to repeat)")


def run(settings: Settings, args: argparse.Namespace) -> int:
    migrate.upgrade(settings.database_url)
    print("database is up to date")
    return 0
