"""The outbox dispatcher: claims due rows by priority, sends them, records what happened.

APScheduler (PTB's JobQueue) calls `tick` about once a second; the database says what is
due, so a restart loses nothing. Outcomes:
- sent: the Telegram message id is kept;
- Forbidden (the person blocked the bot): the person is marked unreachable, their pending
  rows are cancelled and their coach is told once;
- network trouble, timeouts, 5xx, a RetryAfter left over after the limiter's own retries:
  tried again later with exponential backoff, failed after MAX_ATTEMPTS;
- any other Bot API refusal (400): failed at once, since sending it again would not help.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram import Message, MessageId, ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot import metrics
from bot.deps import Deps
from bot.logs import describe_exception
from bot.models import OutboxMessage, OutboxStatus, Person
from bot.ratelimit import PACED
from bot.services import outbox, people
from ui.outbox.base import Outgoing, RenderContext, Renderer

log = logging.getLogger(__name__)


class Result(enum.Enum):
    SENT = "sent"
    OBSOLETE = "obsolete"
    BLOCKED = "blocked"
    RETRY = "retry"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    row_id: int
    result: Result
    message_id: int | None = None
    error: str | None = None
    retry_after: timedelta | None = None
    chat_id: int | None = None


class Dispatcher:
    def __init__(
        self,
        deps: Deps,
        bot: ExtBot[Any],
        renderers: Mapping[str, Renderer],  # by the stored kind: Kind values, or tests' own
        *,
        batch_size: int = 30,
        concurrency: int = 10,
    ) -> None:
        self.deps = deps
        self.bot = bot
        self.renderers = renderers
        self.batch_size = batch_size
        self._semaphore = asyncio.Semaphore(concurrency)
        # Paced per chat by the rate limiter, where the bot has one.
        self._pace: dict[str, Any] = {"rate_limit_args": PACED} if bot.rate_limiter is not None else {}
        self._lock = asyncio.Lock()
        # One outcome written at a time: SQLite would otherwise make concurrent writers wait
        # in its busy handler, and the gap between "sent" and "written down" (the duplicate
        # window after a crash) grew to half a batch in the restart test.
        self._record_lock = asyncio.Lock()

    async def tick(self, *, wait: bool = False) -> int:
        """One round: release stale claims, claim a batch, send it, record outcomes. While the
        previous round is still sending it returns at once, or with `wait` runs after it."""
        if self._lock.locked() and not wait:
            return 0
        async with self._lock:
            now = self.deps.clock.now()
            async with self.deps.sessionmaker.begin() as session:
                released = await outbox.release_stale_claims(
                    session, now=now, lease=timedelta(seconds=self.deps.settings.outbox_claim_lease_seconds)
                )
                if released:
                    log.warning("released %d outbox rows left in 'sending'", released)
                rows = await outbox.claim_due(session, now=now, limit=self.batch_size)
                # One chat's rows one after the other, in the order claimed: a participant's
                # messages reach her coach in the order she wrote them. Chats go side by side.
                by_chat: dict[int, list[int]] = {}
                for row in rows:
                    by_chat.setdefault(row.recipient_id, []).append(row.id)
            if not by_chat:
                return 0
            counts = await asyncio.gather(*(self._deliver_in_order(ids) for ids in by_chat.values()))
            return sum(counts)

    async def _deliver_in_order(self, row_ids: list[int]) -> int:
        for row_id in row_ids:
            await self._deliver_and_record(row_id)
        return len(row_ids)

    async def run_due(self, budget: float = 30.0) -> int:
        """What the job calls every second: round after round while full batches come out,
        for at most `budget` seconds. A busy outbox is then sent at the rate limiter's pace
        instead of one batch per job interval; each round claims the most urgent due rows
        first, so an alert that arrives meanwhile waits for one batch at most."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget
        total = 0
        while True:
            count = await self.tick()
            total += count
            if count < self.batch_size or loop.time() >= deadline:
                return total

    async def drain(self, max_rounds: int = 10_000) -> int:
        """Tick until nothing is due (tests, benchmarks and the command line)."""
        total = 0
        for _ in range(max_rounds):
            count = await self.tick()
            if count == 0:
                break
            total += count
        return total

    async def _deliver_and_record(self, row_id: int) -> Outcome:
        # Each outcome is committed as soon as it is known: a crash then repeats only the
        # sends whose answer had arrived but was not yet written down.
        outcome, message = await self._deliver(row_id)
        await self._record(outcome)
        if outcome.result is Result.SENT and outcome.chat_id and message and message.document:
            await self._send_document(row_id, outcome.chat_id, message.document)
        return outcome

    async def _deliver(self, row_id: int) -> tuple[Outcome, Outgoing | None]:
        async with self._semaphore:
            async with self.deps.sessionmaker() as session:
                row = await session.get(OutboxMessage, row_id)
                recipient = await session.get(Person, row.recipient_id) if row else None
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
            if message is None:
                return Outcome(row_id, Result.OBSOLETE, error="no longer applies"), None
            return await self._send(row_id, chat_id, message), message

    async def _send(self, row_id: int, chat_id: int, message: Outgoing) -> Outcome:
        sent: Message | MessageId
        try:
            if message.edit_of is not None and await self._edited(chat_id, message):
                if message.ping is not None:
                    await self._ping(row_id, chat_id, message.edit_of, message.ping)
                return Outcome(row_id, Result.SENT, message_id=message.edit_of, chat_id=chat_id)
            if message.copy_of is not None:
                from_chat, from_message = message.copy_of
                sent = await self.bot.copy_message(
                    chat_id,
                    from_chat,
                    from_message,
                    caption=message.text,
                    reply_markup=message.markup,
                    parse_mode=message.parse_mode,
                    **self._pace,
                )
            else:
                sent = await self.bot.send_message(
                    chat_id,
                    message.text,
                    reply_markup=message.markup,
                    parse_mode=message.parse_mode,
                    **self._pace,
                )
        except Forbidden:
            return Outcome(row_id, Result.BLOCKED, error="Forbidden")
        except RetryAfter as exc:
            return Outcome(row_id, Result.RETRY, error="RetryAfter", retry_after=_seconds(exc.retry_after))
        except BadRequest as exc:
            return Outcome(row_id, Result.FAILED, error=f"BadRequest: {exc.message[:150]}")
        except (NetworkError, TelegramError) as exc:  # timeouts, 5xx, connection trouble
            return Outcome(row_id, Result.RETRY, error=type(exc).__name__)
        return Outcome(row_id, Result.SENT, message_id=sent.message_id, chat_id=chat_id)

    async def _edited(self, chat_id: int, message: Outgoing) -> bool:
        """Edit the earlier message in place; False if it cannot be (deleted, too old)."""
        try:
            await self.bot.edit_message_text(
                message.text,
                chat_id=chat_id,
                message_id=message.edit_of,
                reply_markup=message.markup,
                parse_mode=message.parse_mode,
                **self._pace,
            )
        except BadRequest as exc:
            return "not modified" in exc.message.lower()
        return True

    async def _ping(self, row_id: int, chat_id: int, message_id: int, text: str) -> None:
        """A short reply under an edited message so that its reader hears of the change; the
        edit itself carries the content, so a ping that fails is only logged."""
        try:
            await self.bot.send_message(
                chat_id, text, reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True)
            )
        except TelegramError as exc:
            log.info("ping for outbox row %s not sent: %s", row_id, type(exc).__name__)

    async def _send_document(self, row_id: int, chat_id: int, document: tuple[str, bytes, str]) -> None:
        """The file after the text (sent and recorded already): a convenience, never retried."""
        name, content, caption = document
        try:
            await self.bot.send_document(
                chat_id, document=content, filename=name, caption=caption, **self._pace
            )
        except TelegramError as exc:
            log.info("optional document for outbox row %s not sent: %s", row_id, type(exc).__name__)

    async def _record(self, outcome: Outcome) -> None:
        now = self.deps.clock.now()
        async with self._record_lock, self.deps.sessionmaker.begin() as session:
            row = await session.get(OutboxMessage, outcome.row_id)
            if row is None:
                return
            metrics.MESSAGES.labels(kind=metrics.outbox_kind(row.kind), outcome=outcome.result.value).inc()
            row.last_error = outcome.error
            if outcome.result is Result.SENT:
                row.status = OutboxStatus.SENT
                row.sent_at = now
                row.telegram_message_id = outcome.message_id
            elif outcome.result is Result.OBSOLETE:
                row.status = OutboxStatus.CANCELLED
            elif outcome.result is Result.FAILED:
                row.status = OutboxStatus.FAILED
                log.warning("outbox row %s (%s) failed: %s", row.id, row.kind, outcome.error)
            elif outcome.result is Result.RETRY and row.attempts >= outbox.MAX_ATTEMPTS:
                row.status = OutboxStatus.FAILED
                log.warning("outbox row %s (%s) gave up after %d attempts", row.id, row.kind, row.attempts)
            elif outcome.result is Result.RETRY:
                row.status = OutboxStatus.PENDING
                row.due_at = now + (outcome.retry_after or outbox.backoff(row.attempts))
            elif outcome.result is Result.BLOCKED:
                row.status = OutboxStatus.FAILED
                await people.mark_unreachable(session, row.recipient_id, now)


def _seconds(value: Any) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(seconds=float(value))
