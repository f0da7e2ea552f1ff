"""The command line: one module per command; here the parser is assembled and each command dispatched."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError, StatementError

from bot.cli import (
    appointments,
    backup,
    cohorts,
    contacts,
    db,
    export,
    health,
    importing,
    invite,
    keygen,
    maintenance,
    mentors,
    people,
    run,
    sandbox,
    translate,
)
from bot.cli.checkout import NeedsCheckout
from bot.cli.common import Command, UserError, database
from bot.crypto import DataKeyError
from bot.logs import configure_logging_for
from bot.settings import MissingTokenError, Settings

# In the order `python -m bot --help` lists them.
_MODULES = (
    run,
    sandbox,
    keygen,
    translate,
    db,
    backup,
    maintenance,
    health,
    invite,
    people,
    export,
    appointments,
    importing,
    contacts,
    cohorts,
    mentors,
)

# The command's name → what runs it; database() ones run in one transaction on an upgraded database.
COMMANDS: dict[str, Command] = {
    "run": run.run,
    "sandbox": sandbox.run,
    "keygen": keygen.run,
    "translate": translate.run,  # models on disk, no database
    "db": db.run,
    "backup": backup.backup,  # SQLite's online backup API, no transaction of ours
    "restore": backup.restore,
    "rotate-key": maintenance.rotate_key,  # batches of its own, resumable
    "retention": maintenance.retention,
    "health": health.run,  # no database: asks the running bot
    "invite": database(invite.run),
    "people": database(people.run),
    "export": database(export.run),
    "appointment": database(appointments.run),
    "import": importing.run,  # short transactions of its own
    "contacts": contacts.run,  # a file, no database
    "cohorts": database(cohorts.run),
    "reassign": database(cohorts.run_reassign),
    "mentor": database(mentors.run),
}


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m bot",
        description="Begleiter: a Telegram companion for integration programmes.",
    )
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _MODULES:
        module.add_parser(commands)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command != "run":
        gc.enable()  # off while starting (bot/entry.py); `run` turns it on once built
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"configuration error: {error['loc'][0]}: {error['msg']}", file=sys.stderr)
        return 2
    configure_logging_for(settings)
    try:
        return COMMANDS[args.command](settings, args)
    except (MissingTokenError, DataKeyError, NeedsCheckout) as exc:
        print(exc, file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except StatementError as exc:
        # An encrypted column met without BEGLEITER_DATA_KEY: that, not the database, is the problem.
        if isinstance(exc.orig, DataKeyError):
            print(exc.orig, file=sys.stderr)
            return 2
        print(f"error: the database at DATABASE_URL is not usable: {type(exc).__name__}", file=sys.stderr)
        return 1
    except (OSError, SQLAlchemyError) as exc:
        print(f"error: the database at DATABASE_URL is not usable: {type(exc).__name__}", file=sys.stderr)
        return 1
