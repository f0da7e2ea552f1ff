"""`python -m bot mentor link|unlink|list`: which participants a mentor is linked to, for scripts
(the chat equivalent is "Mentor zuordnen" on a participant's card for staff)."""

from __future__ import annotations

import argparse
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands, UserError
from bot.services import mentors
from bot.services.mentors import LinkError
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    group = commands.add_parser("mentor", help="link mentors (volunteers) to participants")
    actions = group.add_subparsers(dest="mentor_command", required=True, metavar="ACTION")
    for name, text in (
        ("link", "let a mentor see a participant's name and appointments and write to her"),
        ("unlink", "take that away again"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("mentor_id", type=int)
        action.add_argument("participant_id", type=int)
    actions.add_parser("list", help="every active mentor with the participants linked to her")


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    command = args.mentor_command
    if command == "list":
        for mentor in await mentors.active_mentors(session):
            linked = await mentors.linked_ids(session, mentor.id)
            print(f"{mentor.id:>5}  participants {' '.join(map(str, linked)) or '-'}")
        return 0
    change = mentors.link if command == "link" else mentors.unlink
    try:
        changed = await change(session, args.mentor_id, args.participant_id, actor=None, now=now)
    except LinkError as exc:
        raise UserError(f"mentor: {exc.problem.value}") from None
    pair = f"mentor {args.mentor_id} and participant {args.participant_id}"
    if command == "link":
        print(f"{pair} linked" if changed else f"{pair} were linked already")
    else:
        print(f"{pair} unlinked" if changed else f"{pair} were not linked")
    return 0
