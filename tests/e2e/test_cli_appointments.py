"""`python -m bot appointment ...` and `python -m bot import appointments ...` as real processes."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.app import build_deps
from bot.deps import Deps
from bot.models import Appointment, AppointmentKind, AppointmentStatus, OutboxMessage, Role

from db_templates import copy_sqlite
from harness import TEST_DATA_KEY, make_settings
from seed import make_member

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Cli:
    tmp_path: Path
    env: dict[str, str]
    deps: Deps
    coach_id: int
    participant_id: int

    async def run(self, *args: str) -> tuple[int, str, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *args,
            cwd=self.tmp_path,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=60)
        assert process.returncode is not None
        return process.returncode, out.decode(), err.decode()

    async def count(self, model: type[object]) -> int:
        async with self.deps.sessionmaker() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
async def cli(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[Cli]:
    """A migrated SQLite file with a coach and a participant, and the environment to reach it."""
    path = tmp_path / "cli.db"
    deps = build_deps(make_settings(copy_sqlite(sqlite_template, path)))
    async with deps.sessionmaker.begin() as session:
        now = datetime.now(UTC)
        coach = await make_member(
            session,
            role=Role.COACH,
            now=now,
            telegram_user_id=920_001,
            name="Jonas",
        )
        amina = await make_member(
            session,
            role=Role.PARTICIPANT,
            now=now,
            telegram_user_id=920_002,
            name="Amina",
            language="ar",
            coach_id=coach.id,
        )
        ids = coach.id, amina.id
    drop = ("TELEGRAM_", "DATABASE_", "REMINDERS", "BOT_TIMEZONE", "LOG_LEVEL")
    env = {key: value for key, value in os.environ.items() if not key.startswith(drop)}
    env.update(DATABASE_URL=f"sqlite:///{path}", PYTHONPATH=str(ROOT), LOG_LEVEL="WARNING")
    # An appointment's place and note are encrypted at rest: the command line needs the key.
    env.update(BEGLEITER_DATA_KEY=TEST_DATA_KEY)
    try:
        yield Cli(tmp_path, env, deps, *ids)
    finally:
        await deps.engine.dispose()


def ahead(days: int) -> date:
    """A day this far ahead in Kassel: the command line runs on the real clock."""
    return (datetime.now(BERLIN) + timedelta(days=days)).date()


async def test_appointment_create_list_and_cancel(cli: Cli) -> None:
    day = ahead(30)
    code, out, err = await cli.run(
        "appointment",
        "create",
        "--participant",
        str(cli.participant_id),
        "--at",
        f"{day:%d.%m.%Y} 09:30",
        "--kind",
        "Jobcenter",
        "--place",
        "مركز التدريب",
    )

    assert code == 0, err
    first, second = out.strip().splitlines()
    match = re.fullmatch(
        rf"appointment (\d+): job_centre for person {cli.participant_id} \(Amina\)"
        rf" on {day:%d\.%m\.%Y} 09:30 \(Europe/Berlin\)",
        first,
    )
    assert match, first
    before = day - timedelta(days=1)
    assert second == f"reminders: {before:%d.%m.%Y} 09:30, {day:%d.%m.%Y} 07:30"
    appointment_id = int(match[1])
    async with cli.deps.sessionmaker() as session:
        stored = await session.get(Appointment, appointment_id)
        assert stored is not None
        assert stored.starts_at == datetime.combine(day, time(9, 30), tzinfo=BERLIN).astimezone(UTC)
        assert stored.kind is AppointmentKind.JOB_CENTRE and stored.place == "مركز التدريب"
    assert await cli.count(OutboxMessage) == 4  # news, two reminders, the coach if no answer

    code, out, err = await cli.run("appointment", "list", "--participant", str(cli.participant_id))
    assert code == 0, err
    (line,) = out.strip().splitlines()
    assert line.split()[0] == str(appointment_id) and f"{day:%d.%m.%Y} 09:30" in line
    assert "job_centre" in line and "مركز التدريب" in line

    code, out, err = await cli.run("appointment", "cancel", str(appointment_id))
    assert code == 0, err
    assert out.strip() == f"appointment {appointment_id} cancelled; the participant is told"
    async with cli.deps.sessionmaker() as session:
        stored = await session.get(Appointment, appointment_id)
        assert stored is not None and stored.status is AppointmentStatus.CANCELLED

    code, out, err = await cli.run("appointment", "list")
    assert (code, out) == (0, "")
    assert err.strip() == "no upcoming appointments"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--participant", "999", "--at", "DAY 09:30"], "error: no person 999"),
        (
            ["--participant", "COACH", "--at", "DAY 09:30"],
            "error: person COACH is a coach, not a participant",
        ),
        (
            ["--participant", "ME", "--at", "01.01.2020 09:30"],
            "error: --at '01.01.2020 09:30': in the past (past)",
        ),
        (
            ["--participant", "ME", "--at", "FAR 09:30"],
            "error: --at 'FAR 09:30': more than a year ahead (too-far)",
        ),
        (["--participant", "ME", "--at", "irgendwann"], "error: --at 'irgendwann': no date found"),
        (["--participant", "ME", "--at", "DAY 25:00"], "error: --at 'DAY 25:00': not a valid time of day"),
    ],
)
async def test_appointment_create_errors_are_one_line(cli: Cli, args: list[str], message: str) -> None:
    values = {
        "DAY": f"{ahead(10):%d.%m.%Y}",
        "FAR": f"{ahead(400):%d.%m.%Y}",
        "COACH": str(cli.coach_id),
        "ME": str(cli.participant_id),
    }
    args = [re.sub("|".join(values), lambda m: values[m[0]], arg) for arg in args]
    message = re.sub("|".join(values), lambda m: values[m[0]], message)

    code, out, err = await cli.run("appointment", "create", "--kind", "kurs", *args)

    assert code == 1 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith(message), line
    assert await cli.count(Appointment) == 0


async def test_import_dry_run_then_for_real(cli: Cli) -> None:
    first, second = ahead(20), ahead(21)
    me = cli.participant_id
    rows = [
        "participant_id;date;time;kind;place;note",
        f"{me};{first:%d.%m.%Y};09:30;Jobcenter;Jobcenter Mitte, Raum 3;Ausweis mitbringen",
        f"{me};{second:%Y-%m-%d};14:00:00;Arzt;مركز صحي;",
    ]
    csv_file = cli.tmp_path / "termine.csv"
    csv_file.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))  # Excel's "CSV UTF-8"

    code, out, err = await cli.run("import", "appointments", str(csv_file), "--dry-run")

    assert code == 0, err
    assert out.strip().splitlines() == [
        f"line 2: person {me}, {first:%d.%m.%Y} 09:30 (Europe/Berlin), job_centre, Jobcenter Mitte, Raum 3",
        f"line 3: person {me}, {second:%d.%m.%Y} 14:00 (Europe/Berlin), doctor, مركز صحي",
        "dry run: 2 appointment(s) would be imported; nothing was changed",
    ]
    assert await cli.count(Appointment) == 0
    assert await cli.count(OutboxMessage) == 0

    code, out, err = await cli.run("import", "appointments", str(csv_file))

    assert code == 0, err
    assert out.strip() == f"imported 2 appointment(s) from {csv_file}"
    assert await cli.count(Appointment) == 2
    assert await cli.count(OutboxMessage) == 2 * 4

    # The same file again would double everything: refused, nothing changes.
    code, out, err = await cli.run("import", "appointments", str(csv_file))
    assert code == 1 and out == ""
    assert [line.split(":")[0] for line in err.strip().splitlines()] == ["line 2", "line 3", "error"]
    assert await cli.count(Appointment) == 2


async def test_import_with_bad_rows_reports_every_line_and_imports_nothing(cli: Cli) -> None:
    day = f"{ahead(20):%d.%m.%Y}"
    me = cli.participant_id
    csv_file = cli.tmp_path / "bad.csv"
    csv_file.write_text(
        "\n".join(
            [
                "participant_id,date,time,kind,place,note",
                f"{me},{day},09:30,Beratung,,",
                f"{cli.coach_id},{day},10:00,Kurs,,",
                f"{me},{day},11:00,Zahnarzt,,",
                f"{me},{day},12:00,Kurs,,{'x' * 4000}",
                f"{me},{day},13:00,Kurs,,",
            ]
        ),
        encoding="utf-8",
    )

    for dry_run in ([], ["--dry-run"]):
        code, out, err = await cli.run("import", "appointments", str(csv_file), *dry_run)

        assert code == 1 and out == ""
        assert err.strip().splitlines() == [
            f"line 3: person {cli.coach_id} is a coach, not a participant",
            "line 4: unknown kind 'Zahnarzt' (use coaching, job_centre, course, internship, authority,"
            " doctor, other; or German: Beratung, Jobcenter, Kurs, Praktikum, Behörde, Arzt, Sonstiges)",
            "line 5: note is 4000 characters long (at most 500)",
            f"error: 3 line(s) with problems in {csv_file}; nothing was imported",
        ]
        assert await cli.count(Appointment) == 0


async def test_import_file_problems_are_one_line(cli: Cli) -> None:
    latin1 = cli.tmp_path / "latin1.csv"
    latin1.write_bytes("participant_id;date;time;kind\n1;24.12.2026;09:30;Behörde\n".encode("latin-1"))
    code, _, err = await cli.run("import", "appointments", str(latin1))
    assert code == 1
    assert err.strip() == f'error: {latin1} is not UTF-8 (line 2); in Excel save it as "CSV UTF-8"'

    # Excel's "Unicode text" is UTF-16; without a BOM it would pass for UTF-8 with NULs in it.
    utf16 = cli.tmp_path / "utf16.csv"
    utf16.write_bytes("participant_id;date;time;kind\n1;24.12.2026;09:30;Kurs\n".encode("utf-16-le"))
    code, _, err = await cli.run("import", "appointments", str(utf16))
    assert code == 1
    assert (
        err.strip() == f'error: {utf16} is not UTF-8 (it looks like UTF-16); in Excel save it as "CSV UTF-8"'
    )

    code, _, err = await cli.run("import", "appointments", str(cli.tmp_path / "missing.csv"))
    assert code == 1
    assert err.strip() == f"error: cannot read {cli.tmp_path / 'missing.csv'}: No such file or directory"


async def test_help_lists_the_new_commands(cli: Cli) -> None:
    code, out, _ = await cli.run("--help")
    assert code == 0 and re.search(r"^\s+import\s", out, re.MULTILINE) and "appointment" in out
    code, out, _ = await cli.run("import", "--help")
    assert code == 0 and "appointments" in out


async def test_without_the_data_key_the_command_line_says_so(cli: Cli) -> None:
    # The place is encrypted at rest: without BEGLEITER_DATA_KEY nothing is written, and the
    # message names the key, not a broken database.
    del cli.env["BEGLEITER_DATA_KEY"]
    day = ahead(30)
    code, _, err = await cli.run(
        "appointment",
        "create",
        "--participant",
        str(cli.participant_id),
        "--at",
        f"{day:%d.%m.%Y} 09:30",
        "--kind",
        "Jobcenter",
        "--place",
        "Jobcenter Kassel",
    )
    assert code == 2 and "BEGLEITER_DATA_KEY is not set" in err, err
    assert await cli.count(Appointment) == 0
