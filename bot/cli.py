"""The command line: run the bot, the sandbox, migrations, invitations, exports."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from datetime import timedelta

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from bot import migrate
from bot.app import build_deps, configure_logging
from bot.models import Person, Role
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
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"configuration error: {error['loc'][0]}: {error['msg']}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    try:
        if args.command == "run":
            return _run(settings, args)
        if args.command == "sandbox":
            from bot.sandbox import run_sandbox

            return run_sandbox(port=args.port, fresh=args.fresh)
        if args.command == "db":
            migrate.upgrade(settings.database_url)
            print("database is up to date")
            return 0
        # Commands that touch the database bring it up to date first (idempotent, fast).
        migrate.upgrade(settings.database_url)
        return asyncio.run(_database_command(settings, args))
    except MissingTokenError as exc:
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
