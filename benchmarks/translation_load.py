"""Benchmark: how long participants wait for the bot while broadcast translations run, against the
same without them, in one run.

    .venv/bin/python benchmarks/translation_load.py [--updates 90] [--every 0.25] [--rounds 3]
                                                    [--cost 0.5] [--burn released|python]
                                                    [--languages 6] [--sentences 3]

Everything but Telegram and the translation models is real: a temporary, migrated SQLite
database; the real PTB Application polling the in-process local Bot API server in its
Telegram-like mode (429 above 30 messages a second), with the production update processor,
dispatcher job and rate limiter; the real MachineTranslator (its worker thread, cache and routes
through English) with the demo packages of devtools/mt_demo.py installed for German into
`--languages` of ar, uk (through English), fa, tr, ru, en; broadcasts prepared by the real
`broadcasts.prepare_texts` (persistent translation cache, no transaction open while translating),
as the staff's /broadcast dialogue calls it.

**The translation cost is a stand-in.** No real argostranslate model can be installed here, and
a demo model translates a sentence in 1–3 ms, while a real one takes on the order of 0.2–1 s of
CPU per sentence. So each package a sentence goes through first burns `--cost` seconds of the
worker thread's CPU time (default 0.5), then the demo model translates it. `--burn released`
(default) burns it with the GIL released, as CTranslate2 does (checked with ctranslate2 4.8.5 and
a 375 MB random-weight model: loading it and 2 s of translate_batch in a worker thread left an
asyncio loop's longest wake-up delay at 22–89 ms on the loaded two-core machine); `--burn python`
holds the GIL (a pure-Python loop): the worst case, a translator written in Python.

The run alternates, `--rounds` times: a quiet phase (no translation), then a busy phase in which a
staff member's broadcast drafts are prepared one after another, each with a new German text of
`--sentences` sentences, so each needs `--languages` fresh translations (no cache hit). In each
phase, `--updates`/`--rounds`/2 ordinary updates from five German-speaking participants
(/language, then a press of the first language button it offers), one every `--every` seconds,
and after every third update one interactive translation (a new one-sentence Arabic text into
German, as the triage of a check-in answer or a message to the coach asks for it).

Update latency = from the update being queued at the server to the bot's answer recorded by the
server (a message for /language, answerCallbackQuery for a press): polling, handling, the database
and the rate limiter. Loop lag = how late a 20 ms asyncio.sleep wakes up, sampled all along: the
event loop's own responsiveness. Interactive = the await of MachineTranslator.translate() on
the event loop: its own cost and any wait for its worker thread (before broadcasts got their own
bulk worker thread, the wait behind a broadcast's translation: 7.4 s median, 11 s p95, against
1.4 s without, at the defaults on a loaded machine). Printed: median and p95 of each, quiet and
busy, and busy/quiet for the updates.
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
import hashlib
import itertools
import json
import logging
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench_support import local_settings, percentile
from reminders import TOKEN, _make_participants
from sqlalchemy import update

from bot.app import build_application, build_deps, startup
from bot.deps import Deps
from bot.migrate import upgrade_engine
from bot.models import Person, Role
from bot.mt import MachineTranslator, split_sentences
from bot.services import broadcasts, people
from devtools.localapi import LocalBotApi, SimUser
from devtools.mt_demo import DEMO_LEXICONS, build_demo_package

TARGETS = ("ar", "uk", "fa", "tr", "ru", "en")  # the participants' languages besides German
ASKERS = 5
FIRST_ASKER_ID = 30_000_000
STAFF_USER_ID = 31_000_000
INTERACTIVE_EVERY = 3  # an interactive translation after every third update
AUDIENCE = 70  # participants the broadcasts are for (ten per language); they are never sent
LAG_TICK = 0.02  # seconds the loop-lag probe sleeps
SENTENCES = (
    "Am 24. August startet die siebte Berufsorientierung.",
    "Es sind noch Plätze frei.",
    "Bitte melden Sie sich bei Ihrer Begleiterin.",
    "Der Kurs findet im Haus der Bildung statt.",
    "Kinderbetreuung ist möglich.",
)
_BLOCK = b"\x5a" * (1 << 20)  # hashlib releases the GIL for inputs this long
_NUMBERS = itertools.count(1)  # makes every text new: no translation comes from a cache


class CostlyTranslator(MachineTranslator):
    """The real MachineTranslator whose packages cost `cost` seconds of CPU per sentence.

    Only `_translate_with` (which runs in the translator's worker thread) is extended: it burns
    the CPU time, then the installed demo package translates as usual.
    """

    def __init__(self, packages_dir: Path, *, cost: float, burn: str) -> None:
        super().__init__(packages_dir)
        self.cost = cost
        self.burn = burn
        self.running = 0  # translations in the worker thread right now (0 or 1)
        self.started = threading.Event()  # set when a translation starts
        self.cpu_seconds = 0.0

    def _translate_with(self, package: Any, text: str) -> str:
        self.running += 1
        self.started.set()
        try:
            sentences = sum(len(split_sentences(line)) for line in text.splitlines() if line.strip())
            started = time.thread_time()
            burn_cpu(self.cost * sentences, release_gil=self.burn == "released")
            self.cpu_seconds += time.thread_time() - started
            return super()._translate_with(package, text)
        finally:
            self.running -= 1


def burn_cpu(seconds: float, *, release_gil: bool) -> None:
    """Use `seconds` of this thread's CPU time: hashing long blocks (the GIL released, as in
    CTranslate2) or a Python loop (the GIL held)."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        if release_gil:
            hashlib.sha256(_BLOCK).digest()
        else:
            for _ in range(20_000):
                pass


