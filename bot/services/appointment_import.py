"""Appointments from a CSV file (as exported by a spreadsheet), all or nothing.

The file has a header line naming the columns participant_id, date, time, kind and optionally place
and note, in any order; comma, semicolon (German Excel) or tab separated; UTF-8 with or without BOM.
Every row is checked before anything is written. If any row has a problem, every problem is
reported with its line number in the file (the header is line 1) and nothing is imported.

Writing 10,000 rows in one transaction held SQLite's only write lock for over a minute, and every
update of the running bot failed with "database is locked" meanwhile. So the rows are written in
short transactions of BATCH_ROWS, each a few bulk statements, and made visible at the end:

- staging: a batch writes its appointments as IMPORTING (no list, reminder or renderer looks at
  them) and their outbox rows HELD (outbox.HELD: the dispatcher does not claim them);
- publishing: one last short transaction turns them all SCHEDULED and releases the held rows,
  so coaches, lists and participants see the whole import at one moment, or nothing of it;
- undoing: if anything fails after the first batch, the staged rows are deleted again (a
  compensating delete, not a rollback). Rows left by an import that died (killed, power lost)
  are invisible anyway and are deleted by the next import (STALE_AFTER).

The publishing transaction is the one that grows with the file: about 0.5 s for 10,000 rows,
several seconds for 100,000 on SQLite; a bot update that meets it waits (busy_timeout) and is
tried again (bot.db.retry_when_busy) rather than failing. `benchmarks/csv_import.py` measures.

Why not a staging table copied over at the end? The copy would be the long transaction again.
Why not flip the outbox rows' status? Their status is in the dispatcher's index: flipping it
for 40,000 rows cost as much as writing them (seconds under the lock), while the appointments'
status and the outbox rows' attempts are in no index and flip in a fraction of that.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import retry_when_busy
from bot.kinds import Kind
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    OutboxMessage,
    Person,
    PersonStatus,
    Role,
)
from bot.services import audit, outbox
from bot.services.appointments import DEFAULT_NO_ANSWER_BEFORE, DEFAULT_REMINDERS, planned_messages
from bot.services.when import WhenError, parse_when
from bot.spreadsheet import formula_start
from bot.text import text_problem as text_problem  # moved to bot/text.py; kept here for callers

REQUIRED_COLUMNS = ("participant_id", "date", "time", "kind")
OPTIONAL_COLUMNS = ("place", "note")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MAX_PLACE = 200  # the column sizes of Appointment.place and .note
MAX_NOTE = 500
_MAX_ID = 2**31 - 1  # people.id is a 32-bit integer; larger numbers cannot be anyone
_LOOKUP_CHUNK = 500  # ids per IN (...) query, well below every engine's parameter limit
BATCH_ROWS = 500  # appointments per write transaction: SQLite's write lock is held this long
STALE_AFTER = timedelta(hours=1)  # staged rows this old belong to an import that died

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


def formula_problem(name: str, value: str) -> str | None:
    """A cell a spreadsheet would run as a formula is refused: stored, it could reach a CSV
    file someone opens later (bot.spreadsheet)."""
    start = formula_start(value)
    if start is None:
        return None
    return f"{name} starts with {start!r}, which a spreadsheet runs as a formula (begin it with a word)"


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
    """Writing failed after every row had passed; what was written is deleted again."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("; ".join(str(problem) for problem in report.errors))
        self.report = report


class NotUtf8(Exception):
    """The file's bytes are no UTF-8 text; `line` is where the first bad byte is."""

    def __init__(self, line: int, utf16: bool) -> None:
        super().__init__(f"not UTF-8 (line {line})")
        self.line = line
        self.utf16 = utf16


Reminders = Callable[[str], Sequence[timedelta]]
# Awaited after each committed batch with (rows written so far, rows in all).
Progress = Callable[[int, int], Awaitable[None]]


