"""`python -m bot sandbox`: the bot against the local Bot API server of devtools/, with a web chat."""

from __future__ import annotations

import argparse

from bot.cli import checkout
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    sandbox = commands.add_parser(
        "sandbox", help="try the bot without Telegram: local Bot API server, demo people, web chat"
    )
    sandbox.add_argument("--port", type=int, default=8088, help="web chat and Bot API port (0 = any free)")
    sandbox.add_argument("--fresh", action="store_true", help="start from an empty sandbox database")


def run(settings: Settings, args: argparse.Namespace) -> int:
    with checkout.required("the sandbox"):
        from devtools.sandbox import run_sandbox
    return run_sandbox(port=args.port, fresh=args.fresh)
