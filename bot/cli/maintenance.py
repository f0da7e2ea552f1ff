"""`python -m bot rotate-key` and `python -m bot retention`: data maintenance an operator runs."""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import asdict

from bot import migrate
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    rotate = commands.add_parser(
        "rotate-key",
        help="re-encrypt stored text with the first key of BEGLEITER_DATA_KEY (resumable)",
    )
    rotate.add_argument("--batch-size", type=int, default=500, help="rows per transaction (default 500)")
    commands.add_parser("retention", help="delete what is past its retention age now (the bot does it daily)")


def rotate_key(settings: Settings, args: argparse.Namespace) -> int:
    keys = settings.require_data_key()
    migrate.upgrade(settings.database_url)
    return asyncio.run(_rotate(settings, keys, args.batch_size))


async def _rotate(settings: Settings, keys: str, batch_size: int) -> int:
    from bot.app import build_deps
    from bot.services import audit
    from bot.services.rotation import rotate_all

    deps = build_deps(settings)
    try:
        progress = await rotate_all(deps.sessionmaker, keys, batch_size=max(batch_size, 1))
        rotated = sum(p.rotated for p in progress)
        for item in progress:
            if item.seen:
                print(f"{item.table}.{item.column}: {item.rotated} of {item.seen} re-encrypted")
        async with deps.sessionmaker.begin() as session:
            details = {"values": rotated, "columns": len(progress)}
            audit.record(session, at=deps.clock.now(), action="data_key.rotate", actor=None, details=details)
    finally:
        await deps.engine.dispose()
    print(f"done: {rotated} values re-encrypted with the first key; the other keys may now be removed")
    return 0


def retention(settings: Settings, args: argparse.Namespace) -> int:
    settings.require_data_key()
    migrate.upgrade(settings.database_url)
    return asyncio.run(_retention(settings))


async def _retention(settings: Settings) -> int:
    from bot.app import build_deps
    from scheduler.planners import prune_old_data

    deps = build_deps(settings)
    try:
        pruned = await prune_old_data(deps)
    finally:
        await deps.engine.dispose()
    print(", ".join(f"{name.replace('_', ' ')}: {count}" for name, count in asdict(pruned).items()))
    return 0
