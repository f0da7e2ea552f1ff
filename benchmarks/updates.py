"""Benchmark: update handling through the real Application beside a bare python-telegram-bot
Application that replies once per update, on SQLite and PostgreSQL, offline and with a
simulated Bot API round trip.

    .venv/bin/python benchmarks/updates.py [--participants 500] [--updates 2000]
        [--engines sqlite,postgres] [--rtt 0,50] [--in-flight 32] [--rate-limit] [--quick]
        [--arrival-rate 50 | --arrival-rate sqlite=50,postgres=100]
        [--admin-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

Everything but Telegram is real. For each engine: a new, migrated database (a SQLite file, or a
PostgreSQL database made on the server and dropped afterwards); `--participants` participants
(benchmarks/reminders.py) in groups of 50 per coach; a fifth of them with an appointment whose
reminder the real dispatcher has sent (so their chat holds its answer buttons). Then the
Application from bot/app.py (build_application: its PerChatUpdateProcessor with
CONCURRENT_UPDATES, its handlers, its dispatcher job) against the in-process local Bot API server,
answering every call at once (rtt 0) or after `rtt` ms (±10%).

Simulated people act in a closed loop: `--in-flight` of them at a time send their next update,
wait until the Application has handled it, and the next person in turn goes on. Each person
follows a script read off their chat on the server: plain texts (and the bot's question about
them answered), presses on the appointment reminder, the weekly check-in by its buttons and its
last question typed, German practice by its buttons (the placement quiz first), /help, and the
coaches' /appointments. Updates are put into the Application's update queue as its Updater
would (no polling: its round trips are not in the figures).

With `--arrival-rate N` the people act in an open loop instead, as Telegram delivers updates:
one arrives every 1/N s whether or not the earlier ones are handled (from the next person who
has none in flight; `--in-flight` is then only the Application's CONCURRENT_UPDATES). Latency
is then from the update's arrival time (when it was due, so an event loop too busy to put it in
on time counts against the bot). The row shows the rate achieved (updates handled over the time
from the first arrival to the last one handled), the most updates in flight at once, and
"kept up": yes when the rate achieved is at least 95% of N. A bot that keeps up holds latency
flat; one that does not builds a queue, and its p95 grows with the length of the run. `N` may
be one rate or one per engine (`sqlite=50,postgres=100`, the issue's targets at rtt 50). Only
the real Application runs in this mode (the bare one keeps up with any of these rates).

Latency = from an update entering the queue to Application.process_update returning (so the
wait for a slot, the handler, its commit, and the Bot API calls it makes). SQL statements
(SQLAlchemy's before_cursor_execute on the bot's engine) and Bot API calls (the server's record)
are counted over the whole measured run, the dispatcher's work included, and divided by the
updates; statements and Bot API calls are also shown per update kind (those made inside the
update's own task, or a task it started), with each kind's p50 and p95 and how many of its
updates are over the whole run's p95: what the tail is made of (an update kind that is slow as
a rule shows there in full).
The bare Application gets the same people and scripts (which fall back to texts and commands,
as it shows no buttons) with the same number of concurrent updates.

Before each measured run, what lives is set aside from the cyclic garbage collector
(bot.app.settle_heap), as `python -m bot run` does once it has warmed up: without it, a full
collection walked the seeded rows, the server's record of every message and the warm-up's
leftovers inside one update (192 ms, once in a run of 2,000).

The rate limiter is off unless `--rate-limit`: it gives every call a slot of 28 a second, so
with it the figures are that limit's (benchmarks/reply_latency.py measures replies under it).
The simulated people, the server and the bot share one process and event loop: "CPU ms/upd"
is this process's CPU time over the measured run divided by the updates, so it includes the
server's and the people's share (the bare row shows about how much that is).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported: no deprecation warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# devtools/ (the local Bot API server) is not installed: it is imported from the checkout.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import asyncio
import contextlib
import contextvars
import json
import logging
import statistics
import tempfile
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench_support import local_settings, percentile, scratch_database, settled_heap
from reminders import FIRST_USER_ID, TOKEN, _make_participants, _plan_reminders
from sqlalchemy import event, update
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, ExtBot, TypeHandler

from bot.app import WARM_UP_KEY, build_application, build_deps, dispatcher_of, startup
from bot.deps import Deps
from bot.migrate import upgrade_engine
from bot.models import Person, Role
from bot.services import people
from bot.settings import Settings
from devtools.localapi import LocalBotApi, SimUser

COACH_EVERY = 50  # participants per coach
FIRST_COACH_ID = 40_000_000
PLAIN_TEXT = "Guten Morgen, ich komme morgen etwas später zum Kurs."
CHECKIN_WORDS = "Der Kurs ist gut, nur der Bus fährt selten."
TIME_LIMIT = 120.0  # seconds one update may take before the run is given up
# What the participants do, by their number modulo 10.
SCRIPTS = ("text",) * 3 + ("appointment", "checkin", "practice") * 2 + ("help",)

kind_of_update: contextvars.ContextVar[str] = contextvars.ContextVar("kind_of_update", default="other")


@dataclass
class Actor:
    user: SimUser
    script: str  # text, appointment, checkin, practice, help, coach


@dataclass
class Result:
    app: str  # real | bare
    engine: str  # sqlite | postgres | -
    rtt_ms: int
    updates: int
    seconds: float
    updates_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    sql_per_update: float
    api_calls_per_update: float
    errors: int  # update handling that raised, Bot API error answers
    kinds: dict[str, int] = field(default_factory=dict)
    sql_by_kind: dict[str, float] = field(default_factory=dict)
    calls_by_kind: dict[str, float] = field(default_factory=dict)  # Bot API calls per update
    p50_by_kind: dict[str, float] = field(default_factory=dict)
    p95_by_kind: dict[str, float] = field(default_factory=dict)
    over_p95_by_kind: dict[str, int] = field(default_factory=dict)  # its updates over the run's p95
    cpu_ms_per_update: float = 0.0  # this process's CPU time (server and people included)
    arrival_rate: float | None = None  # open loop: updates arriving per second; None: closed
    max_in_flight: int = 0  # open loop: the most updates arrived and not yet handled
    kept_up: bool | None = None  # open loop: handled at >= 95% of the arrival rate
    frozen_objects: int = 0  # set aside from the garbage collector before the measured run


# -- the simulated people --------------------------------------------------------------------


def _latest_buttons(api: LocalBotApi, chat_id: int) -> tuple[int, list[str]]:
    """The newest bot message in the chat that has inline buttons: (its id, their data)."""
    chat = api.state.chats.get(chat_id)
    if chat is not None:
        # Newest first: messages are kept under rising ids in the order they came (no sort:
        # the people share the bot's event loop, and a chat grows through the run).
        for message in reversed(chat.messages.values()):
            if message.from_bot and not message.deleted and message.inline_data():
                return message.message_id, message.inline_data()
    return 0, []


def _next_update(api: LocalBotApi, person: Actor) -> tuple[str, dict[str, Any]]:
    """Act as the person once on the server; (the kind of update, the update it made)."""
    user, script = person.user, person.script
    message_id, data = _latest_buttons(api, user.id)

    def press(choice: str, kind: str) -> tuple[str, dict[str, Any]]:
        api.state.press(user, message_id, choice, strict=False)
        return kind, api.state.updates[-1]

    def send(text: str, kind: str) -> tuple[str, dict[str, Any]]:
        api.state.user_message(user, {"text": text})
        return kind, api.state.updates[-1]

    newest = next(reversed(api.state.chats[user.id].messages), 0)
    if script == "coach":
        return send("/appointments", "coach /appointments")
    if script == "help":
        return send("/help", "/help")
    if script == "appointment":
        answers = [d for d in data if d.startswith("apa:yes:") or d.startswith("apa:no:")]
        if answers:  # yes and no in turn; pressing an answered one again is a double press
            return press(answers[newest % len(answers)], "appointment button")
        return send("/appointments", "participant /appointments")
    if script == "checkin":
        checkin = [d for d in data if d.startswith("ck:")]
        if message_id != newest or not checkin:  # finished (or never started): a new one
            return send("/checkin", "/checkin")
        done = [d for d in checkin if d.startswith("ck:done:")]
        answers = [d for d in checkin if d.startswith("ck:a:")]
        if done or answers:
            return press((done or answers)[0], "check-in button")
        return send(CHECKIN_WORDS, "check-in text")  # the last question: typed
    if script == "practice":
        items = [d for d in data if d.startswith(("prk:", "prc:"))]
        if message_id == newest and items:
            return press(items[0], "practice button")
        return send("/practice", "/practice")
    # text: a plain message; the bot's question about it (whether to pass it on) is answered
    if message_id == newest and data and not data[0].startswith(("apa:", "ck:", "pr")):
        return press(data[0], "text's button")
    return send(PLAIN_TEXT, "plain text")


@contextlib.contextmanager
def _timed(
    app: Application[Any, Any, Any, Any, Any, Any],
) -> Iterator[tuple[dict[int, asyncio.Future[float]], dict[int, str]]]:
    """Wrap process_update: the future put in `waiting` under an update's id gets the moment
    it was handled; its kind (from `kinds`) is set for the statements counted meanwhile."""
    waiting: dict[int, asyncio.Future[float]] = {}
    kinds: dict[int, str] = {}
    original = app.process_update

    async def timed(update: object) -> None:
        key = update.update_id if isinstance(update, Update) else -1
        token = kind_of_update.set(kinds.get(key, "other"))
        try:
            await original(update)
        finally:
            kind_of_update.reset(token)
            done = waiting.pop(key, None)
            if done is not None and not done.done():
                done.set_result(time.perf_counter())

    app.process_update = timed  # type: ignore[method-assign]
    try:
        yield waiting, kinds
    finally:
        app.process_update = original  # type: ignore[method-assign]


async def _drive(
    app: Application[Any, Any, Any, Any, Any, Any],
    api: LocalBotApi,
    crowd: Sequence[Actor],
    updates: int,
    in_flight: int,
) -> tuple[list[tuple[str, float]], float]:
    """Send `updates` updates, `in_flight` at a time; ([(kind, seconds)], wall seconds)."""
    with _timed(app) as (waiting, kinds):
        return await _closed_loop(app, api, crowd, updates, in_flight, waiting, kinds)


async def _closed_loop(
    app: Application[Any, Any, Any, Any, Any, Any],
    api: LocalBotApi,
    crowd: Sequence[Actor],
    updates: int,
    in_flight: int,
    waiting: dict[int, asyncio.Future[float]],
    kinds: dict[int, str],
) -> tuple[list[tuple[str, float]], float]:
    turn: deque[Actor] = deque(crowd)
    left = [updates]
    handled: list[tuple[str, float]] = []
    loop = asyncio.get_running_loop()

    async def worker() -> None:
        while left[0] > 0 and turn:
            left[0] -= 1
            person = turn.popleft()
            kind, data = _next_update(api, person)
            update = Update.de_json(data, app.bot)
            kinds[update.update_id] = kind
            done = waiting[update.update_id] = loop.create_future()
            started = time.perf_counter()
            await app.update_queue.put(update)
            finished = await asyncio.wait_for(done, TIME_LIMIT)
            handled.append((kind, finished - started))
            turn.append(person)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return handled, time.perf_counter() - started


async def _arrive(
    app: Application[Any, Any, Any, Any, Any, Any],
    api: LocalBotApi,
    crowd: Sequence[Actor],
    updates: int,
    rate: float,
) -> tuple[list[tuple[str, float]], float, int]:
    """Open loop: `updates` updates arriving `rate` a second, each from the next person with
    none in flight, whether or not the earlier ones are handled. ([(kind, seconds from its
    arrival time to handled)], seconds from the first arrival to the last one handled, the
    most in flight at once)."""
    idle: deque[Actor] = deque(crowd)
    freed = asyncio.Event()
    handled: list[tuple[str, float]] = []
    in_flight = [0, 0]  # now, most
    last = [0.0]
    loop = asyncio.get_running_loop()

    async def one(person: Actor, due: float) -> None:
        kind, data = _next_update(api, person)
        update = Update.de_json(data, app.bot)
        kinds[update.update_id] = kind
        done = waiting[update.update_id] = loop.create_future()
        await app.update_queue.put(update)
        finished = await asyncio.wait_for(done, TIME_LIMIT)
        handled.append((kind, finished - due))
        last[0] = max(last[0], finished)
        in_flight[0] -= 1
        idle.append(person)
        freed.set()

    with _timed(app) as (waiting, kinds):
        tasks: list[asyncio.Task[None]] = []
        started = time.perf_counter()
        for number in range(updates):
            due = started + number / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            while not idle:  # everybody has an update in flight: the next waits (counted)
                freed.clear()
                await freed.wait()
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
            tasks.append(asyncio.create_task(one(idle.popleft(), due)))
        await asyncio.gather(*tasks)
    return handled, last[0] - started, in_flight[1]


# -- setting up ------------------------------------------------------------------------------


async def _seed(deps: Deps, api: LocalBotApi, participants: int) -> list[Actor]:
    """Participants (reminders.py) with their coaches; the appointment script's ones with an
    appointment and its reminder row due now."""
    ids = await _make_participants(deps, api, participants)
    crowd = [
        Actor(api.state.users[FIRST_USER_ID + n], SCRIPTS[n % len(SCRIPTS)]) for n in range(participants)
    ]
    async with deps.sessionmaker.begin() as session:
        for number in range(0, participants, COACH_EVERY):
            user = api.add_user(SimUser(id=FIRST_COACH_ID + number, first_name=f"C{number}"))
            coach = await people.create_member(
                session,
                role=Role.COACH,
                telegram_user_id=user.id,
                name=f"Coach {number}",
                language="de",
                timezone=deps.settings.bot_timezone,
                now=deps.clock.now(),
                notice_version=deps.notice_version,
            )
            await session.execute(
                update(Person)
                .where(Person.id.in_(ids[number : number + COACH_EVERY]))
                .values(coach_id=coach.id)
            )
            crowd.insert(len(crowd) * number // participants, Actor(user, "coach"))
    with_appointment = [pid for n, pid in enumerate(ids) if SCRIPTS[n % len(SCRIPTS)] == "appointment"]
    await _plan_reminders(deps, with_appointment, 1, grouped=False)
    return crowd


@contextlib.asynccontextmanager
async def _database(engine: str, folder: str, admin_url: str) -> AsyncIterator[str]:
    if engine == "sqlite":
        yield f"sqlite+aiosqlite:///{folder}/bench.db"
        return
    async with scratch_database(admin_url, "begleiter_updates") as url:
        yield url.render_as_string(hide_password=False)


def _latency(rtt_ms: int) -> tuple[float, float] | None:
    return (rtt_ms * 0.9 / 1000, rtt_ms * 1.1 / 1000) if rtt_ms else None


@contextlib.contextmanager
def _calls_by_kind() -> Iterator[Counter[str]]:
    """Bot API calls counted by the kind of update whose task made them (a button's answer
    goes in a task of its own, which inherits the kind); the dispatcher's count as "other".
    Every call of the bot goes through ExtBot._post (bot/botapi.py too)."""
    counted: Counter[str] = Counter()
    original = ExtBot._post

    async def post(self: ExtBot[Any], *args: Any, **kwargs: Any) -> Any:
        counted[kind_of_update.get()] += 1
        return await original(self, *args, **kwargs)

    ExtBot._post = post  # type: ignore[method-assign,assignment]
    try:
        yield counted
    finally:
        ExtBot._post = original  # type: ignore[method-assign]


class _Statements:
    def __init__(self) -> None:
        self.by_kind: Counter[str] = Counter()

    def __call__(self, *args: Any) -> None:
        self.by_kind[kind_of_update.get()] += 1


def _result(
    app: str,
    engine: str,
    rtt_ms: int,
    handled: list[tuple[str, float]],
    wall: float,
    statements: Counter[str],
    calls: int,
    errors: int,
    cpu_seconds: float,
    arrival_rate: float | None = None,
    max_in_flight: int = 0,
    calls_by_kind: Counter[str] | None = None,
) -> Result:
    calls_by_kind = calls_by_kind or Counter()
    times = [seconds * 1000 for _, seconds in handled]
    achieved = len(handled) / wall
    kinds = Counter(kind for kind, _ in handled)
    ms_by_kind = {kind: [s * 1000 for k, s in handled if k == kind] for kind in sorted(kinds)}
    p95 = percentile(times, 0.95)
    over = Counter(kind for kind, seconds in handled if seconds * 1000 > p95)
    return Result(
        app=app,
        engine=engine,
        rtt_ms=rtt_ms,
        updates=len(handled),
        seconds=round(wall, 2),
        updates_per_s=round(achieved, 1),
        p50_ms=round(statistics.median(times), 1),
        p95_ms=round(p95, 1),
        p99_ms=round(percentile(times, 0.99), 1),
        sql_per_update=round(sum(statements.values()) / len(handled), 2),
        api_calls_per_update=round(calls / len(handled), 2),
        errors=errors,
        kinds=dict(sorted(kinds.items())),
        sql_by_kind={kind: round(statements[kind] / n, 1) for kind, n in sorted(kinds.items())},
        calls_by_kind={kind: round(calls_by_kind[kind] / n, 1) for kind, n in sorted(kinds.items())},
        p50_by_kind={kind: round(statistics.median(ms), 1) for kind, ms in ms_by_kind.items()},
        p95_by_kind={kind: round(percentile(ms, 0.95), 1) for kind, ms in ms_by_kind.items()},
        over_p95_by_kind={kind: over[kind] for kind in sorted(kinds)},
        cpu_ms_per_update=round(cpu_seconds * 1000 / len(handled), 2),
        arrival_rate=arrival_rate,
        max_in_flight=max_in_flight,
        kept_up=None if arrival_rate is None else achieved >= 0.95 * arrival_rate,
    )


# -- the two Applications --------------------------------------------------------------------


async def run_real(
    engine: str,
    rtt_ms: int,
    participants: int,
    updates: int,
    in_flight: int,
    rate_limit: bool,
    admin_url: str,
    arrival_rate: float | None = None,
) -> Result:
    with tempfile.TemporaryDirectory(prefix="begleiter-updates-") as folder:
        async with (
            _database(engine, folder, admin_url) as url,
            LocalBotApi(TOKEN, bot_username="begleiter_bench_bot") as api,
        ):
            settings = local_settings(
                TOKEN,
                api.base_url,
                folder,
                DATABASE_URL=url,
                TELEGRAM_RATE_LIMIT=str(rate_limit).lower(),
                CONCURRENT_UPDATES=str(in_flight),
            )
            deps = build_deps(settings)
            try:
                return await _measure_real(
                    deps, settings, api, engine, rtt_ms, participants, updates, in_flight, arrival_rate
                )
            finally:
                await deps.engine.dispose()  # post_shutdown only runs under run_polling


async def _measure_real(
    deps: Deps,
    settings: Settings,
    api: LocalBotApi,
    engine: str,
    rtt_ms: int,
    participants: int,
    updates: int,
    in_flight: int,
    arrival_rate: float | None,
) -> Result:
    await upgrade_engine(deps.engine)
    crowd = await _seed(deps, api, participants)
    app = build_application(settings, deps=deps)
    errors: list[object] = []

    async def on_error(update: object, context: Any) -> None:
        errors.append(context.error)

    app.add_error_handler(on_error)
    async with app:
        await startup(app)
        await app.start()
        await app.bot_data[WARM_UP_KEY]
        await dispatcher_of(app).drain()  # the reminders: their buttons are in the chats
        await _drive(app, api, crowd, min(len(crowd), updates // 10), in_flight)  # warm-up
        api.latency = _latency(rtt_ms)
        statements = _Statements()
        calls, api_errors = len(api.state.calls), len(api.state.errors)
        event.listen(deps.engine.sync_engine, "before_cursor_execute", statements)
        most = 0
        with settled_heap() as frozen, _calls_by_kind() as calls_by_kind:
            cpu = time.process_time()
            try:
                if arrival_rate is None:
                    handled, wall = await _drive(app, api, crowd, updates, in_flight)
                else:
                    handled, wall, most = await _arrive(app, api, crowd, updates, arrival_rate)
            finally:
                cpu = time.process_time() - cpu
                event.remove(deps.engine.sync_engine, "before_cursor_execute", statements)
        calls = len(api.state.calls) - calls
        api_errors = len(api.state.errors) - api_errors
        api.latency = None
        await app.stop()
    result = _result(
        "real",
        engine,
        rtt_ms,
        handled,
        wall,
        statements.by_kind,
        calls,
        len(errors) + api_errors,
        cpu,
        arrival_rate,
        most,
        calls_by_kind,
    )
    result.frozen_objects = frozen
    return result


async def run_bare(rtt_ms: int, participants: int, updates: int, in_flight: int) -> Result:
    async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot") as api:
        crowd = [
            Actor(api.add_user(SimUser(id=FIRST_USER_ID + n, first_name=f"P{n}")), SCRIPTS[n % len(SCRIPTS)])
            for n in range(participants)
        ]
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(api.base_url)
            .context_types(ContextTypes())
            .concurrent_updates(in_flight)
            .build()
        )

        async def reply(update: Update, context: Any) -> None:
            assert update.effective_chat is not None
            await context.bot.send_message(update.effective_chat.id, "Danke!")

        app.add_handler(TypeHandler(Update, reply))
        errors: list[object] = []

        async def on_error(update: object, context: Any) -> None:
            errors.append(context.error)

        app.add_error_handler(on_error)
        async with app:
            await app.start()
            await _drive(app, api, crowd, min(len(crowd), updates // 10), in_flight)
            api.latency = _latency(rtt_ms)
            calls, api_errors = len(api.state.calls), len(api.state.errors)
            with settled_heap() as frozen:
                cpu = time.process_time()
                handled, wall = await _drive(app, api, crowd, updates, in_flight)
                cpu = time.process_time() - cpu
            calls = len(api.state.calls) - calls
            api_errors = len(api.state.errors) - api_errors
            await app.stop()
        result = _result("bare", "-", rtt_ms, handled, wall, Counter(), calls, len(errors) + api_errors, cpu)
        result.frozen_objects = frozen
        return result


# -- the table -------------------------------------------------------------------------------


def _loop(r: Result) -> str:
    """closed, or the open loop's arrival rate and whether the bot kept up."""
    if r.arrival_rate is None:
        return "closed"
    return f"open {r.arrival_rate:g}/s kept up: {'yes' if r.kept_up else 'no'}, {r.max_in_flight} at most"


