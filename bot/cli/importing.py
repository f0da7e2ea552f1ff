"""`python -m bot import appointments FILE.csv`: many appointments at once, all or nothing."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot import migrate
from bot.app import build_deps
from bot.cli.common import Subcommands, UserError, local
from bot.services import appointment_import
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    bulk = commands.add_parser("import", help="import data from files (appointments from CSV)")
    what = bulk.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    from_csv = what.add_parser(
        "appointments",
        help="appointments from a CSV file, all or nothing",
        description="Columns: participant_id,date,time,kind[,place,note]; comma or semicolon separated;"
        " UTF-8. Every row is checked first; if any row has a problem nothing is imported.",
    )
    from_csv.add_argument("file", metavar="FILE.csv")
    from_csv.add_argument("--dry-run", action="store_true", help="only check and show; change nothing")


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Not in one transaction like the other commands: the import writes in short batches of
    its own, so a running bot is never locked out of a SQLite database for long."""
    text = _read_csv(args.file)
    migrate.upgrade(settings.database_url)
    return asyncio.run(_run(settings, args, text))


async def _run(settings: Settings, args: argparse.Namespace, text: str) -> int:
    deps = build_deps(settings)
    try:
        report = await appointment_import.import_appointments(
            deps.sessionmaker,
            text,
            now=deps.clock.now(),
            fallback_zone=settings.zone,
            reminders=settings.reminder_offsets,
            no_answer_before=settings.no_answer_before,
            dry_run=args.dry_run,
        )
    except appointment_import.ImportAborted as exc:
        report = exc.report
    finally:
        await deps.engine.dispose()
    if not report.ok:
        for problem in report.errors:
            print(problem, file=sys.stderr)
        bad = len({problem.line for problem in report.errors})
        raise UserError(
            f"{bad} line(s) with problems in {args.file}; nothing was imported"
            if any(problem.line is not None for problem in report.errors)
            else f"nothing was imported from {args.file}"
        )
    if report.dry_run:
        for row in report.rows:
            print(
                f"line {row.line}: person {row.participant_id}, {local(row.local)}, {row.kind.value}"
                + (f", {row.place}" if row.place else "")
            )
        print(f"dry run: {len(report.rows)} appointment(s) would be imported; nothing was changed")
        return 0
    print(f"imported {report.imported} appointment(s) from {args.file}")
    return 0


def _read_csv(path: str) -> str:
    """The file as text: UTF-8, a BOM (Excel's "CSV UTF-8") is dropped."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:  # not the database's fault: main() would say so for an OSError
        raise UserError(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from exc
    try:
        return appointment_import.decode(data)
    except appointment_import.NotUtf8 as exc:
        where = "it looks like UTF-16" if exc.utf16 else f"line {exc.line}"
        raise UserError(f'{path} is not UTF-8 ({where}); in Excel save it as "CSV UTF-8"') from exc
