"""`python -m bot export ID`: one person's data as JSON, as /export sends it."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands, UserError
from bot.models import Person
from bot.services import audit, privacy
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    export = commands.add_parser("export", help="print one person's data as JSON (what /export sends)")
    export.add_argument("person_id", type=int)


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    subject = await session.get(Person, args.person_id)
    if subject is None:
        raise UserError(f"no person {args.person_id}")
    data = await privacy.export_person(session, subject, now=now)
    audit.record(session, at=now, action="person.export", actor=None, subject_id=subject.id)
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0
