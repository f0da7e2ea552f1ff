"""The limiter hands out its overall slots by priority (bot/ratelimit.py): replies before outbox
rows, outbox rows by their Priority, one priority in arrival order, never more than 28 a
second. Run on an event loop with virtual time: timers fire at once and the clock jumps, so
the tests count grants per second of loop time and assert orders and counts, never durations.
"""

from __future__ import annotations

import asyncio
import contextlib
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
from telegram.error import NetworkError, TimedOut

from bot.models.outbox import Priority
from bot.ratelimit import REPLY, BotApiRateLimiter, Paced, PriorityGate

T = TypeVar("T")


class _VirtualSelector:
    """Wraps the loop's selector: instead of sleeping until the next timer, moves the clock."""

    def __init__(self, loop: _VirtualLoop, real: selectors.BaseSelector) -> None:
        self._loop = loop
        self._real = real

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        events = self._real.select(0)
        if not events and timeout:
            self._loop.now += timeout
        return events

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0
        self._selector = _VirtualSelector(self, self._selector)  # type: ignore[has-type, arg-type]

    def time(self) -> float:
        return self.now


def run_virtual(coro: Coroutine[Any, Any, T]) -> T:
    loop = _VirtualLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


def most_in_one_second(times: list[float]) -> int:
    """The most grants in any one second (a sliding window, as Telegram's limit counts)."""
    times = sorted(times)
    most, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def test_many_waiters_are_served_by_priority_then_arrival() -> None:
    priorities = [
        Priority.BROADCAST,
        Priority.REMINDER,
        REPLY,
        Priority.PROMPT,
        Priority.CRISIS,
        Priority.ALERT,
    ] * 8

    async def scenario() -> list[tuple[int, int]]:
        ready = asyncio.Event()  # closed: every waiter queues before the first grant
        gate = PriorityGate(28, ready=ready)
        order: list[tuple[int, int]] = []

        async def wait(number: int, priority: int) -> None:
            await gate.acquire(priority)
            order.append((priority, number))

        tasks = [asyncio.create_task(wait(number, p)) for number, p in enumerate(priorities)]
        await asyncio.sleep(0)
        assert gate.waiting == len(priorities)
        ready.set()
        await asyncio.gather(*tasks)
        return order

    order = run_virtual(scenario())
    assert order == sorted(order)  # priority first, then arrival
    assert [p for p, _ in order[:8]] == [REPLY] * 8
    assert [p for p, _ in order[-8:]] == [Priority.BROADCAST] * 8


def test_a_reply_waits_one_slot_behind_a_queued_bulk_send() -> None:
    async def scenario() -> tuple[list[str], int, int]:
        limiter = BotApiRateLimiter()
        sent: list[str] = []

        async def send(name: str) -> bool:
            sent.append(name)
            return True

        async def bulk(number: int) -> None:
            chat = 1000 + number  # different chats: only the overall limit holds them
            await limiter.process_request(
                send, (f"bulk {number}",), {}, "sendMessage", {"chat_id": chat}, Paced(Priority.BROADCAST)
            )

        tasks = [asyncio.create_task(bulk(number)) for number in range(100)]
        while len(sent) < 10:
            await asyncio.sleep(0.01)
        queued = limiter.gate.waiting
        before = len(sent)
        # A person's reply (no rate_limit_args, as handlers send it) while 90 bulk rows wait.
        await limiter.process_request(send, ("reply",), {}, "sendMessage", {"chat_id": 7}, None)
        await asyncio.gather(*tasks)
        return sent, before, queued

    sent, before, queued = run_virtual(scenario())
    assert len(sent) == 101
    assert queued >= 80
    # At most the one slot already granted goes first, not the bulk rows queued before it.
    assert sent.index("reply") <= before + 1


def test_outbox_priorities_order_the_queue_an_alert_overtakes_broadcasts() -> None:
    async def scenario() -> list[str]:
        limiter = BotApiRateLimiter()
        sent: list[str] = []

        async def send(name: str) -> bool:
            sent.append(name)
            return True

        async def paced(name: str, chat: int, priority: int) -> None:
            await limiter.process_request(
                send, (name,), {}, "sendMessage", {"chat_id": chat}, Paced(priority)
            )

        tasks = [asyncio.create_task(paced(f"b{n}", 1000 + n, Priority.BROADCAST)) for n in range(50)]
        while len(sent) < 5:
            await asyncio.sleep(0.01)
        tasks.append(asyncio.create_task(paced("reminder", 5, Priority.REMINDER)))
        tasks.append(asyncio.create_task(paced("alert", 6, Priority.ALERT)))
        await asyncio.gather(*tasks)
        return sent

    sent = run_virtual(scenario())
    assert sent.index("alert") < sent.index("reminder") <= 8
    assert sorted(sent) == sorted([f"b{n}" for n in range(50)] + ["alert", "reminder"])


def test_never_more_than_28_in_one_second_and_all_of_them_used() -> None:
    async def scenario() -> list[float]:
        gate = PriorityGate(28)
        loop = asyncio.get_running_loop()
        grants: list[float] = []

        async def producer(priority: int, count: int) -> None:
            for _ in range(count):
                await gate.acquire(priority)
                grants.append(loop.time())

        # Replies, alerts and bulk all at once, more than 20 seconds' worth of slots.
        await asyncio.gather(*(producer(p, 60) for p in (REPLY, Priority.ALERT) + (Priority.BROADCAST,) * 8))
        return grants

    grants = run_virtual(scenario())
    assert len(grants) == 600
    # Telegram counts 30 in any one second; the gate allows 28 and one early by its tolerance.
    assert most_in_one_second(grants) <= 29
    whole_seconds = int(grants[-1] - grants[0])
    assert 27 * whole_seconds <= len(grants) <= 28 * (whole_seconds + 1) + 1


