"""`python -m bot sandbox`: the real bot against the built-in local Bot API server.

No token and no Telegram needed: a web chat page lets you talk to the bot as a demo staff
member, coach, participant or a newcomer with a fresh invitation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.app import build_application, build_deps, dispatcher_of, startup
from bot.clock import Clock, SystemClock
from bot.deps import Deps
from bot.migrate import upgrade_engine
from bot.models import AppointmentKind, Person, Role
from bot.models.outbox import OutboxMessage, OutboxStatus
from bot.mt import MachineTranslator
from bot.services import appointments, invites, people
from bot.settings import Settings
from devtools.localapi import LocalBotApi, SimUser
from devtools.mt_demo import build_demo_packages
from scheduler.dispatcher import Dispatcher
from scheduler.planners import plan_checkins, plan_practice, watch_alerts

log = logging.getLogger(__name__)

SANDBOX_TOKEN = "424242:SANDBOX"  # noqa: S105  (the local server's own token, not a secret)
SANDBOX_BOT = "begleiter_sandbox_bot"
SANDBOX_DB = Path("data") / "sandbox.db"
# Demo translation models (devtools/mt_demo.py): they know a few dozen phrases, e.g. Arabic
# "لا أريد أن أعيش", "شكرا" and German "Ich rufe Sie morgen an", "Wie geht es Ihnen".
SANDBOX_ARGOS = Path("data") / "sandbox-argos"
SANDBOX_DATA_KEY = "c2FuZGJveC1kZW1vLWtleS1ub3QtYS1zZWNyZXQtMDA="

STAFF = SimUser(1001, "Sabine", "de", last_name="(Demo-Team)")
COACH = SimUser(1002, "Jonas", "de", last_name="(Demo-Coach)")
PARTICIPANT = SimUser(1003, "Amina", "ar", last_name="(Demo)")
NEWCOMER = SimUser(1004, "Olena", "uk", last_name="(neu / new)")
STRANGER = SimUser(1005, "Unbekannt", "en", last_name="(ohne Einladung)")


async def seed(deps: Deps) -> str:
    """Demo people (once) and a fresh participant invitation for the newcomer (each start)."""
    async with deps.sessionmaker.begin() as session:
        now = deps.clock.now()
        tz = deps.settings.bot_timezone
        cohort = await invites.get_or_create_cohort(session, "Demo: Pflege Kassel", now=now)

        async def member(user: SimUser, role: Role, name: str, **links: int) -> tuple[Person, bool]:
            """The demo person, made on the first start only; True if made now."""
            existing = await people.find_by_telegram_id(session, user.id)
            if existing is not None:
                return existing, False
            made = await people.create_member(
                session,
                role=role,
                telegram_user_id=user.id,
                name=name,
                language=user.language_code or "de",
                timezone=tz,
                now=now,
                notice_version=deps.notice_version,
                **links,
            )
            # No quiet hours for the demo people: whoever tries the sandbox late in the evening
            # sees Amina's messages and the coach's alerts arrive, not wait for the morning (the
            # newcomer chooses her own while joining; /settings shows them all).
            people.set_quiet_hours(made, None)
            return made, True

        await member(STAFF, Role.STAFF, "Sabine (Demo-Team)")
        coach, _ = await member(COACH, Role.COACH, "Jonas (Demo-Coach)")
        amina, new = await member(
            PARTICIPANT, Role.PARTICIPANT, "Amina (Demo)", cohort_id=cohort.id, coach_id=coach.id
        )
        if new:
            # A demo appointment tomorrow at 10:00, so reminders and answers can be tried.
            tomorrow = (now.astimezone(ZoneInfo(tz)) + timedelta(days=1)).date()
            await appointments.create(
                session,
                actor=None,
                participant=amina,
                kind=AppointmentKind.JOB_CENTRE,
                starts_at=datetime.combine(tomorrow, time(10, 0), tzinfo=ZoneInfo(tz)).astimezone(UTC),
                place="Jobcenter Kassel, Grüner Weg 2",
                note="Bitte Pass mitbringen.",
                now=now,
            )
        created = await invites.create_invite(
            session,
            now=now,
            role=Role.PARTICIPANT,
            actor=coach,
            ttl=timedelta(days=1),
            cohort=cohort,
        )
        return created.token


class SandboxClock:
    """Real time plus an offset that only grows: the page's clock buttons move it forward."""

    def __init__(self, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return self._base.now() + self.offset

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        self.offset += delta


_STEP = re.compile(r"^(\d{1,4})([mhd])$")
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}


