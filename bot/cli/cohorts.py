"""`python -m bot cohorts list|create|rename|archive|restore|checkin|move` and `python -m bot
reassign`: the command-line equivalents of /cohorts and of "another coach" for scripts.
(A cohort's invitation link: `python -m bot invite create --role participant --cohort NAME --uses 30`.)"""

from __future__ import annotations

import argparse
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands, UserError
from bot.services import cohorts, reassign
from bot.services.cohorts import CohortError
from bot.settings import Settings

DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def add_parser(commands: Subcommands) -> None:
    group = commands.add_parser("cohorts", help="groups of participants (cohorts)")
    actions = group.add_subparsers(dest="cohorts_command", required=True, metavar="ACTION")
    actions.add_parser("list", help="every cohort with its participants and check-in time")
    create = actions.add_parser("create", help="a new cohort")
    create.add_argument("name")
    rename = actions.add_parser("rename", help="give a cohort another name")
    rename.add_argument("cohort_id", type=int)
    rename.add_argument("name")
    for name, text in (
        ("archive", "no longer offer a cohort (its people stay)"),
        ("restore", "offer it again"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("cohort_id", type=int)
    checkin = actions.add_parser("checkin", help="the weekly check-in's day and time (local), or --default")
    checkin.add_argument("cohort_id", type=int)
    checkin.add_argument("--day", choices=DAYS)
    checkin.add_argument("--time", help="HH:MM")
    checkin.add_argument("--default", action="store_true", help="back to the default schedule")
    move = actions.add_parser("move", help="put a participant into another cohort (her coach stays)")
    move.add_argument("person_id", type=int)
    move.add_argument("cohort_id", type=int, help="0: into no cohort")

    other = commands.add_parser(
        "reassign", help="give a participant another coach (her open alerts go along)"
    )
    other.add_argument("person_id", type=int)
    other.add_argument("coach_id", type=int)


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    try:
        return await _run(session, args, now)
    except CohortError as exc:
        raise UserError(f"cohort: {exc.problem.value}") from None


async def _run(session: AsyncSession, args: argparse.Namespace, now: datetime) -> int:
    command = args.cohorts_command
    if command == "list":
        for c in await cohorts.list_cohorts(session):
            when = "default"
            if c.checkin_weekday is not None and c.checkin_time is not None:
                when = f"{DAYS[c.checkin_weekday]} {c.checkin_time:%H:%M}"
            state = "archived" if c.archived else "open"
            print(f"{c.id:>5}  {c.name:<30} {state:<8} participants {c.members:>4}  check-in {when}")
        return 0
    if command == "create":
        made = await cohorts.create(session, args.name, actor=None, now=now)
        print(f"cohort {made.id} created")
    elif command == "rename":
        await cohorts.rename(session, args.cohort_id, args.name, actor=None, now=now)
        print(f"cohort {args.cohort_id} renamed")
    elif command in ("archive", "restore"):
        await cohorts.archive(session, args.cohort_id, actor=None, now=now, archived=command == "archive")
        print(f"cohort {args.cohort_id} {command}d")
    elif command == "checkin":
        await _checkin(session, args, now)
    else:
        moved = await cohorts.move(session, args.person_id, args.cohort_id or None, actor=None, now=now)
        if moved is None:
            raise UserError(f"person {args.person_id} is no active participant")
        print(f"person {args.person_id} moved; her coach stays")
    return 0


async def _checkin(session: AsyncSession, args: argparse.Namespace, now: datetime) -> None:
    if args.default:
        await cohorts.set_checkin_time(session, args.cohort_id, None, None, actor=None, now=now)
        print(f"cohort {args.cohort_id}: default check-in schedule")
        return
    if args.day is None or args.time is None:
        raise UserError("give --day and --time, or --default")
    try:
        moment = time.fromisoformat(args.time)
    except ValueError:
        raise UserError("--time is HH:MM") from None
    await cohorts.set_checkin_time(session, args.cohort_id, DAYS.index(args.day), moment, actor=None, now=now)
    print(f"cohort {args.cohort_id}: check-in {args.day} {moment:%H:%M}")


async def run_reassign(
    session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime
) -> int:
    done = await reassign.reassign(session, args.person_id, args.coach_id, actor=None, now=now)
    if done is None:
        raise UserError("no such active participant, or no such active coach")
    if done.same:
        print(f"person {args.person_id} has that coach already")
    else:
        print(
            f"person {args.person_id} reassigned; open alerts moved: {done.alerts_moved}; both coaches told"
        )
    return 0
