"""`python -m bot invite create|list|revoke`: invitation links."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands, UserError
from bot.models import Person, Role
from bot.services import invites
from bot.settings import MissingTokenError, Settings

log = logging.getLogger(__name__)


def add_parser(commands: Subcommands) -> None:
    invite = commands.add_parser("invite", help="invitation links")
    actions = invite.add_subparsers(dest="invite_command", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="create an invitation and print its deep link")
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument("--cohort", help="group name (created if new)")
    create.add_argument("--coach", type=int, help="the coach's person id (participants only)")
    create.add_argument("--days", type=int, help="days until it expires (default INVITE_TTL_DAYS, 14)")
    create.add_argument("--uses", type=int, default=1, help="how many people may use it (default 1)")
    create.add_argument("--qr", action="store_true", help="also draw the QR code in the terminal")
    listing = actions.add_parser("list", help="list invitations (not the links: only hashes are stored)")
    listing.add_argument("--all", action="store_true", help="include used, expired and revoked ones")
    revoke = actions.add_parser("revoke", help="withdraw an invitation")
    revoke.add_argument("invite_id", type=int)


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    if args.invite_command == "create":
        return await _create(session, settings, args, now)
    if args.invite_command == "list":
        for invite in await invites.list_invites(session, now=now, include_closed=args.all):
            print(
                f"{invite.id:>5}  {invite.token_hint}…  {invite.role.value:<11}"
                f" {invites.invite_state(invite, now):<8} uses {invite.uses}/{invite.max_uses}"
                f"  expires {invite.expires_at:%Y-%m-%d %H:%M} UTC"
            )
        return 0
    if await invites.revoke_invite(session, args.invite_id, now=now, actor=None) is None:
        raise UserError(f"no invite {args.invite_id}")
    print(f"invite {args.invite_id} revoked")
    return 0


async def _create(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    role = Role(args.role)
    cohort = await invites.get_or_create_cohort(session, args.cohort, now=now) if args.cohort else None
    coach = None
    if args.coach is not None:
        coach = await session.get(Person, args.coach)
        if coach is None or coach.role is not Role.COACH:
            raise UserError(f"person {args.coach} is not a coach (see: python -m bot people --role coach)")
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
