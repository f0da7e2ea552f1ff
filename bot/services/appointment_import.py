"""Appointments from a CSV file (as exported by a spreadsheet), all or nothing.

The file has a header line naming the columns participant_id, date, time, kind and optionally place
and note, in any order; comma, semicolon (German Excel) or tab separated; UTF-8 with or without BOM.
Every row is checked before anything is written. If any row has a problem, every problem is
reported with its line number in the file (the header is line 1) and nothing is imported. Otherwise
all rows are created in the caller's transaction: a failure while writing raises ImportAborted, so
the caller's transaction rolls back and the import stays all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Appointment, AppointmentKind, AppointmentStatus, Person, PersonStatus, Role
from bot.services import appointments, audit
from bot.services.appointments import DEFAULT_NO_ANSWER_BEFORE, DEFAULT_REMINDERS, AppointmentError
from bot.services.when import WhenError, parse_when
from bot.text import text_problem as text_problem  # moved to bot/text.py; kept here for callers

REQUIRED_COLUMNS = ("participant_id", "date", "time", "kind")
OPTIONAL_COLUMNS = ("place", "note")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MAX_PLACE = 200  # the column sizes of Appointment.place and .note
MAX_NOTE = 500
_MAX_ID = 2**31 - 1  # people.id is a 32-bit integer; larger numbers cannot be anyone
_LOOKUP_CHUNK = 500  # ids per IN (...) query, well below every engine's parameter limit

# German names as coaches write them in a spreadsheet (and the chat's labels), besides the values.
GERMAN_KINDS: dict[str, AppointmentKind] = {
    "beratung": AppointmentKind.COACHING,
    "jobcenter": AppointmentKind.JOB_CENTRE,
    "kurs": AppointmentKind.COURSE,
    "praktikum": AppointmentKind.INTERNSHIP,
    "behörde": AppointmentKind.AUTHORITY,
    "behoerde": AppointmentKind.AUTHORITY,
    "arzt": AppointmentKind.DOCTOR,
    "ärztin": AppointmentKind.DOCTOR,
    "aerztin": AppointmentKind.DOCTOR,
    "arzt_oder_ärztin": AppointmentKind.DOCTOR,
    "sonstiges": AppointmentKind.OTHER,
    "termin": AppointmentKind.OTHER,
}
_KINDS = {kind.value: kind for kind in AppointmentKind} | GERMAN_KINDS
KIND_HELP = (
    ", ".join(kind.value for kind in AppointmentKind)
    + "; or German: Beratung, Jobcenter, Kurs, Praktikum, Behörde, Arzt, Sonstiges"
)

WHEN_PROBLEMS = {
    "empty": "no date and time given",
    "no-date": "no date found (e.g. 24.12.2026 or 2026-12-24)",
    "no-time": "no time of day found (e.g. 09:30)",
    "bad-date": "not a valid date",
    "bad-time": "not a valid time of day (or skipped by the change to summer time)",
    "past": "in the past",
    "too-far": "more than a year ahead",
    "ambiguous": "can be read in more than one way; write e.g. 24.12.2026 09:30",
}
_SECONDS = re.compile(r"(\d{1,2}:\d{2}):00")  # spreadsheets like to write 09:30:00


def parse_kind(text: str) -> AppointmentKind | None:
    """ "job_centre", "Job Centre", "Jobcenter", "BEHÖRDE" ... -> the kind; None if unknown."""
    key = unicodedata.normalize("NFC", text).strip().casefold().replace("-", "_").replace(" ", "_")
    return _KINDS.get(key)


def explain_when(error: WhenError) -> str:
    """A one-line English explanation of a parse_when failure, ending with its reason code."""
    return f"{WHEN_PROBLEMS.get(error.reason, 'not understood')} ({error.reason})"


def participant_problem(person: Person | None, person_id: int) -> str | None:
    """Why `person` (looked up by `person_id`) cannot be given appointments, or None if they can."""
    if person is None or person.status is PersonStatus.DELETED:
        return f"no person {person_id}"
    if person.role is not Role.PARTICIPANT:
        return f"person {person_id} is a {person.role.value}, not a participant"
    if person.status is not PersonStatus.ACTIVE:
        return f"person {person_id} is not active ({person.status.value})"
    return None


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: the file as a whole (e.g. empty)
    text: str

    def __str__(self) -> str:
        return self.text if self.line is None else f"line {self.line}: {self.text}"


@dataclass(frozen=True)
class Row:
    """A row that passed every check: what will be (or was) created."""

    line: int
    participant_id: int
    kind: AppointmentKind
    local: datetime  # aware, in the participant's time zone
    starts_at: datetime  # the same instant in UTC
    place: str
    note: str


@dataclass
class ImportReport:
    rows: list[Row] = field(default_factory=list)  # the rows without problems
    errors: list[Problem] = field(default_factory=list)  # every problem; non-empty means nothing imported
    appointment_ids: list[int] = field(default_factory=list)  # what was created (empty on a dry run)
    dry_run: bool = False
    delimiter: str = ","

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def imported(self) -> int:
        return len(self.appointment_ids)


class ImportAborted(Exception):
    """Writing failed after every row had passed; the caller must roll its transaction back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("; ".join(str(problem) for problem in report.errors))
        self.report = report