@dataclass
class Phase:
    latencies_ms: list[float] = field(default_factory=list)
    interactive_ms: list[float] = field(default_factory=list)  # one ar→de sentence, as triage asks
    lags_ms: list[float] = field(default_factory=list)
    while_translating: int = 0  # updates sent while a model was running
    presses: int = 0  # of the updates, button presses (the others: /language)


@dataclass
class Report:
    cost_per_sentence_s: float
    burn: str
    languages: int
    sentences: int
    updates_quiet: int
    updates_busy: int
    busy_updates_sent_while_a_model_ran: int
    button_presses: int
    interactive_translations: int
    update_quiet_p50_ms: float
    update_quiet_p95_ms: float
    update_busy_p50_ms: float
    update_busy_p95_ms: float
    update_ratio_p50: float
    update_ratio_p95: float
    interactive_quiet_p50_ms: float
    interactive_busy_p50_ms: float
    interactive_busy_p95_ms: float
    interactive_busy_max_ms: float
    loop_lag_quiet_p50_ms: float
    loop_lag_quiet_p95_ms: float
    loop_lag_busy_p50_ms: float
    loop_lag_busy_p95_ms: float
    loop_lag_busy_max_ms: float
    broadcasts_prepared: int
    translations_made: int
    translator_cpu_s: float
    wall_seconds: float


def isolate_argos(home: Path) -> Path:
    """argostranslate's folders in `home` (it reads them once, when first imported); the packages dir."""
    for name, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("ARGOS_PACKAGES_DIR", "packages"),
    ):
        (home / folder).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(home / folder)
    os.environ.setdefault("ARGOS_COMPUTE_TYPE", "float32")
    return home / "packages"


def install_packages(translator: MachineTranslator, languages: int, folder: Path) -> None:
    """Demo packages from German into the first `languages` of TARGETS (uk through English),
    and from Arabic into German."""
    pairs = [("ar", "de")]  # for the interactive translations
    for target in TARGETS[:languages]:
        pairs += [("de", "en"), ("en", "uk")] if target == "uk" else [("de", target)]
    for source, into in dict.fromkeys(pairs):
        lexicon = DEMO_LEXICONS.get((source, into), DEMO_LEXICONS["de", "en"])
        translator.install(build_demo_package(folder, source, into, lexicon))


