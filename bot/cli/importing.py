"""`python -m bot import appointments FILE.csv`: many appointments at once, all or nothing."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

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


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    text = _read_csv(args.file)
    try:
        report = await appointment_import.import_appointments(
            session,
            text,
            now=now,
            fallback_zone=settings.zone,
            reminders=settings.reminder_offsets,
            no_answer_before=settings.no_answer_before,
            dry_run=args.dry_run,
        )
    except appointment_import.ImportAborted as exc:
        report = exc.report
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
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(f'{path} is not UTF-8 (line {line}); in Excel save it as "CSV UTF-8"') from exc
