"""The outbox dispatcher: claims due rows by priority, sends them, records what happened.

APScheduler (PTB's JobQueue) calls `tick` about once a second; the database says what is
due, so a restart loses nothing. Outcomes:
- sent: the Telegram message id is kept;
- Forbidden (the person blocked the bot): the person is marked unreachable, their pending
  rows are cancelled and their coach is told once;
- network trouble, timeouts, 5xx: tried again later with exponential backoff, failed after
  MAX_ATTEMPTS. While other sends go through (one bad request among good ones), the row is
  first tried once more after QUICK_RETRY seconds and then again after 0.25, 0.5, 1 ... seconds,
  so a passing fault costs its own row a moment, not the whole outbox the full backoff;
- RetryAfter (429) for one chat: that row and that chat's later rows wait `retry_after`,
  other chats go on (bot/ratelimit.py pauses everything only when several chats get 429);
- any other Bot API refusal (400): failed at once, since sending it again would not help.

Sends do not wait for each other: `run_due` (the job) keeps up to `max_in_flight` rows
claimed and claims more as rows finish, one chat's rows one after the other, different
chats side by side, at the rate limiter's pace. Outbox sends get their own short timeouts
(`send_timeout`), so a hanging request holds up only its own row. `tick` (tests, the
sandbox, `drain`) is one round of at most `batch_size` rows that it waits for. A round ends
after `round_budget` seconds; if rows were still being claimed, the job starts the next one
at once. Ordinary rows (all but crisis and alerts) give way to the updates being handled
(GIVE_WAY): a person waiting for a reply goes first.

Delivery is at least once. A send whose answer is lost after the request was written
(a read timeout, a connection dropped before the answer) is *ambiguous*: Telegram may have
the message, and the retry may show it twice. Those are counted in `ambiguous` and logged;
a connection that could not be made (refused, nothing written) is retried at once and not
counted, since Telegram cannot have it.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from telegram import ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import ExtBot

from bot import botapi, metrics
from bot.budget import SendBudget
from bot.deps import Deps
from bot.logs import describe_exception
from bot.models import OutboxMessage, OutboxStatus, Priority
from bot.ratelimit import PACED, Paced
from bot.request import ANSWER_LOST, NOT_CONNECTED, NOT_WRITTEN, TRANSPORT
from bot.services import outbox, people
from bot.updates import Foreground
from ui.outbox.base import Outgoing, RenderContext, Renderer

log = logging.getLogger(__name__)

QUICK_RETRY = 0.2  # seconds before a row that met a passing fault is tried once more
CONNECT_RETRIES = 2  # immediate retries when no connection could be made
SOON_CAP = timedelta(seconds=30)  # the longest wait between tries while other sends succeed
# After a claim that found fewer due rows than it asked for, the round looks again this much
# later (not as each row finishes): under a steady trickle of rows, fewer claims that find
# nothing. The doorbell (ring) ends the wait at once, so an alert is not held back by it.
CLAIM_PAUSE = 0.25
# The last sends that tell whether Telegram answers at all. Over 20, one failure in five (issue
# 15's fault mix) made 11 of 20 fail now and then by chance: a row failing then waited the full
# backoff (5 s and more) as in an outage, and the last rows of a send came seconds late.
HEALTH_WINDOW = 50
# The longest an ordinary row (not a crisis, not an alert) waits, before each step that takes
# the event loop (reading and rendering, sending, writing down), for a moment when no update
# is being handled (bot/updates.py, Foreground): people waiting for a reply go first.
GIVE_WAY = 0.1  # seconds
MAX_CAPTION = 1024  # Telegram's limit for the caption of a photo or a file
ATTACHMENT_SENT = "attachment_sent"  # in a row's payload: its file is out, its text not yet


class Result(enum.Enum):
    SENT = "sent"
    OBSOLETE = "obsolete"
    BLOCKED = "blocked"
    RETRY = "retry"
    FAILED = "failed"
    DEFER = "defer"  # not tried: its chat is paused after a 429; no attempt counted


@dataclass(frozen=True)
class Outcome:
    row_id: int
    result: Result
    message_id: int | None = None
    error: str | None = None
    retry_after: timedelta | None = None
    chat_id: int | None = None
    passing: bool = False  # a fault of the moment (timeout, 5xx, dropped connection), not a refusal


class Dispatcher:
    def __init__(
        self,
        deps: Deps,
        bot: ExtBot[Any],
        renderers: Mapping[str, Renderer],  # by the stored kind: Kind values, or tests' own
        *,
        batch_size: int = 30,
        concurrency: int = 30,
        max_in_flight: int = 30,  # also the duplicate window after a crash (README)
        send_timeout: float = 5.0,  # PTB's own read timeout; shorter made the loaded restart test time out
        budget: SendBudget | None = None,  # shared by several processes (bot/budget.py)
        foreground: Foreground | None = None,  # the updates being handled (GIVE_WAY)
        round_budget: float = 30.0,  # seconds a round of run_due claims for
    ) -> None:
        self.deps = deps
        self.bot = bot
        self.renderers = renderers
        self.batch_size = batch_size
        self.max_in_flight = max_in_flight
        self.send_timeout = send_timeout
        self.budget = budget
        self.foreground = foreground
        self.round_budget = round_budget
        self.cut_short = False  # the last round ended at its budget, not with nothing due
        self._semaphore = asyncio.Semaphore(concurrency)  # requests on the wire at once
        # Paced per chat by the rate limiter, where the bot has one.
        self._pace: dict[str, Any] = {"rate_limit_args": PACED} if bot.rate_limiter is not None else {}
        self._lock = asyncio.Lock()
        self._stopping = False  # the bot is stopping: no new rows are claimed (stop())
        # One outcome written at a time: SQLite would otherwise make concurrent writers wait
        # in its busy handler, and the gap between "sent" and "written down" (the duplicate
        # window after a crash) grew to half a batch in the restart test.
        self._record_lock = asyncio.Lock()
        # Claimed rows not finished yet (id, priority), per recipient in claim order, and the
        # task sending them.
        self._queues: dict[int, deque[tuple[int, int]]] = {}
        self._chains: dict[int, asyncio.Task[None]] = {}
        self._outstanding = 0
        self._finished = asyncio.Event()
        self._wake = asyncio.Event()  # rung: an urgent row was committed, or the bot stops
        self._paused: dict[int, float] = {}  # chat id -> loop time its 429 pause ends
        self._health: deque[bool] = deque(maxlen=HEALTH_WINDOW)  # did Telegram answer?
        # Sends whose answer was lost after the request was written: Telegram may have the
        # message, and its retry may arrive as a duplicate (README, "Delivery semantics").
        self.ambiguous = 0

    async def tick(self, *, wait: bool = False) -> int:
        """One round: release stale claims, claim a batch, send it, record outcomes. While the
        previous round is still sending it returns at once, or with `wait` runs after it."""
        if self._lock.locked() and not wait:
            return 0
        async with self._lock:
            rows = await self._claim(self.batch_size)
            if not rows:
                return 0
            await self._gather(self._enqueue(rows))
            return len(rows)

    async def run_due(self, budget: float | None = None) -> int:
        """What the job calls every second: keeps up to `max_in_flight` rows claimed, claiming
        the most urgent due rows as others finish, for at most `budget` seconds (the round
        budget), then waits for those in flight. An alert that arrives meanwhile is claimed at
        the next refill. `cut_short` says afterwards whether the budget ended it (the job then
        starts the next round at once) rather than nothing being due."""
        if self._lock.locked() or self._stopping:
            return 0
        async with self._lock:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + (self.round_budget if budget is None else budget)
            refill = max(1, min(self.batch_size, self.max_in_flight) // 3)
            total = 0
            first = True  # stale claims are released once per round (the job runs every second)
            self.cut_short = False
            try:
                while not self._stopping:
                    if not first and loop.time() >= deadline:
                        self.cut_short = True
                        break
                    self._finished.clear()
                    free = self.max_in_flight - self._outstanding
                    if self._outstanding and free < refill:
                        await self._wait_finished(1.0)
                        continue
                    asked = min(self.batch_size, free)
                    self._wake.clear()  # a ring from now on may be a row this claim misses
                    rows = await self._claim(asked, release=first)
                    first = False
                    if rows:
                        total += len(rows)
                        self._enqueue(rows)
                    elif not self._outstanding:
                        break
                    if len(rows) < asked:  # little is due: look again in a moment, or when rung
                        await self._wait_woken(CLAIM_PAUSE)
            except asyncio.CancelledError:
                for task in list(self._chains.values()):
                    task.cancel()
                raise
            await self._gather(list(self._chains.values()))
            return total

    async def stop(self, grace: float = 10.0) -> None:
        """Before the bot stops: claim nothing more, and let the round under way finish the
        sends in flight and write down how they went (each has its own timeout), rather than be
        cancelled with rows claimed, which would go out again after the lease (duplicates)."""
        self._stopping = True
        self._wake.set()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(grace), self._lock:
                pass

    def ring(self) -> None:
        """The doorbell: an urgent row (an alert, a crisis) was committed. A round that waits
        after a short claim claims again at once; with no round under way, this does nothing
        (the doorbell job starts one)."""
        self._wake.set()

    def resume(self) -> None:
        self._stopping = False

    async def drain(self, max_rounds: int = 10_000) -> int:
        """Tick until nothing is due (tests, benchmarks and the command line)."""
        total = 0
        for _ in range(max_rounds):
            count = await self.tick()
            if count == 0:
                break
            total += count
        return total

    async def _wait_finished(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._finished.wait()

    async def _wait_woken(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._wake.wait()

    async def _gather(self, tasks: Iterable[asyncio.Task[None]]) -> None:
        """Wait for these chains; if the waiting is cancelled (the process ends), so are they."""
        pending = set(tasks)
        if not pending:
            return
        try:
            await asyncio.wait(pending)
        except asyncio.CancelledError:
            for task in pending:
                task.cancel()
            raise

    async def _claim(self, limit: int, *, release: bool = True) -> list[OutboxMessage]:
        """Claim due rows; with `release`, first give back rows whose claim outlived the lease
        (a read, and two UPDATEs when it finds one: a round does it at its first claim only,
        since a lease is minutes)."""
        now = self.deps.clock.now()
        async with self.deps.sessionmaker.begin() as session:
            if release:
                released = await outbox.release_stale_claims(
                    session, now=now, lease=timedelta(seconds=self.deps.settings.outbox_claim_lease_seconds)
                )
                if released:
                    log.warning("released %d outbox rows left in 'sending'", released)
            return await outbox.claim_due(session, now=now, limit=limit)

    def _enqueue(self, rows: list[OutboxMessage]) -> list[asyncio.Task[None]]:
        """Queue claimed rows behind their recipient's earlier ones: a participant's messages
        reach her coach in the order she wrote them. Recipients go side by side."""
        tasks = []
        for row in rows:
            self._outstanding += 1
            queue = self._queues.get(row.recipient_id)
            if queue is None:
                queue = self._queues[row.recipient_id] = deque()
                self._chains[row.recipient_id] = asyncio.create_task(self._chain(row.recipient_id, queue))
            queue.append((row.id, row.priority))
            tasks.append(self._chains[row.recipient_id])
        return tasks

    async def _chain(self, recipient_id: int, queue: deque[tuple[int, int]]) -> None:
        try:
            while queue:
                row_id, priority = queue.popleft()
                try:
                    outcome = await self._deliver_and_record(row_id, priority)
                    if outcome.result is Result.RETRY and outcome.retry_after and queue:
                        # The chat is paused: its later rows wait with it, in their order.
                        later = [later_id for later_id, _ in queue]
                        queue.clear()
                        await self._defer(later, outcome.retry_after)
                        self._done(len(later))
                except Exception as exc:  # never lose the loop; the lease frees the row
                    log.error("outbox row %s: unexpected error\n%s", row_id, describe_exception(exc))
                finally:
                    self._done(1)
        finally:
            del self._queues[recipient_id]
            del self._chains[recipient_id]

    def _done(self, count: int) -> None:
        self._outstanding -= count
        self._finished.set()

    def _pause(self, chat_id: int, wait: timedelta) -> None:
        now = asyncio.get_running_loop().time()
        if len(self._paused) > 1000:
            self._paused = {chat: until for chat, until in self._paused.items() if until > now}
        self._paused[chat_id] = now + wait.total_seconds()

    async def _defer(self, row_ids: list[int], wait: timedelta) -> None:
        for row_id in row_ids:
            await self._record(Outcome(row_id, Result.DEFER, retry_after=wait))

    def _healthy(self) -> bool:
        """Telegram answers most sends: a failure now is passing, not an outage."""
        return len(self._health) >= 5 and sum(self._health) * 2 >= len(self._health)

    async def _give_way(self, priority: int) -> None:
        """An ordinary row lets the updates being handled go first, for at most GIVE_WAY."""
        if self.foreground is not None and priority > Priority.ALERT:
            await self.foreground.quiet(GIVE_WAY)

    async def _deliver_and_record(self, row_id: int, priority: int) -> Outcome:
        # Each outcome is committed as soon as it is known: a crash then repeats only the
        # sends whose answer had arrived but was not yet written down.
        outcome, message = await self._deliver(row_id, priority)
        if outcome.result is Result.RETRY and outcome.passing and self._healthy():
            await asyncio.sleep(QUICK_RETRY)
            outcome, message = await self._deliver(row_id, priority)
        await self._give_way(priority)
        await self._record(outcome)
        if outcome.result is Result.SENT and outcome.chat_id and message and message.document:
            await self._send_document(row_id, outcome.chat_id, message.document)
        return outcome

    async def _deliver(self, row_id: int, priority: int) -> tuple[Outcome, Outgoing | None]:
        async with self._semaphore:
            await self._give_way(priority)
            async with self.deps.sessionmaker() as session:
                found = await outbox.for_delivery(session, row_id)
                row, recipient = found if found is not None else (None, None)
                if row is None or recipient is None or recipient.chat_id is None:
                    return Outcome(row_id, Result.OBSOLETE, error="recipient gone"), None
                # By the stored string: a Kind hashes and compares as its value.
                renderer = self.renderers.get(row.kind)
                if renderer is None:
                    return Outcome(row_id, Result.FAILED, error=f"no renderer for {row.kind}"), None
                try:
                    message = await renderer(
                        RenderContext(session, row, recipient, self.deps, self.deps.clock.now())
                    )
                except Exception as exc:
                    failure = describe_exception(exc)
                    log.error("rendering outbox row %s (%s) failed\n%s", row_id, row.kind, failure)
                    return Outcome(row_id, Result.RETRY, error="render error"), None
                chat_id = recipient.chat_id
                priority = row.priority
                if message is not None and message.attachment and row.payload.get(ATTACHMENT_SENT):
                    # The file went out on an earlier try whose text did not: the text alone now.
                    message = replace(message, attachment=None)
            if message is None:
                return Outcome(row_id, Result.OBSOLETE, error="no longer applies"), None
            await self._give_way(priority)
            paused = self._paused.get(chat_id, 0.0) - asyncio.get_running_loop().time()
            if paused > 0:
                return Outcome(row_id, Result.DEFER, retry_after=timedelta(seconds=paused)), None
            return await self._send(row_id, chat_id, message, priority), message

    async def _send(self, row_id: int, chat_id: int, message: Outgoing, priority: int) -> Outcome:
        for _ in range(CONNECT_RETRIES):
            try:
                return await self._send_once(row_id, chat_id, message, priority)
            except _NotConnected:
                log.info("outbox row %s: no connection to the Bot API, trying again", row_id)
        try:
            return await self._send_once(row_id, chat_id, message, priority)
        except _NotConnected:
            return Outcome(row_id, Result.RETRY, error="NetworkError", passing=True)

    async def _send_once(self, row_id: int, chat_id: int, message: Outgoing, priority: int) -> Outcome:
        sent: int | None  # the message id, if Telegram's answer has one
        pace = self._paced(priority)
        try:
            if message.edit_of is not None and await self._edited(chat_id, message, pace):
                if message.ping is not None:
                    await self._ping(row_id, chat_id, message.edit_of, message.ping)
                return Outcome(row_id, Result.SENT, message_id=message.edit_of, chat_id=chat_id)
            await self._take_budget(paced=True)
            if message.attachment is not None:
                sent = await self._send_attachment(row_id, chat_id, message, pace)
            elif message.copy_of is not None:
                from_chat, from_message = message.copy_of
                copied = await self.bot.copy_message(
                    chat_id,
                    from_chat,
                    from_message,
                    caption=message.text,
                    reply_markup=message.markup,
                    parse_mode=message.parse_mode,
                    **self._timeouts,
                    **pace,
                )
                sent = copied.message_id
            else:
                sent = await botapi.send_text(
                    self.bot,
                    chat_id,
                    message.text,
                    reply_markup=message.markup,
                    parse_mode=message.parse_mode,
                    **self._timeouts,
                    **pace,
                )
        except Forbidden:
            self._health.append(True)
            return Outcome(row_id, Result.BLOCKED, error="Forbidden")
        except RetryAfter as exc:
            wait = _seconds(exc.retry_after)
            self._pause(chat_id, wait)
            return Outcome(row_id, Result.RETRY, error="RetryAfter", retry_after=wait)
        except BadRequest as exc:
            self._health.append(True)
            return Outcome(row_id, Result.FAILED, error=f"BadRequest: {exc.message[:150]}")
        except (NetworkError, TelegramError) as exc:  # timeouts, 5xx, connection trouble
            if _not_connected(exc):
                raise _NotConnected from exc
            self._health.append(False)
            if _ambiguous(exc):
                self.ambiguous += 1
                metrics.AMBIGUOUS.inc()
                log.warning(
                    "outbox row %s: the answer was lost after the request was sent (%s);"
                    " Telegram may have the message, so trying again may send it twice",
                    row_id,
                    _cause_name(exc),
                )
            return Outcome(row_id, Result.RETRY, error=type(exc).__name__, passing=True)
        self._health.append(True)
        return Outcome(row_id, Result.SENT, message_id=sent, chat_id=chat_id)

    async def _send_attachment(
        self, row_id: int, chat_id: int, message: Outgoing, pace: dict[str, Any]
    ) -> int | None:
        """A photo or a file Telegram has (by file_id), at the row's pace and priority: with
        the text as its caption and the buttons where the text fits a caption; else the file,
        then the text with the buttons. Should the text then fail, the row's next try sends
        the text alone (ATTACHMENT_SENT), not the file a second time."""
        assert message.attachment is not None
        kind, file_id = message.attachment
        send = self.bot.send_photo if kind == "photo" else self.bot.send_document
        if fits_caption(message.text):
            with_caption = await send(
                chat_id,
                file_id,
                caption=message.text,
                reply_markup=message.markup,
                parse_mode=message.parse_mode,
                **self._timeouts,
                **pace,
            )
            return with_caption.message_id
        await send(chat_id, file_id, **self._timeouts, **pace)
        async with self._record_lock, self.deps.sessionmaker.begin() as session:
            row = await session.get(OutboxMessage, row_id)
            if row is not None:
                row.payload = {**row.payload, ATTACHMENT_SENT: True}
        await self._take_budget(paced=True)
        return await botapi.send_text(
            self.bot,
            chat_id,
            message.text,
            reply_markup=message.markup,
            parse_mode=message.parse_mode,
            **self._timeouts,
            **pace,
        )

    def _paced(self, priority: int) -> dict[str, Any]:
        """rate_limit_args for a row: paced per chat, its overall slot by the row's priority."""
        return {"rate_limit_args": Paced(priority, budget=self.budget)} if self._pace else {}

    @property
    def _timeouts(self) -> dict[str, Any]:
        """Short timeouts for outbox sends: a hanging request holds up only its own row."""
        seconds = self.send_timeout
        return {
            "read_timeout": seconds,
            "write_timeout": seconds,
            "connect_timeout": seconds,
            "pool_timeout": seconds,
        }

    async def _take_budget(self, *, paced: bool = False) -> None:
        """Wait for the deployment's shared pace, where several processes send (PostgreSQL).
        A request paced by the rate limiter (`paced`) takes it there instead, after its own
        overall slot (bot/ratelimit.py, Paced.budget)."""
        if self.budget is not None and not (paced and self._pace):
            await self.budget.take()

    async def _edited(self, chat_id: int, message: Outgoing, pace: dict[str, Any]) -> bool:
        """Edit the earlier message in place; False if it cannot be (deleted, too old)."""
        assert message.edit_of is not None
        await self._take_budget(paced=True)
        try:
            await botapi.edit_text(
                self.bot,
                chat_id,
                message.edit_of,
                message.text,
                reply_markup=message.markup,
                parse_mode=message.parse_mode,
                **self._timeouts,
                **pace,
            )
        except BadRequest as exc:
            return "not modified" in exc.message.lower()
        return True

    async def _ping(self, row_id: int, chat_id: int, message_id: int, text: str) -> None:
        """A short reply under an edited message so that its reader hears of the change; the
        edit itself carries the content, so a ping that fails is only logged."""
        await self._take_budget()
        try:
            await self.bot.send_message(
                chat_id, text, reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True)
            )
        except TelegramError as exc:
            log.info("ping for outbox row %s not sent: %s", row_id, type(exc).__name__)

    async def _send_document(self, row_id: int, chat_id: int, document: tuple[str, bytes, str]) -> None:
        """The file after the text (sent and recorded already): a convenience, never retried."""
        name, content, caption = document
        await self._take_budget()
        try:
            await self.bot.send_document(
                chat_id, document=content, filename=name, caption=caption, **self._pace
            )
        except TelegramError as exc:
            log.info("optional document for outbox row %s not sent: %s", row_id, type(exc).__name__)

    async def _record(self, outcome: Outcome) -> None:
        now = self.deps.clock.now()
        async with self._record_lock, self.deps.sessionmaker.begin() as session:
            if outcome.result is Result.SENT:  # the common case, in one statement
                kind = await outbox.mark_sent(
                    session, outcome.row_id, now=now, message_id=outcome.message_id, error=outcome.error
                )
                if kind is not None:
                    metrics.MESSAGES.labels(
                        kind=metrics.outbox_kind(kind), outcome=outcome.result.value
                    ).inc()
                return
            row = await session.get(OutboxMessage, outcome.row_id)
            if row is None:
                return
            if row.status is OutboxStatus.SENT:
                # Another attempt got it through: one whose claim ran out while its answer was
                # slow, and the row was taken again meanwhile. A later failure does not undo it.
                log.info("outbox row %s: sent already; a later try ended %s", row.id, outcome.result.value)
                return
            metrics.MESSAGES.labels(kind=metrics.outbox_kind(row.kind), outcome=outcome.result.value).inc()
            row.last_error = outcome.error
            if outcome.result is Result.OBSOLETE:
                row.status = OutboxStatus.CANCELLED
            elif outcome.result is Result.FAILED:
                row.status = OutboxStatus.FAILED
                log.warning("outbox row %s (%s) failed: %s", row.id, row.kind, outcome.error)
            elif outcome.result is Result.RETRY and row.attempts >= outbox.MAX_ATTEMPTS:
                row.status = OutboxStatus.FAILED
                log.warning("outbox row %s (%s) gave up after %d attempts", row.id, row.kind, row.attempts)
            elif outcome.result is Result.RETRY:
                row.status = OutboxStatus.PENDING
                delay = outcome.retry_after or outbox.backoff(row.attempts)
                if outcome.passing and self._healthy():  # other sends go through: try soon
                    delay = min(delay, timedelta(seconds=0.25 * 2 ** (row.attempts - 1)), SOON_CAP)
                row.due_at = now + delay
            elif outcome.result is Result.DEFER:
                row.status = OutboxStatus.PENDING
                row.due_at = now + (outcome.retry_after or timedelta(seconds=1))
                row.attempts = max(0, row.attempts - 1)
                row.last_error = "chat paused after 429"
            elif outcome.result is Result.BLOCKED:
                row.status = OutboxStatus.FAILED
                await people.mark_unreachable(session, row.recipient_id, now)


