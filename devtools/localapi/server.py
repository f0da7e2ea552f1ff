"""A local, in-process Telegram Bot API server with simulated users and a sandbox web chat."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
from collections.abc import Callable
from typing import Any

from aiohttp import web

from devtools.localapi import webhook
from devtools.localapi.faults import FaultPolicy, fault_middleware
from devtools.localapi.flood import SENDING_METHODS, FloodControl
from devtools.localapi.methods import CORE_METHODS, ApiError, Handler, Uploads
from devtools.localapi.optional import OPTIONAL_METHODS, document_of, photo_of, store_file
from devtools.localapi.sandbox import ClockControl, add_sandbox_routes
from devtools.localapi.state import JSON, BotState, CallRecord, ClockLike, SimUser

ALL_METHODS: dict[str, Handler] = {**CORE_METHODS, **OPTIONAL_METHODS}
METHOD_NAMES = {name.lower(): name for name in ALL_METHODS}
INT_PARAMS = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "user_id",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "width",
        "height",
        "duration",
        "until_date",
        "max_connections",
    }
)
BOOL_PARAMS = frozenset(
    {
        "show_alert",
        "disable_notification",
        "protect_content",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "has_spoiler",
        "show_caption_above_media",
        "allow_paid_broadcast",
        "for_channels",
    }
)
JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "commands",
        "scope",
        "allowed_updates",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "message_ids",
        "media",
        "menu_button",
    }
)


def convert_param(key: str, value: Any) -> Any:
    """Turn one received parameter into the type the Bot API gives it."""
    if isinstance(value, bytes | bytearray):
        value = bytes(value).decode("utf-8", "replace")
    if key in JSON_PARAMS:
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            what = "reply keyboard markup" if key == "reply_markup" else key
            raise ApiError(400, f"Bad Request: can't parse {what} JSON object") from None
    if key in INT_PARAMS:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            if key == "chat_id":
                return str(value)  # "@channelusername"
            raise ApiError(400, f"Bad Request: invalid {key} specified") from None
    if key in BOOL_PARAMS:
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _error(exc: ApiError) -> web.Response:
    body: JSON = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.parameters:
        body["parameters"] = exc.parameters
    return web.json_response(body, status=exc.code)


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


class LocalBotApi:
    """Answers Bot API calls like Telegram and lets tests or a web page act as users."""

    def __init__(
        self,
        token: str = "123456:TEST",  # noqa: S107
        *,
        bot_id: int = 123456,
        bot_username: str = "begleiter_test_bot",
        bot_first_name: str = "Begleiter",
        host: str = "127.0.0.1",
        port: int = 0,
        optional_methods: bool = True,
        fail_methods: set[str] | None = None,
        blocked_users: set[int] | None = None,
        clock: ClockLike | None = None,
        enforce_limits: bool = False,
        latency: tuple[float, float] | None = None,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.optional_methods = optional_methods
        self.fail_methods: set[str] = set()
        self.state = BotState(
            bot_id=bot_id, bot_username=bot_username, bot_first_name=bot_first_name, clock=clock
        )
        self.state.blocked_users = set(blocked_users or ())
        self._retry_after: dict[str, list[int]] = {}
        # With enforce_limits, sending faster than Telegram allows is answered with 429.
        self.flood: FloodControl | None = FloodControl() if enforce_limits else None
        # (low, high) seconds: every call is answered after a uniformly random delay in between.
        self.latency = latency
        # Per method, instead of `latency` (e.g. slow sends while getUpdates answers at once).
        self.method_latency: dict[str, tuple[float, float]] = {}
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        # Set by the sandbox: the web page's clock buttons move the bot's time through it.
        self.clock_control: ClockControl | None = None
        # Set by tests and benchmarks: a share of sends fails like a bad network (faults.py).
        self.faults: FaultPolicy | None = None
        self.configure(fail_methods=fail_methods or set())

    # -- lifecycle -----------------------------------------------------------------------

    def build_app(self) -> web.Application:
        """The aiohttp application, for mounting elsewhere; start() builds its own."""
        app = web.Application(
            client_max_size=64 * 1024 * 1024, middlewares=[fault_middleware(lambda: self.faults)]
        )
        app.router.add_route("*", "/bot{token}/{method}", self._bot_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        add_sandbox_routes(app, self)
        return app

    async def start(self) -> None:
        self.state.closing = False
        self._runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._webhook_task = asyncio.create_task(webhook.deliver_forever(self.state))

    async def stop(self) -> None:
        self.state.closing = True
        self.state.update_pulse.fire()  # lets waiting long polls answer right away
        task, self._webhook_task = self._webhook_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> LocalBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    @property
    def web_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def deep_link(self, payload: str) -> str:
        return f"https://t.me/{self.state.bot_user['username']}?start={payload}"

    def configure(
        self, *, optional_methods: bool | None = None, fail_methods: set[str] | None = None
    ) -> None:
        """Change at run time which methods are supported and which answer HTTP 500."""
        if optional_methods is not None:
            self.optional_methods = optional_methods
        if fail_methods is not None:
            self.fail_methods = {METHOD_NAMES.get(m.lower(), m) for m in fail_methods}

    def inject_retry_after(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """Make the next `times` calls of `method` answer 429 with that retry_after."""
        name = METHOD_NAMES.get(method.lower(), method)
        self._retry_after.setdefault(name, []).extend([retry_after] * times)

    # -- acting as users -----------------------------------------------------------------

    @property
    def calls(self) -> list[tuple[str, JSON]]:
        return self.state.calls

    @property
    def errors(self) -> list[tuple[str, int, str]]:
        """Every error answer as (method, error_code, description), in order."""
        return self.state.errors

    def records(
        self, *, chat_id: int | None = None, method: str | None = None, ok: bool | None = None
    ) -> list[CallRecord]:
        """Every call with its time and outcome, narrowed to a chat, a method or an outcome."""
        return self.state.records(chat_id=chat_id, method=method, ok=ok)

    def delivered(self, chat_id: int | None = None, method: str | None = None) -> list[CallRecord]:
        """The messages that reached a chat (sent or copied), in order, with their times."""
        return self.state.delivered(chat_id, method)

    def block(self, user: SimUser, *, blocked: bool = True) -> JSON:
        """`user` blocks the bot (blocked=False: unblocks it); returns the my_chat_member update.
        Adding to blocked_users instead blocks without the update."""
        return self.state.set_blocked(user, blocked)

    @property
    def blocked_users(self) -> set[int]:
        return self.state.blocked_users

    @property
    def users(self) -> list[SimUser]:
        return list(self.state.users.values())

    def add_user(self, user: SimUser) -> SimUser:
        return self.state.add_user(user)

    async def send_content(self, user: SimUser, content: JSON) -> JSON:
        """Queue a message from `user` with arbitrary content fields (text, sticker, contact...)."""
        return self.state.user_message(user, content).view()

    async def send_text(self, user: SimUser, text: str) -> JSON:
        return await self.send_content(user, {"text": text})

    async def send_sticker(self, user: SimUser, emoji: str = "👍") -> JSON:
        number = self.state.new_id()
        sticker = {
            "file_id": f"STICKER{number:06d}",
            "file_unique_id": f"S{number:06d}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self.send_content(user, {"sticker": sticker})

    async def send_photo(self, user: SimUser, data: bytes, caption: str | None = None) -> JSON:
        """The user sends a picture (PNG, JPEG, GIF): its file_id is one the bot may send on."""
        stored = store_file(self.state, "photo", data, None, None)
        return await self.send_content(
            user, {"photo": photo_of(stored), **({"caption": caption} if caption else {})}
        )

    async def send_document(
        self,
        user: SimUser,
        data: bytes,
        file_name: str,
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> JSON:
        """The user sends a file; its type from `mime_type`, else guessed from the name and content."""
        stored = store_file(self.state, "document", data, file_name, mime_type)
        content: JSON = {"document": document_of(stored), **({"caption": caption} if caption else {})}
        return await self.send_content(user, content)

    async def press(self, user: SimUser, message_id: int, data: str, *, strict: bool = True) -> str:
        """Press an inline button; strict=False allows data no current button carries."""
        return self.state.press(user, message_id, data, strict=strict).id

    def messages(self, chat_id: int) -> list[JSON]:
        chat = self.state.chats.get(chat_id)
        return [m.view() for m in chat.messages.values()] if chat else []

    def bot_messages(self, chat_id: int) -> list[JSON]:
        return [m for m in self.messages(chat_id) if m["from_bot"]]

    async def wait_for_bot_message(
        self,
        chat_id: int,
        predicate: Callable[[JSON], bool] | None = None,
        *,
        after: int = 0,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> JSON:
        """Wait for a bot message with message_id > after matching predicate.

        With a predicate, bot messages with message_id <= after that were edited after the
        user's latest message or button press count as well (new messages are checked first).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (found := self.state.match_bot_message(chat_id, predicate, after)) is None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(
                    f"no matching bot message in chat {chat_id} after #{after} within "
                    f"{timeout}s; chat so far:\n{self.state.describe_chat(chat_id)}"
                )
            await self.state.change_pulse.wait(remaining)
        return found

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[JSON], bool] | None = None,
        *,
        start: int = 0,
        timeout: float = 10.0,  # noqa: ASYNC109
        arrived: bool = False,
    ) -> JSON:
        """Wait until calls[start:] holds a call of `method` matching predicate; return params.

        By default this wakes when a call has been answered, so its effect is in the state.
        `arrived=True` returns as soon as the call has come in: the moment a long poll
        (getUpdates) starts, which is answered only when an update comes or its timeout ends
        (10 s for python-telegram-bot)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        pulse = self.state.arrival_pulse if arrived else self.state.change_pulse
        while True:
            for name, params in self.state.calls[start:]:
                if name == method and (predicate is None or predicate(params)):
                    return params
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [name for name, _ in self.state.calls[start:]]
                raise TimeoutError(f"no {method} call within {timeout}s; calls: {seen}")
            await pulse.wait(remaining)

    def callback_answer(self, callback_id: str) -> JSON | None:
        record = self.state.callbacks.get(callback_id)
        return dict(record.answer) if record and record.answer is not None else None

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return list(self.state.commands.get((BotState.scope_key(scope), language_code), []))

    def file_bytes(self, file_id: str) -> bytes:
        return self.state.files[file_id].data

    # -- Bot API over HTTP ---------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> tuple[JSON, Uploads]:
        raw: dict[str, Any] = dict(request.query)
        files: Uploads = {}
        if request.content_type == "application/json" and request.can_read_body:
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON request body") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON request body must be an object")
            raw.update(body)
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    with value.file:  # aiohttp's temporary file: closed here, not left to the GC
                        files[key] = (value.file.read(), value.filename, value.content_type)
                else:
                    raw[key] = value
        return {key: convert_param(key, value) for key, value in raw.items()}, files

    async def _bot_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        requested = request.match_info["method"]
        method = METHOD_NAMES.get(requested.lower(), requested)
        try:
            params, files = await self._read_params(request)
        except ApiError as exc:
            self.state.arrived(method, {})
            self.state.errors.append((method, exc.code, exc.description))
            self.state.record(method, {}, error=(exc.code, exc.description))
            return _error(exc)
        logged = dict(params)
        for part, (data, name, mime) in files.items():
            logged[part] = {"file_name": name, "mime_type": mime, "file_size": len(data)}
        self.state.arrived(method, logged)
        try:
            delay = self.method_latency.get(method, self.latency)
            if delay is not None:
                await asyncio.sleep(random.uniform(*delay))  # noqa: S311
            result = await self._dispatch(method, params, files)
        except ApiError as exc:
            self.state.errors.append((method, exc.code, exc.description))
            self.state.record(method, logged, error=(exc.code, exc.description))
            return _error(exc)
        else:
            self.state.record(method, logged, result)
            return _ok(result)
        finally:
            self.state.changed()  # after the call took effect, so waiters see its result

    async def _dispatch(self, method: str, params: JSON, files: Uploads) -> Any:
        handler = ALL_METHODS.get(method)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        if self._retry_after.get(method):
            seconds = self._retry_after[method].pop(0)
            raise ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
        if self.flood is not None and method in SENDING_METHODS:
            wait = self.flood.admit(params.get("chat_id"))
            if wait is not None:
                raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        if method in self.fail_methods:
            raise ApiError(500, "Internal Server Error")
        if not self.optional_methods and method in OPTIONAL_METHODS:
            raise ApiError(400, "Bad Request: method is not supported by this server")
        return await handler(self.state, params, files)

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        path = request.match_info["path"]
        for stored in self.state.files.values():
            if stored.file_path == path:
                return web.Response(body=stored.data, content_type=stored.mime_type)
        return _error(ApiError(404, "Not Found"))
