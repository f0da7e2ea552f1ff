"""End-to-end: the real bot polls the local Bot API server over HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import select

from bot.app import BegleiterApplication, build_application, build_deps, startup
from bot.clock import ManualClock
from bot.deps import Deps
from bot.kinds import Kind, plan, reminder_key
from bot.models import Appointment, AppointmentKind, AppointmentStatus, OutboxMessage, OutboxStatus, Role
from bot.services import invites, outbox, people
from bot.settings import Settings
from devtools.localapi import LocalBotApi, SimUser

from harness import TEST_DATA_KEY, make_settings
from seed import add_person, make_member

TOKEN = "777000:E2E"
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Chats:
    """What the people do and see in their chats, over the local Bot API server's HTTP."""

    api: LocalBotApi

    async def say(
        self, user: SimUser, text: str, expect: Callable[[dict[str, Any]], bool] | None = None
    ) -> dict[str, Any]:
        """Send text as the user; wait for the first new bot message (matching `expect`)."""
        after = self._last_id(user.id)
        await self.api.send_text(user, text)
        return await self.api.wait_for_bot_message(user.id, expect, after=after)

    async def press(
        self,
        user: SimUser,
        message: dict[str, Any],
        data: str,
        expect: Callable[[dict[str, Any]], bool] | None = None,
        *,
        strict: bool = True,
    ) -> dict[str, Any]:
        after = self._last_id(user.id)
        await self.api.press(user, message["message_id"], data, strict=strict)
        return await self.api.wait_for_bot_message(user.id, expect, after=after)

    def _last_id(self, chat_id: int) -> int:
        messages = self.api.messages(chat_id)
        return max((m["message_id"] for m in messages), default=0)

    def texts(self, chat_id: int) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.api.bot_messages(chat_id)]

    async def join(
        self, user: SimUser, token: str, language: str, *, quiet: str = "2108", participant: bool = True
    ) -> dict[str, Any]:
        """Join with an invitation's token (a participant is asked for a practice time too);
        returns the closing "Fertig!"."""
        welcome = await self.say(user, f"/start {token}", has("Willkommen bei Begleiter!"))
        assert f"lang:{language}" in buttons(welcome)
        question = await self.press(user, welcome, f"lang:{language}", has("Sind Sie damit einverstanden?"))
        asked = await self.press(
            user, question, "consent:yes", has("Wann sollen wir Ihnen keine Nachrichten")
        )
        if not participant:
            return await self.press(user, asked, f"quiet:{quiet}", has("Fertig!"))
        practice = await self.press(
            user, asked, f"quiet:{quiet}", has("Wann möchten Sie jeden Tag kurz Deutsch")
        )
        return await self.press(user, practice, "practice:1800", has("Fertig!"))

    async def new_appointment(self, coach: SimUser, kind: str, place: str, note: str) -> dict[str, Any]:
        """The coach's /appointment, the day after tomorrow at 10:00, for the first participant
        offered; returns the coach's "Gespeichert."."""
        who = await self.say(coach, "/appointment", has("Für wen ist der Termin?"))
        await self.press(coach, who, buttons(who)[0], has("Wann?"))
        kinds = await self.say(coach, "übermorgen 10 Uhr", has("Was für ein Termin?"))
        await self.press(coach, kinds, f"apn:k:{kind}", has("Wo?"))
        await self.say(coach, place, has("Eine Notiz"))
        confirm = await self.say(coach, note, has("So speichern?"))
        return await self.press(coach, confirm, "apn:save", has("Gespeichert."))