def render(results: Sequence[Result]) -> str:
    bare = {r.rtt_ms: r for r in results if r.app == "bare"}
    head = f"{'app':<5} {'engine':<9}{'rtt':>5}{'updates':>8}{'upd/s':>9}{'p50 ms':>8}{'p95 ms':>8}"
    head += f"{'p99 ms':>8}{'SQL/upd':>9}{'API/upd':>9}{'CPU ms/upd':>11}{'errors':>7}{'real/bare':>10}  loop"
    lines = [head]
    for r in results:
        base = bare.get(r.rtt_ms) if r.app == "real" and r.arrival_rate is None else None
        ratio = f"{r.updates_per_s / base.updates_per_s:.1%}" if base else ""
        lines.append(
            f"{r.app:<5} {r.engine:<9}{r.rtt_ms:>5}{r.updates:>8}{r.updates_per_s:>9}{r.p50_ms:>8}"
            f"{r.p95_ms:>8}{r.p99_ms:>8}{r.sql_per_update:>9}{r.api_calls_per_update:>9}"
            f"{r.cpu_ms_per_update:>11}{r.errors:>7}{ratio:>10}  {_loop(r)}"
        )
    for r in results:
        if r.app == "real":
            parts = [
                f"{k} {n}x {r.sql_by_kind[k]} SQL {r.calls_by_kind[k]} calls p50 {r.p50_by_kind[k]}"
                f" p95 {r.p95_by_kind[k]} ms ({r.over_p95_by_kind[k]} over the run's p95)"
                for k, n in r.kinds.items()
            ]
            lines.append(f"{r.engine}, rtt {r.rtt_ms}, {_loop(r)}: " + "; ".join(parts))
    return "\n".join(lines)


