"""`python -m bot health [--ready]`: asks this machine's bot its /healthz (or /readyz); exit 0 when
it answers 200. For a container's HEALTHCHECK and for scripts; needs METRICS_PORT."""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request

from bot.cli.common import Subcommands, UserError
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    health = commands.add_parser("health", help="ask the running bot: up (/healthz) or ready (/readyz)?")
    health.add_argument("--ready", action="store_true", help="ready: database reachable, dispatcher running")


def run(settings: Settings, args: argparse.Namespace) -> int:
    if settings.metrics_port is None:
        raise UserError("METRICS_PORT is not set: the bot serves /healthz and /readyz only when it is")
    host = "127.0.0.1" if settings.metrics_listen in ("0.0.0.0", "::", "") else settings.metrics_listen  # noqa: S104
    url = f"http://{host}:{settings.metrics_port}/{'readyz' if args.ready else 'healthz'}"
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            print(answer.read().decode().strip())
            return 0
    except urllib.error.HTTPError as exc:
        print(exc.read().decode().strip() or f"HTTP {exc.code}", file=sys.stderr)
    except OSError as exc:
        print(f"no answer from {url}: {type(exc).__name__}", file=sys.stderr)
    return 1
