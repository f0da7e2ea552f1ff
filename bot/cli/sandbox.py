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
    sandbox.add_argument(
        "--latency",
        type=latency_ms,
        default=None,
        metavar="LOW-HIGH",
        help="answer every Bot API call after a random delay in milliseconds, e.g. 20-50, as Telegram does",
    )


def latency_ms(value: str) -> tuple[float, float]:
    """'20-50' (or '30') milliseconds as (low, high) seconds."""
    low, _, high = value.partition("-")
    try:
        bounds = (float(low) / 1000, float(high or low) / 1000)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected milliseconds like 20-50, not {value!r}") from None
    if not 0 <= bounds[0] <= bounds[1]:
        raise argparse.ArgumentTypeError(f"expected 0 <= LOW <= HIGH, not {value!r}")
    return bounds


def run(settings: Settings, args: argparse.Namespace) -> int:
    with checkout.required("the sandbox"):
        from devtools.sandbox import run_sandbox
    return run_sandbox(port=args.port, fresh=args.fresh, latency=args.latency)
