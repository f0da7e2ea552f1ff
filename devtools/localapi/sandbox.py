"""Sandbox web chat of the local Bot API server: the page and its JSON endpoints."""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from aiohttp import web

from devtools.localapi.state import JSON, SimUser

if TYPE_CHECKING:
    from devtools.localapi.server import LocalBotApi

_WEBCHAT = Path(__file__).with_name("webchat.html")
_TYPING_SECONDS = 5.0


class ClockControl(Protocol):
    """The sandbox's clock as the page may move it (devtools/sandbox.py: SandboxTime)."""

    def describe(self) -> JSON: ...

    async def advance(self, step: str) -> JSON: ...


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _fail(status: int, description: str) -> web.HTTPException:
    body = json.dumps({"ok": False, "error_code": status, "description": description})
    error = web.HTTPNotFound if status == 404 else web.HTTPBadRequest
    return error(text=body, content_type="application/json")


def add_sandbox_routes(app: web.Application, api: LocalBotApi) -> None:
    sandbox = _Sandbox(api)
    app.router.add_get("/", sandbox.page)
    app.router.add_get("/sandbox/api/users", sandbox.users)
    app.router.add_post("/sandbox/api/users", sandbox.new_user)
    app.router.add_get("/sandbox/api/chat/{user_id}", sandbox.chat)
    app.router.add_post("/sandbox/api/send", sandbox.send)
    app.router.add_post("/sandbox/api/press", sandbox.press)
    app.router.add_get("/sandbox/file/{file_id}", sandbox.file)
    app.router.add_get("/sandbox/api/clock", sandbox.clock)
    app.router.add_post("/sandbox/api/clock", sandbox.advance_clock)


class _Sandbox:
    def __init__(self, api: LocalBotApi) -> None:
        self.api = api

    async def page(self, request: web.Request) -> web.Response:
        html = await asyncio.to_thread(_WEBCHAT.read_text, "utf-8")
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def body(self, request: web.Request) -> JSON:
        try:
            body = await request.json()
        except ValueError:
            raise _fail(400, "JSON body expected") from None
        if not isinstance(body, dict):
            raise _fail(400, "JSON object expected")
        return body

    def user(self, user_id: Any) -> SimUser:
        try:
            user = self.api.state.users.get(int(user_id))
        except (TypeError, ValueError):
            user = None
        if user is None:
            raise _fail(404, f"unknown user {user_id!r}")
        return user

    async def users(self, request: web.Request) -> web.Response:
        users = [asdict(u) for u in self.api.state.users.values()]
        return _ok({"bot": self.api.state.bot_user, "users": users})

    async def new_user(self, request: web.Request) -> web.Response:
        body = await self.body(request)
        name = str(body.get("first_name") or "").strip()
        if not name:
            raise _fail(400, "first_name is required")
        try:
            user_id = int(body.get("id") or max([*self.api.state.users, 1000]) + 1)
        except (TypeError, ValueError):
            raise _fail(400, "id must be an integer") from None
        user = SimUser(
            id=user_id,
            first_name=name,
            language_code=str(body.get("language_code") or "") or None,
            username=str(body.get("username") or "") or None,
        )
        return _ok(asdict(self.api.add_user(user)))

    async def chat(self, request: web.Request) -> web.Response:
        user = self.user(request.match_info["user_id"])
        since = int(request.query.get("since", "0") or 0)
        chat = self.api.state.chats[user.id]
        messages = [m.view() for m in chat.messages.values() if m.seq > since]
        answers = [
            {"id": c.id, "message_id": c.message_id, **(c.answer or {})}
            for c in self.api.state.callbacks.values()
            if c.chat_id == user.id and c.answer is not None and c.seq > since
        ]
        recent = asyncio.get_running_loop().time() - chat.action_at < _TYPING_SECONDS
        result = {
            "seq": self.api.state.seq,
            "messages": messages,
            "answers": answers,
            "action": chat.action if recent else None,
        }
        return _ok(result)

    async def send(self, request: web.Request) -> web.Response:
        body = await self.body(request)
        user = self.user(body.get("user_id"))
        text = str(body.get("text") or "")
        if not text.strip():
            raise _fail(400, "text is required")
        return _ok(await self.api.send_text(user, text))

    async def press(self, request: web.Request) -> web.Response:
        body = await self.body(request)
        user = self.user(body.get("user_id"))
        try:
            callback_id = await self.api.press(user, int(body["message_id"]), str(body["data"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail(400, str(exc)) from None
        return _ok({"callback_id": callback_id})

    def clock_control(self) -> ClockControl:
        if self.api.clock_control is None:
            raise _fail(404, "this server has no sandbox clock (start it with python -m bot sandbox)")
        return self.api.clock_control

    async def clock(self, request: web.Request) -> web.Response:
        return _ok(self.clock_control().describe())

    async def advance_clock(self, request: web.Request) -> web.Response:
        control = self.clock_control()
        body = await self.body(request)
        try:
            return _ok(await control.advance(str(body.get("advance") or "")))
        except ValueError as exc:
            raise _fail(400, str(exc)) from None

    async def file(self, request: web.Request) -> web.Response:
        stored = self.api.state.files.get(request.match_info["file_id"])
        if stored is None:
            raise _fail(404, "unknown file")
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"}
        if not stored.mime_type.startswith("image/"):
            name = quote(stored.file_name or "file", safe="")
            headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
        return web.Response(body=stored.data, content_type=stored.mime_type, headers=headers)
