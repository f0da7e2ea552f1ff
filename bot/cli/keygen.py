"""`python -m bot keygen`: a new key for encrypting free text."""

from __future__ import annotations

import argparse

from bot import crypto
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    commands.add_parser("keygen", help="print a new key for BEGLEITER_DATA_KEY (free text encryption)")


def run(settings: Settings, args: argparse.Namespace) -> int:
    print(crypto.generate_key())
    return 0
