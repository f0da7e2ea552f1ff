"""How the command line starts, from `python -m bot` and from the `begleiter` script."""

from __future__ import annotations

import gc
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Starting makes about a million objects that live as long as the process (modules,
    # catalogues, decks, flag rules). The cyclic garbage collector's full passes walked them
    # again and again while they were being made: about 0.6 s of the 2 s of CPU `run` needed
    # until its first poll. It stays off until a command runs (bot/cli/__init__.py), for `run`
    # until its Application is built (bot/app.py, resume_collection).
    gc.disable()
    from bot.cli import main as command_line

    return command_line(argv)