async def _askers(deps: Deps, api: LocalBotApi) -> list[SimUser]:
    users = []
    async with deps.sessionmaker.begin() as session:
        for number in range(ASKERS):
            user = api.add_user(SimUser(id=FIRST_ASKER_ID + number, first_name=f"Q{number}"))
            await people.create_member(
                session,
                role=Role.PARTICIPANT,
                telegram_user_id=user.id,
                name=f"Fragende {number}",
                language="de",
                timezone=deps.settings.bot_timezone,
                now=deps.clock.now(),
                notice_version=deps.notice_version,
            )
            users.append(user)
    return users


async def _staff(deps: Deps, api: LocalBotApi) -> Person:
    api.add_user(SimUser(id=STAFF_USER_ID, first_name="Staff"))
    async with deps.sessionmaker.begin() as session:
        return await people.create_member(
            session,
            role=Role.STAFF,
            telegram_user_id=STAFF_USER_ID,
            name="Staff",
            language="de",
            timezone=deps.settings.bot_timezone,
            now=deps.clock.now(),
            notice_version=deps.notice_version,
        )


async def _prepare_broadcasts(deps: Deps, staff_id: int, sentences: int, done: list[int]) -> None:
    """Broadcast drafts prepared one after another, each a new text (no cache hit), until cancelled."""
    while True:
        text = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(sentences)) + f" (Nr. {next(_NUMBERS)})"
        async with deps.sessionmaker.begin() as session:
            staff = await session.get(Person, staff_id)
            assert staff is not None
            made = await broadcasts.create_draft(
                session, staff, broadcasts.Audience(broadcasts.PARTICIPANTS), text, now=deps.clock.now()
            )
            broadcast_id = made.id
        await broadcasts.prepare_texts(deps.sessionmaker, deps.mt, broadcast_id, now=deps.clock.now())
        done.append(broadcast_id)


def _last_buttons(api: LocalBotApi, chat_id: int) -> tuple[int, str] | None:
    """(message id, callback data) of the first button of the bot's latest message with buttons."""
    for stored in reversed(api.state.chats[chat_id].messages.values()):
        if stored.from_bot and not stored.deleted and stored.inline_data():
            return stored.message_id, stored.inline_data()[0]
    return None


async def _update(api: LocalBotApi, user: SimUser, press: bool) -> tuple[float, bool]:
    """One ordinary update from `user`: a press of the first button of the bot's latest message
    with buttons when `press` and there is one, else /language. (Milliseconds until the server
    recorded the bot's answer, whether it was a press.)"""
    log = api.state.log
    mark = len(log)
    target = _last_buttons(api, user.id) if press else None
    started = time.time()
    if target is None:
        after = max((m["message_id"] for m in api.messages(user.id)), default=0)
        await api.send_text(user, "/language")
        # The language question (the previous press's answer may still be on its way).
        asked = await api.wait_for_bot_message(
            user.id, lambda m: "inline_keyboard" in (m.get("reply_markup") or {}), after=after, timeout=120
        )
        answer = next(r for r in log[mark:] if r.delivered and r.message_id == asked["message_id"])
    else:
        callback = await api.press(user, *target)
        await api.wait_for_call(
            "answerCallbackQuery", lambda p: p.get("callback_query_id") == callback, timeout=120
        )
        answer = next(
            r
            for r in log[mark:]
            if r.method == "answerCallbackQuery" and r.params.get("callback_query_id") == callback
        )
    return (answer.at - started) * 1000, target is not None


@contextlib.contextmanager
def _swapped(target: list[float], holder: list[list[float]]) -> Iterator[None]:
    holder[0] = target
    try:
        yield
    finally:
        holder[0] = []