Reminders = Callable[[str], Sequence[timedelta]]


async def import_appointments(
    session: AsyncSession,
    text: str,
    *,
    now: datetime,
    fallback_zone: ZoneInfo,
    reminders: Reminders = lambda kind: DEFAULT_REMINDERS,
    no_answer_before: timedelta = DEFAULT_NO_ANSWER_BEFORE,
    dry_run: bool = False,
) -> ImportReport:
    """Check every row of the CSV `text`; unless there was a problem or `dry_run`, create them all.

    `reminders` gives the reminder offsets for a kind's value (Settings.reminder_offsets).
    `fallback_zone` reads the times of rows whose participant is unknown, so their time problems
    are reported too.
    """
    report = await check(session, text, now=now, fallback_zone=fallback_zone)
    report.dry_run = dry_run
    if not report.ok or dry_run:
        return report
    participants = await _people(session, [row.participant_id for row in report.rows])
    for row in report.rows:
        try:
            appointment = await appointments.create(
                session,
                actor=None,
                participant=participants[row.participant_id],
                kind=row.kind,
                starts_at=row.starts_at,
                place=row.place,
                note=row.note,
                now=now,
                reminders=reminders(row.kind.value),
                no_answer_before=no_answer_before,
            )
        except AppointmentError as error:  # the rows were checked; only a bug or a race gets here
            report.errors.append(Problem(row.line, f"could not be created ({error.problem.value})"))
            report.appointment_ids.clear()
            raise ImportAborted(report) from error
        report.appointment_ids.append(appointment.id)
    audit.record(
        session,
        at=now,
        action="appointment.import",
        actor=None,
        details={"count": report.imported, "first_id": report.appointment_ids[0]},
    )
    return report


async def check(session: AsyncSession, text: str, *, now: datetime, fallback_zone: ZoneInfo) -> ImportReport:
    """Every problem of every row, and the rows without problems; writes nothing."""
    report = ImportReport()
    text = text.removeprefix("\ufeff")
    empty = Problem(None, f"the file is empty (expected a header line: {','.join(COLUMNS)})")
    if not any(_has_content(line) for line in text.splitlines()):  # also ";;;;;" lines only
        report.errors.append(empty)
        return report
    report.delimiter = _delimiter(text)
    try:
        records = list(_records(text, report.delimiter))
    except csv.Error as exc:
        report.errors.append(Problem(None, f"not a readable CSV file: {exc}"))
        return report
    if not records:  # e.g. only blank-looking control characters
        report.errors.append(empty)
        return report
    header_line, header = records[0]
    columns, header_problems = _columns(header)
    if header_problems:
        report.errors.extend(Problem(header_line, problem) for problem in header_problems)
        return report
    body = records[1:]
    if not body:
        report.errors.append(Problem(None, "no appointments in the file (only the header line)"))
        return report

    ids = {_person_id(cells[columns["participant_id"]]) for _, cells in body if len(cells) == len(columns)}
    people = await _people(session, [person_id for person_id in ids if person_id is not None])
    existing = await _existing(session, people.values(), now)
    seen: dict[tuple[object, ...], int] = {}
    for line, cells in body:
        problems, row = _check_row(line, cells, columns, people, now, fallback_zone)
        if row is not None:
            key = (row.participant_id, row.starts_at, row.kind, row.place, row.note)
            if key in seen:
                problems.append(f"same appointment as line {seen[key]}")
            else:
                seen[key] = line
            same = existing.get((row.participant_id, row.starts_at, row.kind))
            if same is not None:
                problems.append(
                    f"person {row.participant_id} already has this appointment"
                    f" at {row.local:%d.%m.%Y %H:%M} (appointment {same})"
                )
        if problems:
            report.errors.extend(Problem(line, problem) for problem in problems)
        elif row is not None:
            report.rows.append(row)
    return report