def fits_caption(text: str) -> bool:
    """Whether a text fits a caption of 1,024 characters, counted in UTF-16 code units (an emoji
    outside the BMP counts twice): the stricter count, so what passes fits however Telegram counts."""
    return len(text.encode("utf_16_le")) // 2 <= MAX_CAPTION


class _NotConnected(Exception):
    """No connection could be made: nothing was written, so Telegram cannot have the message."""


def _cause(exc: BaseException) -> BaseException | None:
    return exc.__cause__ or exc.__context__


def _cause_name(exc: BaseException) -> str:
    cause = _cause(exc)
    return type(cause).__name__ if cause is not None else type(exc).__name__


def _not_connected(exc: TelegramError) -> bool:
    return isinstance(_cause(exc), NOT_CONNECTED)


def _ambiguous(exc: TelegramError) -> bool:
    """Was the request written and the answer lost? Then Telegram may have the message.
    A 5xx answer (a NetworkError without a transport cause) and a request that was never fully
    written (pool or write timeout) are not; a timeout of unknown cause is counted."""
    cause = _cause(exc)
    if isinstance(cause, NOT_WRITTEN):
        return False
    if isinstance(cause, ANSWER_LOST):
        return True
    if isinstance(exc, TimedOut):
        return True
    return isinstance(cause, TRANSPORT)


def _seconds(value: Any) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(seconds=float(value))
