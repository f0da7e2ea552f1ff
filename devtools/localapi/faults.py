"""Fault injection for the local Bot API server: what a bad day with Telegram looks like.

A FaultPolicy set on `LocalBotApi.faults` makes a seeded random share of the sending calls
fail in one of the ways the real network does:

- `server_error`: HTTP 500 or 502, nothing stored;
- `too_many`: HTTP 429 with a `retry_after` of a second or two, nothing stored;
- `hang`: no answer for `hang_seconds` (longer than the bot waits); half of them store the
  message first, so the bot cannot know whether Telegram has it;
- `reset`: the connection is dropped without an answer, half before the message is stored
  and half after it (the duplicate case: Telegram accepted, the answer was lost).

A connection refused before the request is written cannot be chosen per request here (the
server has to accept it to read the method); the dispatcher's tests point the bot at a
closed port for that case. The server's own record (its chats) stays exact, so duplicates
are counted there; `deliveries` keeps when each stored message was answered or dropped, for
measuring rates from the server's side.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

SENDS = frozenset({"sendmessage", "copymessage", "senddocument", "editmessagetext"})
# Every fault `FaultPolicy.draw` can name (hangs and resets come stored or lost).
KINDS = frozenset({"server_error", "hang_stored", "hang_lost", "reset_stored", "reset_lost", "too_many"})


@dataclass
class FaultPolicy:
    server_error: float = 0.0
    hang: float = 0.0
    reset: float = 0.0
    too_many: float = 0.0
    hang_seconds: float = 8.0
    retry_after: tuple[int, int] = (1, 2)
    seed: int = 0
    methods: frozenset[str] = SENDS  # lower case
    requests: int = 0  # calls of `methods` seen, faulty or not
    injected: Counter[str] = field(default_factory=Counter)  # fault kind -> how often
    deliveries: list[tuple[float, int]] = field(default_factory=list)  # (monotonic, chat id)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)  # noqa: S311  # reproducible faults, not secrets

    @classmethod
    def issue_15(cls, seed: int = 0) -> FaultPolicy:
        """The mix the issue asks the bot to survive: 10% 5xx, 5% hangs, 5% resets, some 429s."""
        return cls(server_error=0.10, hang=0.05, reset=0.05, too_many=0.03, seed=seed)

    def draw(self, method: str) -> str | None:
        """The fault for one call of `method`, or None to answer it normally."""
        if method.lower() not in self.methods:
            return None
        self.requests += 1
        roll = self._random.random()
        for kind, share in (
            ("server_error", self.server_error),
            ("hang", self.hang),
            ("reset", self.reset),
            ("too_many", self.too_many),
        ):
            if roll < share:
                if kind in ("hang", "reset"):
                    kind += "_stored" if self._random.random() < 0.5 else "_lost"
                self.injected[kind] += 1
                return kind
            roll -= share
        return None

    def _note(self, response: web.StreamResponse) -> None:
        """Remember when a message was stored, by its chat, from the server's answer."""
        body = getattr(response, "body", None)
        if response.status != 200 or not isinstance(body, bytes):
            return
        result = json.loads(body).get("result")
        if isinstance(result, dict) and isinstance(result.get("chat"), dict):
            self.deliveries.append((time.monotonic(), int(result["chat"]["id"])))

    async def apply(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        fault = self.draw(request.match_info.get("method", ""))
        if fault is None:
            response = await handler(request)
            self._note(response)
            return response
        if fault == "server_error":
            code = self._random.choice((500, 502))
            description = "Internal Server Error" if code == 500 else "Bad Gateway"
            body = {"ok": False, "error_code": code, "description": description}
            return web.json_response(body, status=code)
        if fault == "too_many":
            seconds = self._random.randint(*self.retry_after)
            flood = {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {seconds}",
                "parameters": {"retry_after": seconds},
            }
            return web.json_response(flood, status=429)
        if fault.endswith("_stored"):
            self._note(await handler(request))
        else:
            await request.read()  # the whole request arrived; it is simply never handled
        if fault.startswith("hang"):
            await asyncio.sleep(self.hang_seconds)  # the bot has given up by now
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=500)  # never written: the connection is gone


def fault_middleware(policy_of: Callable[[], FaultPolicy | None]) -> Middleware:
    """The aiohttp middleware the server installs; it does nothing while no policy is set."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        policy = policy_of()
        if policy is None or "method" not in request.match_info:
            return await handler(request)
        return await policy.apply(request, handler)

    return middleware