def summary(results: Sequence[Result]) -> dict[str, Any]:
    """The JSON line for benchmarks/run_all.py: per configuration its main figures."""
    bare = {r.rtt_ms: r for r in results if r.app == "bare"}
    report: dict[str, Any] = {}
    for r in results:
        name = f"{r.app}_{r.engine}_rtt{r.rtt_ms}" if r.app == "real" else f"bare_rtt{r.rtt_ms}"
        if r.arrival_rate is not None:
            name += f"_open{r.arrival_rate:g}"
        report[name] = {
            "updates_per_s": r.updates_per_s,
            "p50_ms": r.p50_ms,
            "p95_ms": r.p95_ms,
            "p99_ms": r.p99_ms,
            "sql_per_update": r.sql_per_update,
            "api_calls_per_update": r.api_calls_per_update,
            "cpu_ms_per_update": r.cpu_ms_per_update,
            "errors": r.errors,
        }
        if r.arrival_rate is not None:
            report[name]["arrival_rate"] = r.arrival_rate
            report[name]["kept_up"] = bool(r.kept_up)
            report[name]["max_in_flight"] = r.max_in_flight
        elif r.app == "real" and r.rtt_ms in bare:
            report[name]["real_over_bare"] = round(r.updates_per_s / bare[r.rtt_ms].updates_per_s, 3)
    return report