def decode(data: bytes) -> str:
    """The file as text: UTF-8, a BOM (Excel's "CSV UTF-8") is dropped; NotUtf8 otherwise.
    UTF-16 without a BOM is mostly valid UTF-8 (ASCII with a NUL after each letter), so a NUL
    byte, which no text file has, tells it apart."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotUtf8(data[:nul].count(b"\n") + 1, utf16=True)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
        raise NotUtf8(data[: exc.start].count(b"\n") + 1, utf16=utf16) from exc


async def import_appointments(
    sessionmaker: async_sessionmaker[AsyncSession],
    text: str,
    *,
    now: datetime,
    fallback_zone: ZoneInfo,
    reminders: Reminders = lambda kind: DEFAULT_REMINDERS,
    no_answer_before: timedelta = DEFAULT_NO_ANSWER_BEFORE,
    dry_run: bool = False,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row of the CSV `text`; unless there was a problem or `dry_run`, create them all.

    Runs its own short transactions (see the module's docstring), so the caller holds none.
    `reminders` gives the reminder offsets for a kind's value (Settings.reminder_offsets).
    `fallback_zone` reads the times of rows whose participant is unknown, so their time problems
    are reported too. Raises ImportAborted if writing failed; nothing is left behind then.
    """
    async with sessionmaker() as session:  # reads only: no write lock while checking
        report, people = await _check(session, text, now=now, fallback_zone=fallback_zone)
    report.dry_run = dry_run
    if not report.ok or dry_run:
        return report
    staged = _Staged()
    try:
        await retry_when_busy(lambda: _sweep(sessionmaker, now), what="the import's clean-up")
        for start in range(0, len(report.rows), batch_rows):
            batch = report.rows[start : start + batch_rows]
            await retry_when_busy(
                partial(_stage, sessionmaker, batch, people, now, reminders, no_answer_before, staged),
                what="an import batch",
            )
            if progress is not None:
                await progress(len(staged.appointments), len(report.rows))
        await retry_when_busy(lambda: _publish(sessionmaker, staged, now), what="the import's end")
    except BaseException as error:
        await _undo(sessionmaker, staged)
        if not isinstance(error, Exception):
            raise
        report.errors.append(
            Problem(None, f"could not be written ({type(error).__name__}); nothing was imported")
        )
        raise ImportAborted(report) from error
    report.appointment_ids = staged.appointments
    return report


@dataclass
class _Staged:
    """What the committed batches wrote: to publish at the end, or to delete again."""

    appointments: list[int] = field(default_factory=list)
    outbox: list[int] = field(default_factory=list)
    by_participant: dict[int, list[int]] = field(default_factory=dict)


async def _stage(
    sessionmaker: async_sessionmaker[AsyncSession],
    batch: list[Row],
    people: dict[int, Person],
    now: datetime,
    reminders: Reminders,
    no_answer_before: timedelta,
    staged: _Staged,
) -> None:
    """One batch in one short transaction: a few bulk statements, nobody sees the rows yet."""
    async with sessionmaker.begin() as session:
        values: list[dict[str, Any]] = [
            {
                "participant_id": row.participant_id,
                "created_by_id": None,
                "kind": row.kind,
                "starts_at": row.starts_at,
                "place": row.place,
                "note": row.note,
                "status": AppointmentStatus.IMPORTING,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for row in batch
        ]
        # A Core insert of many rows in few statements. Which id is which row's is read from
        # what came back (the rows of a file are unique, see _check), since asking for the ids
        # in the rows' order (sort_by_parameter_order) makes SQLite insert one row at a time.
        table = cast(Table, Appointment.__table__)
        columns = (table.c.participant_id, table.c.starts_at, table.c.kind, table.c.place, table.c.note)
        result = await session.execute(insert(table).returning(table.c.id, *columns), values)
        by_key = {tuple(returned[1:]): returned[0] for returned in result}
        ids = [by_key[(row.participant_id, row.starts_at, row.kind, row.place, row.note)] for row in batch]
        planned = [
            message
            for row, appointment_id in zip(batch, ids, strict=True)
            for message in planned_messages(
                appointment_id,
                1,
                row.starts_at,
                people[row.participant_id],
                now,
                Kind.APPOINTMENT_NEW,
                reminders(row.kind.value),
                no_answer_before,
            )
        ]
        outbox_ids = await outbox.hold_many(session, planned, now=now)
    # Only once committed: a batch that failed left nothing to undo.
    staged.appointments += ids
    staged.outbox += outbox_ids
    for row, appointment_id in zip(batch, ids, strict=True):
        staged.by_participant.setdefault(row.participant_id, []).append(appointment_id)


async def _publish(sessionmaker: async_sessionmaker[AsyncSession], staged: _Staged, now: datetime) -> None:
    """Everything staged becomes visible at once: two cheap updates of unindexed columns."""
    async with sessionmaker.begin() as session:
        for first, last in outbox.id_runs(staged.appointments):
            await session.execute(
                update(Appointment)
                .where(Appointment.id.between(first, last), Appointment.status == AppointmentStatus.IMPORTING)
                .values(status=AppointmentStatus.SCHEDULED)
            )
        await outbox.release_held(session, staged.outbox)
        audit.record(
            session,
            at=now,
            action="appointment.import",
            actor=None,
            details={"count": len(staged.appointments), "first_id": staged.appointments[0]},
        )
        # Each participant's record (her data export lists it) names her new appointments.
        for participant_id, ids in staged.by_participant.items():
            audit.record(
                session,
                at=now,
                action="appointment.create",
                actor=None,
                subject_id=participant_id,
                details={"appointment_ids": ids},
            )


async def _undo(sessionmaker: async_sessionmaker[AsyncSession], staged: _Staged) -> None:
    """The compensating delete of what the committed batches wrote (nobody has seen it)."""
    async with sessionmaker.begin() as session:
        for chunk in _chunks(staged.outbox):
            await session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(chunk)))
        for chunk in _chunks(staged.appointments):
            await session.execute(
                delete(Appointment).where(
                    Appointment.id.in_(chunk), Appointment.status == AppointmentStatus.IMPORTING
                )
            )
    staged.appointments, staged.outbox, staged.by_participant = [], [], {}


