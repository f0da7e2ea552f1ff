"""The Bot API's HTTP client for everything but getUpdates: python-telegram-bot's BaseRequest
on aiohttp's client session, and what a failed request means for delivery.

Why not PTB's default (HTTPXRequest, on httpx and httpcore)? httpcore's connection pool
looks at every connection for every request it queues and finishes, and for each idle one
counts the idle ones again. With a 50 ms round trip to Telegram and 100 updates a second,
dozens of requests are open at once, and that bookkeeping took about a quarter of the
process's CPU: the bot fell behind (58-70 updates/s handled) and never caught up. On
aiohttp's pool (one queue of free connections per host) the same run kept up, at 99 a
second, with 9 instead of 14-17 ms of CPU per update (`benchmarks/updates.py --engines
postgres --rtt 50 --arrival-rate 100`, README "Benchmarks"). getUpdates keeps PTB's default: one
long poll at a time, on one connection.

Timeouts keep PTB's meaning. aiohttp has no pool or write timeout of its own: the wait for a
free connection and the connecting share `connect` (pool + connect), reading has
`sock_read`, and the whole request is capped at the sum of the four (a write that hangs).

Failures become PTB's errors with the aiohttp exception as their cause: TimedOut for a
timeout, NetworkError for the rest. Whether Telegram may have the message depends on how far
the request got: NOT_CONNECTED (nothing was written), NOT_WRITTEN (a pool or write wait ran
out before the request went out) and ANSWER_LOST (written, and the answer did not come)
name the causes, for httpx and aiohttp alike (scheduler/dispatcher.py, bot/ratelimit.py).
"""

from __future__ import annotations

from typing import Any

import aiohttp
import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# PTB's HTTPXRequest defaults, kept: connections, and seconds per phase.
CONNECTION_POOL_SIZE = 256
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0

# No connection was made: nothing was written, so Telegram cannot have the request. aiohttp's
# ConnectionTimeoutError is also its wait for a free connection (it has no pool timeout).
NOT_CONNECTED: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    ConnectionRefusedError,
    aiohttp.ClientConnectorError,
    aiohttp.ConnectionTimeoutError,
)
# The request did not (fully) go out: a wait for a free connection, or a write, ran out.
NOT_WRITTEN: tuple[type[BaseException], ...] = (
    httpx.PoolTimeout,
    httpx.WriteTimeout,
    httpx.WriteError,
    aiohttp.ConnectionTimeoutError,
)
# The request was written and its answer lost: Telegram may have acted on it.
ANSWER_LOST: tuple[type[BaseException], ...] = (
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
    aiohttp.SocketTimeoutError,
    aiohttp.ServerDisconnectedError,
    aiohttp.ClientPayloadError,
)
# Any other trouble on the way (counted as ambiguous: it may have been written).
TRANSPORT: tuple[type[BaseException], ...] = (httpx.TransportError, aiohttp.ClientError, OSError)


class AiohttpRequest(BaseRequest):
    """PTB's BaseRequest on one aiohttp ClientSession (made by `initialize`, in the loop)."""

    __slots__ = ("_defaults", "_media_write_timeout", "_pool_size", "_session")

    def __init__(
        self,
        *,
        connection_pool_size: int = CONNECTION_POOL_SIZE,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._defaults = {
            "read": read_timeout,
            "write": write_timeout,
            "connect": connect_timeout,
            "pool": pool_timeout,
        }
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._defaults["read"]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=self._pool_size),
                timeout=aiohttp.ClientTimeout(total=None),
                headers={"User-Agent": self.USER_AGENT},
                # The token is in the path: no cookies, no proxies from the environment.
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = bool(request_data and request_data.contains_files)
        read = self._given(read_timeout, "read")
        if files and write_timeout is BaseRequest.DEFAULT_NONE:
            write = self._media_write_timeout
        else:
            write = self._given(write_timeout, "write")
        connect = self._given(connect_timeout, "connect")
        pool = self._given(pool_timeout, "pool")
        phases = (read, write, connect, pool)
        timeout = aiohttp.ClientTimeout(
            total=None if None in phases else sum(phases),  # type: ignore[arg-type]
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut(f"Timed out ({type(exc).__name__})") from exc
        except aiohttp.ClientError as exc:
            # The class only: an aiohttp message may hold the URL, and the URL the token.
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc

    def _given(self, value: Any, phase: str) -> float | None:
        return self._defaults[phase] if value is BaseRequest.DEFAULT_NONE else value


def _body(request_data: RequestData | None) -> Any:
    """A form, as HTTPXRequest sends it: url-encoded, or multipart when files go with it."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    if not request_data.multipart_data:
        return fields or None
    # Names as UTF-8, as httpx sends them (aiohttp's quoting would make "Termin ä.ics" arrive
    # as "Termin%20%C3%A4.ics").
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in request_data.multipart_data.items():
        filename, content, *rest = part
        form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
    return form


__all__ = [
    "ANSWER_LOST",
    "NOT_CONNECTED",
    "NOT_WRITTEN",
    "TRANSPORT",
    "AiohttpRequest",
]