@dataclass
class Live(Chats):
    """Chats with the bot running in this process, and its services at hand."""

    app: BegleiterApplication
    deps: Deps

    async def recorded(self, kind: str, recipient_id: int, timeout: float = 10.0) -> None:
        """Wait until the dispatcher has recorded an outbox row of `kind` to that person as
        sent (with its message id): a message can reach the chat a moment before that."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            async with self.deps.sessionmaker() as session:
                found = await session.scalar(
                    select(OutboxMessage.id).where(
                        OutboxMessage.kind == kind,
                        OutboxMessage.recipient_id == recipient_id,
                        OutboxMessage.status == OutboxStatus.SENT,
                        OutboxMessage.telegram_message_id.is_not(None),
                    )
                )
            if found is not None:
                return
            if loop.time() > deadline:
                raise TimeoutError(f"no {kind} to person {recipient_id} recorded as sent")
            await asyncio.sleep(0.05)

    async def add_member(self, user: SimUser, role: Role, *, coach_id: int | None = None) -> int:
        """A simulated Telegram user who is an active member already; returns the person id."""
        self.api.add_user(user)
        return await add_person(
            self.deps,
            telegram_user_id=user.id,
            name=user.first_name,
            role=role,
            language=user.language_code or "de",
            coach_id=coach_id,
        )


async def participant_invite(deps: Deps, coach: SimUser, cohort: str | None = None) -> str:
    """A fresh invitation token for a participant of this coach (in this group, if named)."""
    async with deps.sessionmaker.begin() as session:
        coach_person = await people.find_by_telegram_id(session, coach.id)
        group = await invites.get_or_create_cohort(session, cohort, now=deps.clock.now()) if cohort else None
        created = await invites.create_invite(
            session,
            now=deps.clock.now(),
            role=Role.PARTICIPANT,
            actor=None,
            ttl=timedelta(days=14),
            cohort=group,
            coach=coach_person,
        )
        return created.token


def has(fragment: str) -> Callable[[dict[str, Any]], bool]:
    return lambda message: fragment in (message.get("text") or message.get("caption") or "")


def buttons(message: dict[str, Any]) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


@pytest.fixture
async def live(migrated_sqlite_url: str, clock: ManualClock) -> AsyncIterator[Live]:
    api = LocalBotApi(TOKEN, bot_id=777000, bot_username="begleiter_e2e_bot")
    await api.start()
    try:
        settings = make_settings(
            migrated_sqlite_url, TELEGRAM_API_BASE_URL=api.base_url, TELEGRAM_BOT_TOKEN=TOKEN
        )
        async with running(api, settings, clock) as started:
            yield started
    finally:
        await api.stop()


@asynccontextmanager
async def running(api: LocalBotApi, settings: Settings, clock: ManualClock) -> AsyncIterator[Live]:
    """The bot polling `api` (already started) with these settings, until the block ends."""
    deps = build_deps(settings, clock)
    app = build_application(settings, deps=deps, dispatch_interval=0.2)
    try:
        async with app:
            await startup(app)
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                yield Live(api=api, app=app, deps=deps)
            finally:  # a failing test leaves its own error, not "still running"
                await app.updater.stop()
                await app.stop()
    finally:
        await deps.engine.dispose()  # post_shutdown runs only under run_polling


def run_environment(api: LocalBotApi, token: str, database_url: str, **more: str) -> dict[str, str]:
    """The environment of a `python -m bot` subprocess talking to `api`, on that database."""
    drop = ("TELEGRAM_", "DATABASE_", "WEBHOOK_", "METRICS_")  # nothing of the caller's own set-up
    env = {key: value for key, value in os.environ.items() if not key.startswith(drop)}
    env.update(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
        BEGLEITER_DATA_KEY=TEST_DATA_KEY,
        **more,
    )
    return env


async def start_bot(env: dict[str, str], cwd: Path, log: IO[bytes], *args: str) -> asyncio.subprocess.Process:
    """`python -m bot run [args]` as a real process, its stdout and stderr into `log`."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, cwd=cwd, env=env, stdout=log, stderr=log
    )


async def stop_bot(bot: asyncio.subprocess.Process) -> int:
    """Ctrl-C, as an operator stops it; returns its exit code."""
    bot.send_signal(signal.SIGINT)
    return await asyncio.wait_for(bot.wait(), timeout=30)


async def seed_reminders(database_url: str, api: LocalBotApi, count: int, *, first_chat: int) -> None:
    """`count` participants (chats first_chat, first_chat + 1, ...), each with an appointment in
    two hours and its reminder due now: one message each (no calendar file after it), as a
    send to thousands goes. Committed in chunks of 500, so that thousands take seconds."""
    deps = build_deps(make_settings(database_url))
    now = datetime.now(UTC)
    try:
        for start in range(0, count, 500):
            async with deps.sessionmaker.begin() as session:
                for number in range(start, min(start + 500, count)):
                    user = api.add_user(SimUser(first_chat + number, f"P{number}"))
                    person = await make_member(
                        session,
                        role=Role.PARTICIPANT,
                        now=now,
                        telegram_user_id=user.id,
                        name=user.first_name,
                    )
                    person.quiet_start = person.quiet_end = None  # the test may run at night
                    appointment = Appointment(
                        participant_id=person.id,
                        kind=AppointmentKind.COURSE,
                        starts_at=now + timedelta(hours=2),
                        place="Kurs",
                        note="",
                        status=AppointmentStatus.SCHEDULED,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    )
                    session.add(appointment)
                    await session.flush()
                    payload = {"appointment_id": appointment.id, "version": 1}
                    key = reminder_key(appointment.id, 1, timedelta(hours=2))
                    await outbox.enqueue(
                        session, plan(Kind.APPOINTMENT_REMINDER, person.id, now, payload, key=key), now=now
                    )
    finally:
        await deps.engine.dispose()