def _delimiter(text: str) -> str:
    """The header line tells: German Excel writes semicolons, most other programs commas."""
    header = next(line for line in text.splitlines() if _has_content(line))
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def _has_content(line: str) -> bool:
    return bool(line.strip(' \t,;"'))


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """(line where the record starts, its cells); blank lines and rows of empty cells are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    consumed = 0
    for cells in reader:
        line, consumed = consumed + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            yield line, cells


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    names = [unicodedata.normalize("NFC", name).strip().casefold().replace(" ", "_") for name in header]
    problems = [
        f"unknown column {name!r} (expected {','.join(COLUMNS)})" for name in names if name not in COLUMNS
    ]
    problems += [f"column {name!r} appears twice" for name in dict.fromkeys(names) if names.count(name) > 1]
    problems += [f"missing column {name!r}" for name in REQUIRED_COLUMNS if name not in names]
    return {name: index for index, name in enumerate(names)}, problems


def _person_id(cell: str) -> int | None:
    cell = cell.strip()
    # ASCII digits only: int() would also take other scripts' digits and "+5".
    if not re.fullmatch(r"[0-9]{1,10}", cell) or not 0 < int(cell) <= _MAX_ID:
        return None
    return int(cell)


def _check_row(
    line: int,
    cells: list[str],
    columns: dict[str, int],
    people: dict[int, Person],
    now: datetime,
    fallback_zone: ZoneInfo,
) -> tuple[list[str], Row | None]:
    if len(cells) != len(columns):
        hint = (
            " (a value with a comma or semicolon must be in double quotes)"
            if len(cells) > len(columns)
            else ""
        )
        return [f"{len(cells)} values, expected {len(columns)}{hint}"], None
    value = {name: cells[index].strip() for name, index in columns.items()}
    problems: list[str] = []

    raw_id = value["participant_id"]
    person_id = _person_id(raw_id)
    person: Person | None = None
    if not raw_id:
        problems.append("participant_id is empty")
    elif person_id is None:
        problems.append(f"participant_id {raw_id!r} is not a person id")
    else:
        person = people.get(person_id)
        problem = participant_problem(person, person_id)
        if problem:
            problems.append(problem)
            person = None

    local: datetime | None = None
    utc: datetime | None = None
    day, clock = value["date"], _SECONDS.sub(r"\1", value["time"])
    if not day:
        problems.append("date is empty")
    if not clock:
        problems.append("time is empty")
    if day and clock:
        zone = ZoneInfo(person.timezone) if person else fallback_zone
        try:
            parsed = parse_when(f"{day} {clock}", now=now, zone=zone)
        except WhenError as error:
            problems.append(f"date and time {day + ' ' + clock!r}: {explain_when(error)}")
        else:
            local, utc = parsed.local, parsed.utc

    kind = parse_kind(value["kind"])
    if not value["kind"]:
        problems.append(f"kind is empty (use {KIND_HELP})")
    elif kind is None:
        problems.append(f"unknown kind {value['kind']!r} (use {KIND_HELP})")

    place, note = value.get("place", ""), value.get("note", "")
    for problem in (
        text_problem("place", place, MAX_PLACE, multiline=False),
        text_problem("note", note, MAX_NOTE, multiline=True),
    ):
        if problem:
            problems.append(problem)

    if problems or person_id is None or kind is None or local is None or utc is None:
        return problems, None
    return [], Row(line, person_id, kind, local, utc, place, note)


async def _people(session: AsyncSession, ids: Sequence[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), _LOOKUP_CHUNK):
        chunk = unique[start : start + _LOOKUP_CHUNK]
        found |= {
            person.id: person for person in await session.scalars(select(Person).where(Person.id.in_(chunk)))
        }
    return found


async def _existing(
    session: AsyncSession, participants: Iterable[Person], now: datetime
) -> dict[tuple[int, datetime, AppointmentKind], int]:
    """Scheduled future appointments of these people: importing a file twice must not double them."""
    ids = sorted(person.id for person in participants if person.role is Role.PARTICIPANT)
    existing: dict[tuple[int, datetime, AppointmentKind], int] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        query = select(Appointment).where(
            Appointment.participant_id.in_(ids[start : start + _LOOKUP_CHUNK]),
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.starts_at > now,
        )
        for appointment in await session.scalars(query):
            existing[(appointment.participant_id, appointment.starts_at, appointment.kind)] = appointment.id
    return existing
