"""`python -m bot translate …`: list and install machine translation models (no database needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.cli import checkout
from bot.cli.common import Subcommands
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    translate = commands.add_parser("translate", help="machine translation models (argostranslate)")
    actions = translate.add_subparsers(dest="translate_command", required=True, metavar="ACTION")
    actions.add_parser("list", help="installed language pairs, and the pairs reachable through English")
    install = actions.add_parser("install", help="install a model package (.argosmodel file)")
    install.add_argument("file", metavar="FILE.argosmodel")
    demo = actions.add_parser(
        "demo", help="build the tiny demo models (for tests and the sandbox, not for real use)"
    )
    demo.add_argument("directory", metavar="DIR", help="where to write the .argosmodel files")
    demo.add_argument("--install", action="store_true", help="also install them")


def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.mt import ConfigurationError, InstallError, MachineTranslator

    translator = MachineTranslator(settings.argos_packages_dir)
    try:
        if args.translate_command == "list":
            return _list(translator)
        if args.translate_command == "install":
            pair = translator.install(Path(args.file))
            print(f"installed {pair.source}→{pair.target} {pair.version} into {translator.packages_dir}")
            return 0
        if args.translate_command == "demo":
            with checkout.required("building the demo models"):
                from devtools.mt_demo import build_demo_packages

            for path in build_demo_packages(Path(args.directory)):
                if args.install:
                    pair = translator.install(path)
                    print(f"installed {pair.source}→{pair.target} {pair.version} (demo) from {path}")
                else:
                    print(path)
            return 0
    except (InstallError, ConfigurationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"error: {exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 1
    finally:
        translator.close()
    print("error: unknown translate command", file=sys.stderr)
    return 1


def _list(translator: Any) -> int:
    pairs = translator.pairs()
    print(f"models in {translator.packages_dir}", file=sys.stderr)
    if not pairs:
        print("no translation models installed (python -m bot translate install FILE)", file=sys.stderr)
        return 0
    for pair in pairs:
        print(f"{pair.source}→{pair.target}  {pair.version}")
    languages = sorted({pair.source for pair in pairs} | {pair.target for pair in pairs})
    installed = {(pair.source, pair.target) for pair in pairs}
    pivoted = [
        f"{source}→{target}"
        for source in languages
        for target in languages
        if source != target and (source, target) not in installed and translator.can_translate(source, target)
    ]
    if pivoted:
        print(f"through English: {' '.join(pivoted)}")
    return 0
