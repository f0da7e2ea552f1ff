"""`python -m bot appointment create|list|cancel`: appointments; the participant is told and reminded."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import Subcommands, UserError, local
from bot.models import Appointment, AppointmentKind, AppointmentStatus, Person
from bot.services import appointment_import, appointment_lists, appointments
from bot.services.appointment_import import KIND_HELP, MAX_NOTE, MAX_PLACE, parse_kind
from bot.services.appointments import AppointmentError
from bot.services.when import WhenError, parse_when
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    appointment = commands.add_parser("appointment", help="create, list and cancel appointments")
    actions = appointment.add_subparsers(dest="appointment_command", required=True, metavar="ACTION")
    new = actions.add_parser("create", help="a new appointment; the participant is told and reminded")
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
    upcoming = actions.add_parser("list", help="upcoming appointments, in local time")
    upcoming.add_argument("--participant", type=int, metavar="ID", help="only this participant's")
    drop = actions.add_parser("cancel", help="cancel an appointment; the participant is told")
    drop.add_argument("appointment_id", type=int, metavar="ID")


def _kind(text: str) -> AppointmentKind:
    kind = parse_kind(text)
    if kind is None:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r}; use {KIND_HELP}")
    return kind


async def run(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
    if args.appointment_command == "create":
        return await _create(session, settings, args, now)
    if args.appointment_command == "list":
        return await _list(session, args, now)
    return await _cancel(session, args, now)


async def _create(session: AsyncSession, settings: Settings, args: argparse.Namespace, now: datetime) -> int:
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
            no_answer_before=settings.no_answer_before,
        )
    except AppointmentError as exc:
        raise UserError(f"appointment not created: {exc.problem.value}") from exc
    reminders = await appointments.reminder_due_times(session, appointment)
    times = ", ".join(local(due.astimezone(zone), zone_name=False) for due in reminders)
    print(
        f"appointment {appointment.id}: {args.kind.value} for person {participant.id}"
        f" ({participant.display_name or '-'}) on {local(when.local)}"
    )
    print(f"reminders: {times or 'none (the appointment is too close)'}")
    return 0


async def _list(session: AsyncSession, args: argparse.Namespace, now: datetime) -> int:
    if args.participant is not None and await session.get(Person, args.participant) is None:
        raise UserError(f"no person {args.participant}")
    rows = await appointment_lists.list_upcoming(session, now=now, participant_id=args.participant)
    for appointment, person in rows:
        answer = appointment.answer.value if appointment.answer else "no answer yet"
        print(
            f"{appointment.id:>5}  {local(appointment.starts_at.astimezone(ZoneInfo(person.timezone)))}"
            f"  person {person.id} ({person.display_name or '-'})  {appointment.kind.value:<11}"
            f" {answer:<13} {appointment.place}"
        )
    if not rows:
        print("no upcoming appointments", file=sys.stderr)
    return 0


async def _cancel(session: AsyncSession, args: argparse.Namespace, now: datetime) -> int:
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
