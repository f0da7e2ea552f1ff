"""`python -m bot people`: who is there, with ids for the other commands."""

from __future__ import annotations

import argparse
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands
from bot.models import Role
from bot.services.people import list_people
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    people = commands.add_parser("people", help="list people (id, role, status, cohort, coach)")
    people.add_argument("--role", choices=[role.value for role in Role])


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    for person in await list_people(session, Role(args.role) if args.role else None):
        print(
            f"{person.id:>5}  {person.role.value:<11} {person.status.value:<10}"
            f" cohort {person.cohort_id or '-'}  coach {person.coach_id or '-'}"
            f"  {person.display_name or ''}"
        )
    return 0