class SandboxTime:
    """POST /sandbox/api/clock: move sandbox time forward, then run the scheduler's jobs at once
    (planners, alert watch, outbox dispatcher), so what became due arrives now."""

    def __init__(self, clock: SandboxClock, deps: Deps, dispatcher: Dispatcher) -> None:
        self.clock = clock
        self.deps = deps
        self.dispatcher = dispatcher

    def describe(self) -> dict[str, Any]:
        now = self.clock.now()
        return {
            "now": now.isoformat(),
            "timestamp": int(now.timestamp()),
            "offset_seconds": int(self.clock.offset.total_seconds()),
            "timezone": self.deps.settings.bot_timezone,
        }

    async def next_due(self) -> datetime | None:
        """When the next planned message (reminder, prompt, check-in) is due, if any."""
        async with self.deps.sessionmaker() as session:
            due = await session.scalar(
                select(func.min(OutboxMessage.due_at)).where(
                    OutboxMessage.status == OutboxStatus.PENDING,
                    OutboxMessage.due_at > self.clock.now(),
                )
            )
        return due

    async def advance(self, step: str) -> dict[str, Any]:
        """`step`: "next" (to the next planned message) or a count and unit: "30m", "1h", "1d"."""
        if step == "next":
            due = await self.next_due()
            if due is None:
                raise ValueError("nothing is planned")
            delta = max(due - self.clock.now(), timedelta(0)) + timedelta(seconds=1)
        else:
            match = _STEP.match(step)
            if match is None:
                raise ValueError('advance must be "next" or like "30m", "1h", "1d"')
            delta = int(match.group(1)) * _UNITS[match.group(2)]
        self.clock.advance(delta)
        sent = await self.tick()
        return {**self.describe(), "sent": sent}

    async def tick(self) -> int:
        """The jobs' work at the new time; how many messages went out."""
        await plan_practice(self.deps)
        await plan_checkins(self.deps)
        await watch_alerts(self.deps)
        # What became due goes out before the page hears back, after any round of the
        # dispatcher job still sending.
        sent = 0
        while True:
            count = await self.dispatcher.tick(wait=True)
            sent += count
            if count < self.dispatcher.batch_size:
                return sent


def install_demo_models(translator: MachineTranslator) -> None:
    """The demo translation models, built and installed on the first start."""
    if translator.pairs():
        return
    with tempfile.TemporaryDirectory(prefix="begleiter-demo-models-") as folder:
        for path in build_demo_packages(Path(folder)):
            translator.install(path)


def forget_sandbox_database() -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{SANDBOX_DB}{suffix}").unlink(missing_ok=True)


async def serve(port: int, stop: asyncio.Event, latency: tuple[float, float] | None = None) -> None:
    clock = SandboxClock()
    api = LocalBotApi(
        SANDBOX_TOKEN, bot_id=424242, bot_username=SANDBOX_BOT, port=port, clock=clock, latency=latency
    )
    await api.start()
    try:
        settings = Settings.model_validate(
            {
                "TELEGRAM_BOT_TOKEN": SANDBOX_TOKEN,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "DATABASE_URL": f"sqlite+aiosqlite:///{SANDBOX_DB}",
                # Demo data only: a fixed key, so the sandbox database survives restarts.
                "BEGLEITER_DATA_KEY": SANDBOX_DATA_KEY,
                "ARGOS_PACKAGES_DIR": str(SANDBOX_ARGOS.resolve()),
            }
        )
        deps = build_deps(settings, clock)
        await upgrade_engine(deps.engine)
        await asyncio.to_thread(install_demo_models, deps.mt)
        token = await seed(deps)
        for user in (STAFF, COACH, PARTICIPANT, NEWCOMER, STRANGER):
            api.add_user(user)
        application = build_application(settings, deps=deps)
        api.clock_control = SandboxTime(clock, deps, dispatcher_of(application))
        async with application:
            await startup(application)
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0.0, timeout=10)
            print(
                "\nBegleiter sandbox is running (no Telegram, no token).\n"
                f"  Web chat:       {api.web_url}\n"
                f"  Newcomer link:  {api.deep_link(token)}\n"
                f"                  (in the web chat, choose Olena and send: /start {token})\n"
                f"  Database:       {SANDBOX_DB} (python -m bot sandbox --fresh starts over)\n"
                "  People:         Sabine = staff, Jonas = coach, Amina = participant (Arabic,\n"
                "                  with an appointment tomorrow 10:00),\n"
                "                  Olena = newcomer with the link above, Unbekannt = no invitation\n"
                "  Translation:    demo models ar<->de, uk<->en<->de that know a few phrases\n"
                "                  (try Amina: /checkin, then write: لا أريد أن أعيش)\n"
                "Stop with Ctrl+C.\n",
                flush=True,
            )
            await stop.wait()
            await application.updater.stop()
            await application.stop()
        await deps.engine.dispose()
    finally:
        await api.stop()


def run_sandbox(port: int = 8088, fresh: bool = False, latency: tuple[float, float] | None = None) -> int:
    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await serve(port, stop, latency)

    if fresh:
        forget_sandbox_database()
    try:
        asyncio.run(main())
    except OSError as exc:
        print(f"could not start the sandbox on port {port}: {exc.strerror}; try --port 0", flush=True)
        return 1
    return 0