async def _phase(
    api: LocalBotApi, askers: list[SimUser], phase: Phase, count: int, every: float, mt: CostlyTranslator
) -> None:
    for number in range(count):
        user = askers[number // 2 % ASKERS]  # /language, then the same person presses a button
        if mt.running:
            phase.while_translating += 1
        latency, pressed = await _update(api, user, press=number % 2 == 1)
        phase.latencies_ms.append(latency)
        phase.presses += pressed
        await asyncio.sleep(every)
        if number % INTERACTIVE_EVERY == INTERACTIVE_EVERY - 1:
            phase.interactive_ms.append(await _interactive(mt))
            await asyncio.sleep(every)


async def _interactive(mt: CostlyTranslator) -> float:
    """Milliseconds for a one-sentence Arabic text to German, as the triage of a check-in answer
    or a participant's message to her coach asks for it (a new text: no cache hit)."""
    started = time.perf_counter()
    assert await mt.translate(f"أنا متعب {next(_NUMBERS)}", "ar", "de") is not None
    return (time.perf_counter() - started) * 1000


async def _until_translating(mt: CostlyTranslator) -> None:
    mt.started.clear()
    await asyncio.to_thread(mt.started.wait)


async def _drained(mt: CostlyTranslator) -> None:
    """Wait until the translator's worker thread has nothing left to do."""
    await asyncio.get_running_loop().run_in_executor(mt._worker(), lambda: None)


async def run(
    updates: int, every: float, rounds: int, cost: float, burn: str, languages: int, sentences: int
) -> Report:
    with tempfile.TemporaryDirectory(prefix="begleiter-translation-load-") as folder:
        packages_dir = isolate_argos(Path(folder) / "argos")
        async with LocalBotApi(TOKEN, bot_username="begleiter_bench_bot", enforce_limits=True) as api:
            settings = local_settings(TOKEN, api.base_url, folder, ARGOS_PACKAGES_DIR=str(packages_dir))
            deps = build_deps(settings)
            mt = CostlyTranslator(packages_dir, cost=cost, burn=burn)
            deps.mt = mt
            try:
                await asyncio.to_thread(install_packages, mt, languages, Path(folder) / "built")
                await mt.warm_up()
                await upgrade(deps)
                await _make_participants(deps, api, AUDIENCE)
                askers = await _askers(deps, api)
                staff = await _staff(deps, api)
                quiet, busy = Phase(), Phase()
                prepared: list[int] = []
                app = build_application(settings, deps=deps, dispatch_interval=1.0)
                per_phase = max(1, updates // rounds // 2)
                async with app:
                    await startup(app)
                    await app.start()
                    assert app.updater is not None
                    await app.updater.start_polling(poll_interval=0.0, timeout=1)
                    started = time.perf_counter()
                    for user in askers:  # the first answers of a chat are not measured
                        await _update(api, user, press=False)
                        await _update(api, user, press=True)
                    lags: list[list[float]] = [[]]
                    probe = asyncio.create_task(_lag_probe(lags))
                    for _ in range(rounds):
                        with _swapped(quiet.lags_ms, lags):
                            await _phase(api, askers, quiet, per_phase, every, mt)
                        work = asyncio.create_task(_prepare_broadcasts(deps, staff.id, sentences, prepared))
                        await _until_translating(mt)
                        with _swapped(busy.lags_ms, lags):
                            await _phase(api, askers, busy, per_phase, every, mt)
                        work.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await work
                        await _drained(mt)
                    probe.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await probe
                    wall = time.perf_counter() - started
                    await app.updater.stop()
                    await app.stop()
            finally:
                mt.close()
                await deps.engine.dispose()
    return _report(quiet, busy, prepared, mt, languages, sentences, wall)


async def _lag_probe(holder: list[list[float]]) -> None:
    """How late a short sleep wakes up, in ms, into the list `holder` holds (the phase's, or a throwaway)."""
    loop = asyncio.get_running_loop()
    while True:
        started = loop.time()
        await asyncio.sleep(LAG_TICK)
        holder[0].append((loop.time() - started - LAG_TICK) * 1000)


async def upgrade(deps: Deps) -> None:
    """The schema, and no quiet hours for anyone (the run may be at night)."""
    await upgrade_engine(deps.engine)
    async with deps.sessionmaker.begin() as session:
        await session.execute(update(Person).values(quiet_start=None, quiet_end=None))


def _stats(values: list[float]) -> tuple[float, float]:
    if not values:
        return 0.0, 0.0
    return round(statistics.median(values), 1), round(percentile(values, 0.95), 1)


def _report(
    quiet: Phase,
    busy: Phase,
    prepared: list[int],
    mt: CostlyTranslator,
    languages: int,
    sentences: int,
    wall: float,
) -> Report:
    quiet_p50, quiet_p95 = _stats(quiet.latencies_ms)
    busy_p50, busy_p95 = _stats(busy.latencies_ms)
    lag_quiet = _stats(quiet.lags_ms)
    lag_busy = _stats(busy.lags_ms)
    return Report(
        cost_per_sentence_s=mt.cost,
        burn=mt.burn,
        languages=languages,
        sentences=sentences,
        updates_quiet=len(quiet.latencies_ms),
        updates_busy=len(busy.latencies_ms),
        busy_updates_sent_while_a_model_ran=busy.while_translating,
        button_presses=quiet.presses + busy.presses,
        interactive_translations=len(quiet.interactive_ms) + len(busy.interactive_ms),
        update_quiet_p50_ms=quiet_p50,
        update_quiet_p95_ms=quiet_p95,
        update_busy_p50_ms=busy_p50,
        update_busy_p95_ms=busy_p95,
        update_ratio_p50=round(busy_p50 / quiet_p50, 2) if quiet_p50 else 0.0,
        update_ratio_p95=round(busy_p95 / quiet_p95, 2) if quiet_p95 else 0.0,
        interactive_quiet_p50_ms=_stats(quiet.interactive_ms)[0],
        interactive_busy_p50_ms=_stats(busy.interactive_ms)[0],
        interactive_busy_p95_ms=_stats(busy.interactive_ms)[1],
        interactive_busy_max_ms=round(max(busy.interactive_ms, default=0.0), 1),
        loop_lag_quiet_p50_ms=lag_quiet[0],
        loop_lag_quiet_p95_ms=lag_quiet[1],
        loop_lag_busy_p50_ms=lag_busy[0],
        loop_lag_busy_p95_ms=lag_busy[1],
        loop_lag_busy_max_ms=round(max(busy.lags_ms, default=0.0), 1),
        broadcasts_prepared=len(prepared),
        translations_made=mt.model_runs,
        translator_cpu_s=round(mt.cpu_seconds, 1),
        wall_seconds=round(wall, 1),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=90, help="updates measured in all (default 90)")
    parser.add_argument("--every", type=float, default=0.25, help="seconds between updates (default 0.25)")
    parser.add_argument("--rounds", type=int, default=3, help="quiet/busy alternations (default 3)")
    parser.add_argument(
        "--cost", type=float, default=0.5, help="CPU seconds per sentence and package (default 0.5)"
    )
    parser.add_argument(
        "--burn", choices=("released", "python"), default="released", help="GIL released or held"
    )
    parser.add_argument(
        "--languages", type=int, default=len(TARGETS), choices=range(1, len(TARGETS) + 1), help="K"
    )
    parser.add_argument("--sentences", type=int, default=3, help="sentences per broadcast text (default 3)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.WARNING)
    report = asyncio.run(
        run(args.updates, args.every, args.rounds, args.cost, args.burn, args.languages, args.sentences)
    )
    values = asdict(report)
    width = max(len(name) for name in values) + 1
    print("\n".join(f"{name + ':':<{width}} {value}" for name, value in values.items()))
    print(json.dumps(values))


if __name__ == "__main__":
    main()