async def _sweep(sessionmaker: async_sessionmaker[AsyncSession], now: datetime) -> None:
    """Delete what an import that died left staged: it was never visible and never will be."""
    before = now - STALE_AFTER
    async with sessionmaker.begin() as session:
        await session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.attempts == outbox.HELD, OutboxMessage.created_at < before
            )
        )
        await session.execute(
            delete(Appointment).where(
                Appointment.status == AppointmentStatus.IMPORTING, Appointment.created_at < before
            )
        )


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    return (ids[start : start + _LOOKUP_CHUNK] for start in range(0, len(ids), _LOOKUP_CHUNK))


async def check(session: AsyncSession, text: str, *, now: datetime, fallback_zone: ZoneInfo) -> ImportReport:
    """Every problem of every row, and the rows without problems; writes nothing."""
    report, _ = await _check(session, text, now=now, fallback_zone=fallback_zone)
    return report


async def _check(
    session: AsyncSession, text: str, *, now: datetime, fallback_zone: ZoneInfo
) -> tuple[ImportReport, dict[int, Person]]:
    report = ImportReport()
    text = text.removeprefix("\ufeff")
    if "\x00" in text:  # UTF-16 read as UTF-8 (see decode): its column names would look garbled
        report.errors.append(Problem(None, "this file is not UTF-8 (it looks like UTF-16)"))
        return report, {}
    empty = Problem(None, f"the file is empty (expected a header line: {','.join(COLUMNS)})")
    if not any(_has_content(line) for line in text.splitlines()):  # also ";;;;;" lines only
        report.errors.append(empty)
        return report, {}
    report.delimiter = _delimiter(text)
    try:
        records = list(_records(text, report.delimiter))
    except _Unreadable as exc:
        report.errors.append(Problem(exc.line, str(exc)))
        return report, {}
    if not records:  # e.g. only blank-looking control characters
        report.errors.append(empty)
        return report, {}
    header_line, header = records[0]
    columns, header_problems = _columns(header)
    if header_problems:
        report.errors.extend(Problem(header_line, problem) for problem in header_problems)
        return report, {}
    body = records[1:]
    if not body:
        report.errors.append(Problem(None, "no appointments in the file (only the header line)"))
        return report, {}

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
    return report, people


def _delimiter(text: str) -> str:
    """The header line tells: German Excel writes semicolons, most other programs commas."""
    header = next(line for line in text.splitlines() if _has_content(line))
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def _has_content(line: str) -> bool:
    return bool(line.strip(' \t,;"'))


class _Unreadable(Exception):
    def __init__(self, line: int, text: str) -> None:
        super().__init__(text)
        self.line = line


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """(line where the record starts, its cells); blank lines and rows of empty cells are skipped.
    A record the csv module cannot read raises _Unreadable with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    consumed = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):  # a cell of a megabyte, e.g. a pasted document
                raise _Unreadable(
                    consumed + 1, f"a value is longer than {csv.field_size_limit()} characters"
                ) from exc
            raise _Unreadable(consumed + 1, f"not a readable CSV file: {exc}") from exc
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
        formula_problem("place", place),
        formula_problem("note", note),
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
