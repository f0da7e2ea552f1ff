"""The command line: run the bot, the sandbox, migrations, invitations, exports, appointments."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import cli_translate, crypto, migrate
from bot.app import build_deps, configure_logging
from bot.crypto import DataKeyError
from bot.models import Appointment, AppointmentKind, AppointmentStatus, OutboxMessage, Person, Role
from bot.services.appointment_import import KIND_HELP, MAX_NOTE, MAX_PLACE, parse_kind
from bot.settings import MissingTokenError, Settings

log = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m bot",
        description="Begleiter: a Telegram companion for integration programmes.",
    )
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the bot (long polling; --webhook-url for webhooks)")
    run.add_argument("--webhook-url", help="public HTTPS URL Telegram should post updates to")
    run.add_argument(
        "--listen",
        default="0.0.0.0",  # noqa: S104  (webhooks must be reachable from outside)
        help="webhook: address to bind (default 0.0.0.0)",
    )
    run.add_argument("--port", type=int, default=8443, help="webhook: port to bind (default 8443)")
    run.add_argument("--no-migrate", action="store_true", help="do not upgrade the database first")

    sandbox = commands.add_parser(
        "sandbox", help="try the bot without Telegram: local Bot API server, demo people, web chat"
    )
    sandbox.add_argument("--port", type=int, default=8088, help="web chat and Bot API port (0 = any free)")
    sandbox.add_argument("--fresh", action="store_true", help="start from an empty sandbox database")

    commands.add_parser("keygen", help="print a new key for BEGLEITER_DATA_KEY (free text encryption)")
    cli_translate.add_parser(commands)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply all migrations (safe to repeat)")

    invite = commands.add_parser("invite", help="invitation links")
    invite_commands = invite.add_subparsers(dest="invite_command", required=True, metavar="ACTION")
    create = invite_commands.add_parser("create", help="create an invitation and print its deep link")
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument("--cohort", help="group name (created if new)")
    create.add_argument("--coach", type=int, help="the coach's person id (participants only)")
    create.add_argument("--days", type=int, help="days until it expires (default INVITE_TTL_DAYS, 14)")
    create.add_argument("--uses", type=int, default=1, help="how many people may use it (default 1)")
    create.add_argument("--qr", action="store_true", help="also draw the QR code in the terminal")
    listing = invite_commands.add_parser(
        "list", help="list invitations (not the links: only hashes are stored)"
    )
    listing.add_argument("--all", action="store_true", help="include used, expired and revoked ones")
    revoke = invite_commands.add_parser("revoke", help="withdraw an invitation")
    revoke.add_argument("invite_id", type=int)

    people = commands.add_parser("people", help="list people (id, role, status, cohort, coach)")
    people.add_argument("--role", choices=[role.value for role in Role])

    export = commands.add_parser("export", help="print one person's data as JSON (what /export sends)")
    export.add_argument("person_id", type=int)

    appointment = commands.add_parser("appointment", help="create, list and cancel appointments")
    appointment_commands = appointment.add_subparsers(
        dest="appointment_command", required=True, metavar="ACTION"
    )
    new = appointment_commands.add_parser(
        "create", help="a new appointment; the participant is told and reminded"
    )
    new.add_argument("--participant", type=int, required=True, metavar="ID", help="the participant's id")
    new.add_argument(
        "--at",
        required=True,
        metavar="WHEN",
        help='date and time in the participant\'s time zone, e.g. "24.12.2026 09:30" or "2026-12-24 09:30"',
    )
    new.add_argument("--kind", type=_kind, required=True, metavar="KIND", help=KIND_HELP)
    new.add_argument("--place", default="", help=f"where (at most {MAX_PLACE} characters)")
    new.add_argument("--note", default="", help=f"a note for the participant (at most {MAX_NOTE} characters)")
    upcoming = appointment_commands.add_parser("list", help="upcoming appointments, in local time")
    upcoming.add_argument("--participant", type=int, metavar="ID", help="only this participant's")
    drop = appointment_commands.add_parser("cancel", help="cancel an appointment; the participant is told")
    drop.add_argument("appointment_id", type=int, metavar="ID")

    bulk = commands.add_parser("import", help="import data from files (appointments from CSV)")
    bulk_commands = bulk.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    from_csv = bulk_commands.add_parser(
        "appointments",
        help="appointments from a CSV file, all or nothing",
        description="Columns: participant_id,date,time,kind[,place,note]; comma or semicolon separated;"
        " UTF-8. Every row is checked first; if any row has a problem nothing is imported.",
    )
    from_csv.add_argument("file", metavar="FILE.csv")
    from_csv.add_argument("--dry-run", action="store_true", help="only check and show; change nothing")
    return root


def _kind(text: str) -> AppointmentKind:
    kind = parse_kind(text)
    if kind is None:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r}; use {KIND_HELP}")
    return kind


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"configuration error: {error['loc'][0]}: {error['msg']}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    if args.command == "keygen":
        print(crypto.generate_key())
        return 0
    try:
        if args.command == "run":
            return _run(settings, args)
        if args.command == "sandbox":
            from devtools.sandbox import run_sandbox

            return run_sandbox(port=args.port, fresh=args.fresh)
        if args.command == "translate":  # models on disk, no database
            return cli_translate.run(settings, args)
        if args.command == "db":
            migrate.upgrade(settings.database_url)
            print("database is up to date")
            return 0
        # Commands that touch the database bring it up to date first (idempotent, fast).
        migrate.upgrade(settings.database_url)
        return asyncio.run(_database_command(settings, args))
    except (MissingTokenError, DataKeyError) as exc:
        print(exc, file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (OSError, SQLAlchemyError) as exc:
        print(f"error: the database at DATABASE_URL is not usable: {type(exc).__name__}", file=sys.stderr)
        return 1


class UserError(Exception):
    """A mistake on the command line: one line, no traceback."""


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_application

    settings.require_token()
    settings.require_data_key()
    if not args.no_migrate:
        migrate.upgrade(settings.database_url)
    application = build_application(settings)
    if args.webhook_url:
        application.run_webhook(
            listen=args.listen, port=args.port, webhook_url=args.webhook_url, url_path="telegram"
        )
    else:
        application.run_polling()
    return 0


async def _database_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.services import invites, privacy

    deps = build_deps(settings)
    try:
        async with deps.sessionmaker.begin() as session:
            now = deps.clock.now()
            if args.command == "invite" and args.invite_command == "create":
                role = Role(args.role)
                cohort = (
                    await invites.get_or_create_cohort(session, args.cohort, now=now) if args.cohort else None
                )
                coach = None
                if args.coach is not None:
                    coach = await session.get(Person, args.coach)
                    if coach is None or coach.role is not Role.COACH:
                        raise UserError(
                            f"person {args.coach} is not a coach (see: python -m bot people --role coach)"
                        )
                if coach is not None and role is not Role.PARTICIPANT:
                    raise UserError("--coach is only for participant invitations")
                days = args.days or settings.invite_ttl_days
                if not 1 <= days <= 365:
                    raise UserError("--days must be between 1 and 365")
                try:
                    created = await invites.create_invite(
                        session,
                        now=now,
                        role=role,
                        actor=None,
                        ttl=timedelta(days=days),
                        cohort=cohort,
                        coach=coach,
                        max_uses=args.uses,
                    )
                except ValueError as exc:
                    raise UserError(str(exc)) from exc
                username = settings.telegram_bot_username or await _ask_username(settings)
                link = invites.deep_link(username or "<bot-username>", created.token)
                print(link)
                print(
                    f"invite {created.invite.id}: {role.value},"
                    f" expires {created.invite.expires_at:%Y-%m-%d %H:%M} UTC, {args.uses} use(s)",
                    file=sys.stderr,
                )
                if not username:
                    print("(set TELEGRAM_BOT_USERNAME to print the full link)", file=sys.stderr)
                if args.qr:
                    from bot import qr

                    print(qr.terminal(link))
                return 0
            if args.command == "invite" and args.invite_command == "list":
                for invite in await invites.list_invites(session, now=now, include_closed=args.all):
                    print(
                        f"{invite.id:>5}  {invite.token_hint}…  {invite.role.value:<11}"
                        f" {invites.invite_state(invite, now):<8} uses {invite.uses}/{invite.max_uses}"
                        f"  expires {invite.expires_at:%Y-%m-%d %H:%M} UTC"
                    )
                return 0
            if args.command == "invite" and args.invite_command == "revoke":
                if await invites.revoke_invite(session, args.invite_id, now=now, actor=None) is None:
                    raise UserError(f"no invite {args.invite_id}")
                print(f"invite {args.invite_id} revoked")
                return 0
            if args.command == "people":
                query = select(Person).order_by(Person.id)
                if args.role:
                    query = query.where(Person.role == Role(args.role))
                for person in await session.scalars(query):
                    print(
                        f"{person.id:>5}  {person.role.value:<11} {person.status.value:<10}"
                        f" cohort {person.cohort_id or '-'}  coach {person.coach_id or '-'}"
                        f"  {person.display_name or ''}"
                    )
                return 0
            if args.command in ("appointment", "import"):
                return await _appointment_command(session, settings, args, now)
            if args.command == "export":
                subject = await session.get(Person, args.person_id)
                if subject is None:
                    raise UserError(f"no person {args.person_id}")
                data = await privacy.export_person(session, subject, now=now)
                from bot.services import audit

                audit.record(session, at=now, action="person.export", actor=None, subject_id=subject.id)
                print(json.dumps(data, ensure_ascii=False, indent=2))
                return 0
    finally:
        await deps.engine.dispose()
    raise UserError("unknown command")


async def _appointment_command(
    session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime
) -> int:
    from bot.services import appointment_import, appointments
    from bot.services.appointments import AppointmentError
    from bot.services.when import WhenError, parse_when

    if args.command == "import":
        text = _read_csv(args.file)
        try:
            report = await appointment_import.import_appointments(
                session,
                text,
                now=now,
                fallback_zone=settings.zone,
                reminders=settings.reminder_offsets,
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
                    f"line {row.line}: person {row.participant_id}, {_local(row.local)}, {row.kind.value}"
                    + (f", {row.place}" if row.place else "")
                )
            print(f"dry run: {len(report.rows)} appointment(s) would be imported; nothing was changed")
            return 0
        print(f"imported {report.imported} appointment(s) from {args.file}")
        return 0

    if args.appointment_command == "create":
        participant = await session.get(Person, args.participant)
        refusal = appointment_import.participant_problem(participant, args.participant)
        if refusal or participant is None:
            raise UserError(f"{refusal} (see: python -m bot people --role participant)")
        zone = ZoneInfo(participant.timezone)
        try:
            when = parse_when(args.at, now=now, zone=zone)
        except WhenError as exc:
            raise UserError(f"--at {args.at!r}: {appointment_import.explain_when(exc)}") from exc
        place, note = args.place.strip(), args.note.strip()
        for name, value, limit, multiline in (
            ("--place", place, MAX_PLACE, False),
            ("--note", note, MAX_NOTE, True),
        ):
            refusal = appointment_import.text_problem(name, value, limit, multiline=multiline)
            if refusal:
                raise UserError(refusal)
        try:
            appointment = await appointments.create(
                session,
                actor=None,
                participant=participant,
                kind=args.kind,
                starts_at=when.utc,
                place=place,
                note=note,
                now=now,
                reminders=settings.reminder_offsets(args.kind.value),
            )
        except AppointmentError as exc:
            raise UserError(f"appointment not created: {exc.problem.value}") from exc
        reminders = await session.scalars(
            select(OutboxMessage.due_at)
            .where(
                OutboxMessage.kind == "appointment.reminder",
                OutboxMessage.dedupe_key.startswith(f"apt:{appointment.id}:", autoescape=True),
            )
            .order_by(OutboxMessage.due_at)
        )
        times = ", ".join(_local(due.astimezone(zone), zone_name=False) for due in reminders)
        print(
            f"appointment {appointment.id}: {args.kind.value} for person {participant.id}"
            f" ({participant.display_name or '-'}) on {_local(when.local)}"
        )
        print(f"reminders: {times or 'none (the appointment is too close)'}")
        return 0

    if args.appointment_command == "list":
        query = (
            select(Appointment, Person)
            .join(Person, Person.id == Appointment.participant_id)
            .where(Appointment.status == AppointmentStatus.SCHEDULED, Appointment.starts_at > now)
            .order_by(Appointment.starts_at, Appointment.id)
        )
        if args.participant is not None:
            if await session.get(Person, args.participant) is None:
                raise UserError(f"no person {args.participant}")
            query = query.where(Appointment.participant_id == args.participant)
        rows = (await session.execute(query)).all()
        for appointment, person in rows:
            answer = appointment.answer.value if appointment.answer else "no answer yet"
            print(
                f"{appointment.id:>5}  {_local(appointment.starts_at.astimezone(ZoneInfo(person.timezone)))}"
                f"  person {person.id} ({person.display_name or '-'})  {appointment.kind.value:<11}"
                f" {answer:<13} {appointment.place}"
            )
        if not rows:
            print("no upcoming appointments", file=sys.stderr)
        return 0

    if args.appointment_command == "cancel":
        found = await session.get(Appointment, args.appointment_id)
        if found is None:
            raise UserError(f"no appointment {args.appointment_id}")
        if found.status is not AppointmentStatus.SCHEDULED:
            raise UserError(f"appointment {found.id} is already {found.status.value}")
        try:
            await appointments.cancel(session, found, actor=None, now=now)
        except AppointmentError as exc:
            raise UserError(f"appointment {found.id} not cancelled: {exc.problem.value}") from exc
        told = "; the participant is told" if found.starts_at > now else ""
        print(f"appointment {found.id} cancelled{told}")
        return 0
    raise UserError("unknown command")


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


def _local(moment: datetime, *, zone_name: bool = True) -> str:
    text = f"{moment:%d.%m.%Y %H:%M}"
    return f"{text} ({moment.tzinfo})" if zone_name else text


async def _ask_username(settings: Settings) -> str | None:
    from telegram import Bot
    from telegram.error import TelegramError

    try:
        token = settings.require_token()
    except MissingTokenError:
        return None
    try:
        async with Bot(token, base_url=settings.telegram_api_base_url) as bot:
            return bot.username
    except (TelegramError, OSError) as exc:
        log.warning("could not ask the Bot API for the bot's username: %s", type(exc).__name__)
        return None