def test_a_cancelled_waiter_loses_its_turn_and_nobody_elses() -> None:
    async def scenario() -> list[int]:
        ready = asyncio.Event()
        gate = PriorityGate(28, ready=ready)
        order: list[int] = []

        async def wait(number: int, priority: int) -> None:
            await gate.acquire(priority)
            order.append(number)

        first = asyncio.create_task(wait(0, REPLY))
        others = [asyncio.create_task(wait(n, Priority.BROADCAST)) for n in range(1, 4)]
        await asyncio.sleep(0)
        first.cancel()
        ready.set()
        await asyncio.gather(*others)
        assert first.cancelled()
        return order

    assert run_virtual(scenario()) == [1, 2, 3]


def test_no_slot_during_a_pause_and_no_burst_after_it() -> None:
    async def scenario() -> tuple[list[float], float, float]:
        ready = asyncio.Event()
        ready.set()
        gate = PriorityGate(28, ready=ready)
        loop = asyncio.get_running_loop()
        grants: list[float] = []

        async def one(priority: int) -> None:
            await gate.acquire(priority)
            grants.append(loop.time())

        tasks = [asyncio.create_task(one(Priority.BROADCAST)) for _ in range(120)]
        await asyncio.sleep(1.0)
        ready.clear()  # 429s from several chats: everything waits
        paused_at = loop.time()
        await asyncio.sleep(2.0)
        resumed_at = loop.time()
        ready.set()
        await asyncio.gather(*tasks)
        return grants, paused_at, resumed_at

    grants, paused_at, resumed_at = run_virtual(scenario())
    assert len(grants) == 120
    assert not [at for at in grants if paused_at + 0.05 < at < resumed_at]
    assert most_in_one_second(grants) <= 29


def test_the_shared_budget_is_taken_after_the_processs_own_slot_right_before_the_send() -> None:
    """Several processes: the deployment's slot (bot/budget.py) comes last, after this process's
    overall slot, so no wait for that slot moves the send away from its shared one."""

    async def scenario() -> list[str]:
        limiter = BotApiRateLimiter()
        steps: list[str] = []

        class Budget:
            async def take(self) -> None:
                steps.append("budget")

        async def send(name: str) -> bool:
            steps.append(name)
            return True

        original = limiter.gate.acquire

        async def acquire(priority: int) -> None:
            await original(priority)
            steps.append("own slot")

        limiter.gate.acquire = acquire  # type: ignore[method-assign]
        await limiter.process_request(
            send, ("sent",), {}, "sendMessage", {"chat_id": 5}, Paced(Priority.REMINDER, budget=Budget())
        )
        return steps

    assert run_virtual(scenario()) == ["own slot", "budget", "sent"]


def _failure(kind: str) -> NetworkError:
    """How PTB reports each failure: a 5xx answer without a cause, the rest from httpx's error."""
    causes: dict[str, BaseException] = {
        "refused": httpx.ConnectError("refused"),
        "read timeout": httpx.ReadTimeout("no answer"),
        "dropped": httpx.RemoteProtocolError("Server disconnected without sending a response."),
    }
    if kind == "5xx":
        return NetworkError("Bad Gateway")
    error = TimedOut() if kind == "read timeout" else NetworkError(f"httpx.HTTPError: {causes[kind]}")
    error.__cause__ = causes[kind]
    return error


def test_a_request_telegram_did_not_count_gives_its_slot_back() -> None:
    """Chats alternate between a failure and a success, as fast as the limiter lets them: a 5xx
    or a refused connection costs no slot (Telegram counted no message), so the successes keep
    the whole rate; a lost answer (timeout, dropped connection) may have been counted and keeps
    its slot, halving the successes. Never more than 28 counted requests in a second."""

    def successes_per_second(kind: str) -> tuple[float, int]:
        async def scenario() -> tuple[float, int]:
            limiter = BotApiRateLimiter()
            loop = asyncio.get_running_loop()
            counted: list[float] = []
            sent: list[float] = []

            async def chat(chat_id: int) -> None:
                for attempt in range(20):

                    async def request(fail: bool = attempt % 2 == 0) -> bool:
                        if fail:
                            if kind in ("read timeout", "dropped"):
                                counted.append(loop.time())
                            raise _failure(kind)
                        counted.append(loop.time())
                        sent.append(loop.time())
                        return True

                    with contextlib.suppress(NetworkError):
                        await limiter.process_request(
                            request, (), {}, "sendMessage", {"chat_id": chat_id}, Paced(Priority.REMINDER)
                        )

            # 60 private chats at one a second each want more than the 28 overall slots.
            await asyncio.gather(*(chat(n) for n in range(1, 61)))
            return len(sent) / (sent[-1] - sent[0]), most_in_one_second(counted)

        return run_virtual(scenario())

    for kind in ("5xx", "refused"):
        rate, most = successes_per_second(kind)
        assert rate > 27 and most <= 29, kind
    for kind in ("read timeout", "dropped"):
        rate, most = successes_per_second(kind)
        assert rate < 15 and most <= 29, kind
