"""What the command modules share: one-line user errors, the database wrapper, local times."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeAlias

from sqlalchemy.ext.asyncio import AsyncSession

from bot import migrate
from bot.app import build_deps
from bot.settings import Settings

# What each command module's add_parser() gets: the subparsers of the main command line.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Command = Callable[[Settings, argparse.Namespace], int]
DatabaseCommand = Callable[[AsyncSession, Settings, argparse.Namespace, datetime], Awaitable[int]]


class UserError(Exception):
    """A mistake on the command line: one line, no traceback."""


def database(command: DatabaseCommand) -> Command:
    """The command run in one transaction, on a database brought up to date first (idempotent, fast)."""

    def run(settings: Settings, args: argparse.Namespace) -> int:
        migrate.upgrade(settings.database_url)
        return asyncio.run(_in_transaction(command, settings, args))

    return run


async def _in_transaction(command: DatabaseCommand, settings: Settings, args: argparse.Namespace) -> int:
    deps = build_deps(settings)
    try:
        async with deps.sessionmaker.begin() as session:
            return await command(session, settings, args, deps.clock.now())
    finally:
        await deps.engine.dispose()


def local(moment: datetime, *, zone_name: bool = True) -> str:
    """A time as people in Germany write it, with its zone unless told not to."""
    text = f"{moment:%d.%m.%Y %H:%M}"
    return f"{text} ({moment.tzinfo})" if zone_name else text
