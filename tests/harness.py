"""Test support: a recording Bot API at the request layer, and a driver for the real Application."""

from __future__ import annotations

import itertools
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.app import BegleiterApplication, build_application, build_deps
from bot.clock import ManualClock
from bot.settings import Settings

BOT_ID = 999000
BOT_USERNAME = "begleiter_test_bot"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Begleiter", "username": BOT_USERNAME}


# Faults `RecordingRequest.fail` can inject: what a Bot API server (or the way to it) may do.
FAULTS = ("null", "500", "timeout", "malformed", "404", "403")


class RecordingRequest(BaseRequest):
    """Answers Bot API calls like Telegram would and records `(method, parameters)`."""

    def __init__(self, fail_methods: set[str] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_methods = set(fail_methods or ())
        self._faults: dict[str, list[str]] = {}  # method -> faults still to come ("*": each time)
        self._message_ids = itertools.count(100)

    def fail(self, method: str, fault: str, times: int | None = None) -> None:
        """Answer `method` with `fault` (one of FAULTS), `times` times or every time:
        "null" is `{"ok": true, "result": null}`, "500" and "404" and "403" are those HTTP errors,
        "timeout" raises TimedOut, "malformed" is a body that is not JSON."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        self._faults[method] = ["*", fault] if times is None else [fault] * times

    def _fault(self, name: str) -> str | None:
        faults = self._faults.get(name)
        if not faults:
            return None
        if faults[0] == "*":
            return faults[1]
        return faults.pop(0)

    @staticmethod
    def _faulty(fault: str) -> tuple[int, bytes]:
        if fault == "timeout":
            raise TimedOut("injected timeout")
        if fault == "null":
            return 200, b'{"ok": true, "result": null}'
        if fault == "malformed":
            return 200, b"<html>Bad Gateway</html>"
        descriptions = {
            "500": "Internal Server Error",
            "404": "Not Found",
            "403": "Forbidden: bot was blocked by the user",
        }
        body = {"ok": False, "error_code": int(fault), "description": descriptions[fault]}
        return int(fault), json.dumps(body).encode()

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = DEFAULT_NONE,
        write_timeout: Any = DEFAULT_NONE,
        connect_timeout: Any = DEFAULT_NONE,
        pool_timeout: Any = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        if request_data is not None and request_data.contains_files:
            params["_files"] = {key: value[1] for key, value in request_data.multipart_data.items()}
        self.calls.append((name, params))
        fault = self._fault(name)
        if fault is not None:
            params["_fault"] = fault
            if fault != "null":  # a null result still means Telegram did it
                params["_failed"] = True
            return self._faulty(fault)
        if name in self.fail_methods:
            params["_failed"] = True
            body = {"ok": False, "error_code": 400, "description": "Bad Request: not supported"}
            return 400, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return {
                **BOT_USER,
                "can_join_groups": False,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if name in {"sendMessage", "sendDocument", "sendPhoto", "editMessageText"}:
            if "message_id" not in params:  # a new message: its id, for tests that press on it
                params["_message_id"] = next(self._message_ids)
            message: dict[str, Any] = {
                "message_id": params.get("message_id") or params["_message_id"],
                "date": 1_790_000_000,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            if name == "sendDocument":
                message["document"] = {"file_id": "doc", "file_unique_id": "doc"}
            if name == "sendPhoto":
                message["photo"] = [{"file_id": "pic", "file_unique_id": "pic", "width": 1, "height": 1}]
            if "caption" in params:
                message["caption"] = params["caption"]
            return message
        if name == "copyMessage":  # Telegram answers a MessageId only
            return {"message_id": next(self._message_ids)}
        return True

    # What the bot said, for assertions.
    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [
            params
            for name, params in self.calls
            if name == method and (chat_id is None or int(params.get("chat_id", 0)) == chat_id)
        ]

    def texts(self, chat_id: int) -> list[str]:
        """What the chat saw, in order: message texts, and captions of files and pictures."""
        out = []
        for name, params in self.calls:
            if int(params.get("chat_id", 0) or 0) != chat_id or params.get("_failed"):
                continue
            if name == "sendMessage":
                out.append(str(params["text"]))
            elif name in {"sendDocument", "sendPhoto", "copyMessage"}:
                out.append(f"[{name}] {params.get('caption', '')}")
        return out

    def buttons(self, chat_id: int) -> list[str]:
        """callback_data of the inline buttons in the last message to chat_id that had some."""
        for params in reversed(self.sent(chat_id)):
            markup = params.get("reply_markup")
            markup = json.loads(markup) if isinstance(markup, str) else markup
            if markup and "inline_keyboard" in markup:  # not the reply keyboard under the chat
                return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
        return []

    def clear(self) -> None:
        self.calls.clear()


@dataclass
class User:
    id: int
    first_name: str = "Amina"
    language_code: str | None = "ar"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class Harness:
    app: BegleiterApplication
    request: RecordingRequest
    clock: ManualClock
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _chat(self, user: User) -> dict[str, Any]:
        return {"id": user.id, "type": "private", "first_name": user.first_name}

    async def send(self, user: User, text: str) -> list[str]:
        """The user writes `text`; returns the texts the bot sent to that chat in answer."""
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(self.clock.now().timestamp()),
            "chat": self._chat(user),
            "from": user.as_dict(),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self._process({"update_id": next(self._ids), "message": message}, user)

    async def send_raw(self, user: User, **content: Any) -> list[str]:
        """A non-text message (sticker, photo, voice...)."""
        message = {
            "message_id": next(self._ids),
            "date": int(self.clock.now().timestamp()),
            "chat": self._chat(user),
            "from": user.as_dict(),
            **content,
        }
        return await self._process({"update_id": next(self._ids), "message": message}, user)

    async def press(self, user: User, data: str, message_id: int = 1) -> list[str]:
        query = {
            "id": str(next(self._ids)),
            "from": user.as_dict(),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(self.clock.now().timestamp()),
                "chat": self._chat(user),
                "from": BOT_USER,
                "text": "…",
            },
        }
        return await self._process({"update_id": next(self._ids), "callback_query": query}, user)

    async def _process(self, data: dict[str, Any], user: User) -> list[str]:
        before = len(self.request.texts(user.id))
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.request.texts(user.id)[before:]

    def toasts(self) -> list[str | None]:
        return [params.get("text") for params in self.request.sent(method="answerCallbackQuery")]


# What Telegram sends for a sticker (the content of a message that is not text).
STICKER = {
    "sticker": {
        "file_id": "s",
        "file_unique_id": "s",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
}

# A fixed Fernet key for tests (32 bytes, url-safe base64).
TEST_DATA_KEY = "dGVzdC1rZXktZm9yLWJlZ2xlaXRlci10ZXN0cy0wMDA="


def free_port() -> int:
    """A local TCP port nothing listens on (the OS's pick, released again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_settings(database_url: str, **extra: str) -> Settings:
    """Settings for tests: never read from the developer's .env or environment."""
    # Raw values, as the environment would give them: pydantic validates and converts them.
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": "999000:TEST",
        "DATABASE_URL": database_url,
        "BEGLEITER_DATA_KEY": TEST_DATA_KEY,
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


# -- Keyboards a phone can show ---------------------------------------------------------------
# Telegram cuts a label that does not fit its button with "…". On a phone about 40 characters
# fit across the screen in an inline button; a row of two leaves each about 20, a row of three
# about 12, more only a symbol. The reply keyboard under the chat is a little roomier.
INLINE_ROW_WIDTH = {1: 40, 2: 20, 3: 12}
REPLY_ROW_WIDTH = {1: 40, 2: 22, 3: 14}
INVISIBLE = frozenset("\u200d\ufe0f\u200e\u200f\u2066\u2067\u2068\u2069")


def label_width(label: str) -> int:
    """Characters as they take room: joiners, variation selectors and direction marks take none."""
    return sum(1 for ch in label if ch not in INVISIBLE)


def keyboard_problems(calls: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Keyboard labels sent in `calls` that a phone would cut."""
    problems = []
    for name, params in calls:
        markup = params.get("reply_markup")
        if not markup:
            continue
        markup = json.loads(markup) if isinstance(markup, str) else markup
        for rows, widths in (
            (markup.get("inline_keyboard", []), INLINE_ROW_WIDTH),
            (markup.get("keyboard", []), REPLY_ROW_WIDTH),
        ):
            for row in rows:
                limit = widths.get(len(row), 6)
                for button in row:
                    label = button["text"] if isinstance(button, dict) else str(button)
                    if label_width(label) > limit:
                        problems.append(f"{name}: {label!r} in a row of {len(row)} (at most {limit})")
    return problems


@asynccontextmanager
async def running(database_url: str, clock: ManualClock) -> AsyncIterator[Harness]:
    """The real Application with every handler on a migrated database, talking to a
    recording Bot API. Fails the test if a handler raised, or if a keyboard any handler made
    would not fit a phone (labels cut with "…")."""
    built = build_deps(make_settings(database_url), clock)
    request = RecordingRequest()
    app = build_application(
        built.settings,
        deps=built,
        request=request,
        get_updates_request=RecordingRequest(),
        dispatch_interval=None,
        rate_limit=False,
    )
    errors: list[BaseException] = []

    async def record_error(update: object, context: object) -> None:
        errors.append(getattr(context, "error", None) or RuntimeError("unknown"))

    app.add_error_handler(record_error)
    await app.initialize()
    try:
        yield Harness(app=app, request=request, clock=clock)
    finally:
        await app.shutdown()
        await built.engine.dispose()
    assert not errors, f"handlers raised: {errors!r}"
    assert not keyboard_problems(request.calls), keyboard_problems(request.calls)