async def run(
    participants: int,
    updates: int,
    engines: Sequence[str],
    rtts: Sequence[int],
    in_flight: int,
    rate_limit: bool,
    admin_url: str,
    show: Callable[[Result], None] | None = None,
    arrival_rates: Mapping[str, float] | None = None,
) -> list[Result]:
    """Closed loop (with the bare Application first), or with `arrival_rates` (per engine)
    the open loop, the real Application only."""
    results: list[Result] = []
    for rtt in rtts:
        if arrival_rates is None:
            results.append(await run_bare(rtt, participants, updates, in_flight))
            if show:
                show(results[-1])
        for engine in engines:
            rate = arrival_rates[engine] if arrival_rates is not None else None
            results.append(
                await run_real(engine, rtt, participants, updates, in_flight, rate_limit, admin_url, rate)
            )
            if show:
                show(results[-1])
    return results


def arrival_rates(text: str, engines: Sequence[str]) -> dict[str, float]:
    """`50` (every engine) or `sqlite=50,postgres=100`: the open loop's rate per engine."""
    if "=" not in text:
        return dict.fromkeys(engines, float(text))
    rates = {name.strip(): float(rate) for name, rate in (part.split("=", 1) for part in text.split(","))}
    missing = [engine for engine in engines if engine not in rates]
    if missing:
        raise ValueError(f"--arrival-rate gives no rate for {', '.join(missing)}")
    return {engine: rates[engine] for engine in engines}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--participants", type=int, default=500, help="simulated participants (default 500)")
    parser.add_argument("--updates", type=int, default=2000, help="measured updates per configuration")
    parser.add_argument("--engines", default="sqlite,postgres", help="sqlite,postgres")
    parser.add_argument("--rtt", default="0,50", help="Bot API round trips in ms (default 0,50)")
    parser.add_argument("--in-flight", type=int, default=32, help="updates at once (and CONCURRENT_UPDATES)")
    parser.add_argument("--rate-limit", action="store_true", help="the bot's rate limiter on (28 calls/s)")
    parser.add_argument("--quick", action="store_true", help="100 participants, 300 updates")
    parser.add_argument(
        "--arrival-rate",
        help="open loop: updates arriving per second, one rate or per engine (sqlite=50,postgres=100)",
    )
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"),
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.participants, args.updates = min(args.participants, 100), min(args.updates, 300)
    engines = [e for e in args.engines.split(",") if e]
    unknown = set(engines) - {"sqlite", "postgres"}
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(sorted(unknown))}")
    try:
        rates = None if args.arrival_rate is None else arrival_rates(args.arrival_rate, engines)
    except ValueError as exc:
        parser.error(str(exc))
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)

    def show(result: Result) -> None:
        print(render([result]).splitlines()[1], flush=True)

    results = asyncio.run(
        run(
            args.participants,
            args.updates,
            engines,
            [int(x) for x in args.rtt.split(",")],
            args.in_flight,
            args.rate_limit,
            args.admin_url,
            show,
            rates,
        )
    )
    loop = (
        "closed loop"
        if rates is None
        else "open loop: " + ", ".join(f"{e} {r:g}/s" for e, r in rates.items())
    )
    print(
        f"\n{args.participants} participants, {args.updates} updates per configuration, "
        f"{args.in_flight} in flight, rate limiter {'on' if args.rate_limit else 'off'}, {loop}"
    )
    print(render(results))
    report = summary(results)
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
