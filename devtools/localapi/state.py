"""In-memory state of the local Bot API server: users, chats, messages, updates, files."""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

JSON = dict[str, Any]

# Methods whose success puts a message into a chat: what "delivered" means in the record.
MESSAGE_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto", "copyMessage"})
# The chat id under which inline messages (sent via inline mode, in no chat of the bot's) are kept.
INLINE_CHAT = 0

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{1,64})?(?=\s|$)")


class ClockLike(Protocol):
    def now(self) -> datetime: ...


@dataclass
class SimUser:
    """A simulated Telegram user; their private chat with the bot has chat.id == id."""

    id: int
    first_name: str
    language_code: str | None = "de"
    username: str | None = None
    last_name: str | None = None

    def as_user(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def as_chat(self) -> JSON:
        data: JSON = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class StoredMessage:
    """One message as the server keeps it; `data` is exactly what Telegram would return."""

    chat_id: int
    data: JSON
    from_bot: bool
    seq: int
    markup: JSON | None = None
    parse_mode: str | None = None
    raw_text: str | None = None
    deleted: bool = False
    edit_seq: int = 0

    @property
    def message_id(self) -> int:
        return int(self.data["message_id"])

    def public(self) -> JSON:
        data = copy.deepcopy(self.data)
        # Telegram only echoes inline keyboards back in Message objects.
        if self.markup and "inline_keyboard" in self.markup:
            data["reply_markup"] = copy.deepcopy(self.markup)
        return data

    def view(self) -> JSON:
        data = copy.deepcopy(self.data)
        if self.markup is not None:
            data["reply_markup"] = copy.deepcopy(self.markup)
        data.update(
            from_bot=self.from_bot,
            deleted=self.deleted,
            edited=self.edit_seq > 0,
            parse_mode=self.parse_mode,
            raw_text=self.raw_text,
            seq=self.seq,
        )
        return data

    def inline_data(self) -> list[str]:
        rows = (self.markup or {}).get("inline_keyboard") or []
        return [b["callback_data"] for row in rows for b in row if "callback_data" in b]


@dataclass
class ChatState:
    chat: JSON
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    user_seq: int = 0  # change counter at the user's latest message or button press
    action: str | None = None
    action_at: float = 0.0


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    file_name: str | None
    mime_type: str
    file_path: str
    kind: str = "document"  # "photo" or "document": a file_id is sent again only as its kind


@dataclass(frozen=True)
class CallRecord:
    """One Bot API call as the server answered it, for tests to ask what reached whom."""

    seq: int  # order among all calls
    method: str
    params: JSON  # as received; uploads as {file_name, mime_type, file_size}
    chat_id: int | str | None
    at: float  # time.time() when the answer was given
    date: int  # the server's clock (the sandbox clock if there is one), Unix seconds
    ok: bool
    error_code: int | None = None
    description: str | None = None
    message_id: int | None = None  # of the message sent, copied or edited

    @property
    def delivered(self) -> bool:
        return self.ok and self.method in MESSAGE_METHODS


@dataclass
class CallbackRecord:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answer: JSON | None = None
    seq: int = 0


class Pulse:
    """A broadcast wake-up: every waiter that is waiting when fire() runs wakes up."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self._event.wait(), max(seconds, 0))
        except TimeoutError:
            return False
        return True


class BotState:
    def __init__(
        self, *, bot_id: int, bot_username: str, bot_first_name: str, clock: ClockLike | None
    ) -> None:
        self.bot_user: JSON = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.clock = clock
        self.users: dict[int, SimUser] = {}
        self.chats: dict[int, ChatState] = {}
        self.updates: list[JSON] = []
        self.files: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.settings: dict[str, Any] = {}
        self.calls: list[tuple[str, JSON]] = []
        self.log: list[CallRecord] = []
        self.inline_messages: dict[str, StoredMessage] = {}
        self.errors: list[tuple[str, int, str]] = []
        self.blocked_users: set[int] = set()
        self.allowed_updates: list[str] | None = None
        # Set by setWebhook (devtools/localapi/webhook.py): updates are then posted, not polled.
        self.webhook: Any = None
        self.webhook_deliveries: list[Any] = []
        self.closing = False
        self.poll_generation = 0
        self.update_pulse = Pulse()
        self.change_pulse = Pulse()  # a call answered, a message or a user changed
        self.arrival_pulse = Pulse()  # a call arrived (before it is answered)
        self._next_update_id = 1
        self._seq = 0
        self._ids = itertools.count(1)

    # -- basics --------------------------------------------------------------------------

    def now(self) -> int:
        return int(self.clock.now().timestamp()) if self.clock else int(time.time())

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    @property
    def seq(self) -> int:
        return self._seq

    def new_id(self) -> int:
        return next(self._ids)

    def add_user(self, user: SimUser) -> SimUser:
        self.users[user.id] = user
        chat = self.chats.get(user.id)
        if chat is None:
            self.chats[user.id] = ChatState(chat=user.as_chat())
        else:
            chat.chat = user.as_chat()
        return user

    def add_group(self, chat_id: int, title: str) -> None:
        """A group the bot is in (chat ids of groups are negative)."""
        self.chats[chat_id] = ChatState(chat={"id": chat_id, "type": "group", "title": title})

    def add_inline_message(self, text: str, markup: JSON | None = None) -> str:
        """An inline message the bot sent (in no chat of its own); returns its inline_message_id."""
        data: JSON = {"message_id": 0, "date": self.now(), "text": text}
        stored = StoredMessage(chat_id=INLINE_CHAT, data=data, from_bot=True, seq=self.next_seq())
        stored.markup = markup
        inline_id = f"AgAAA{self.new_id():010d}"
        self.inline_messages[inline_id] = stored
        return inline_id

    def changed(self) -> None:
        self.change_pulse.fire()

    def arrived(self, method: str, params: JSON) -> None:
        """A call has come in: it is in `calls` from now on, while it is still being answered
        (a long poll for as long as it waits)."""
        self.calls.append((method, params))
        self.arrival_pulse.fire()

    # -- the record of calls -------------------------------------------------------------

    def record(
        self, method: str, params: JSON, result: Any = None, error: tuple[int, str] | None = None
    ) -> CallRecord:
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if message_id is None and method.startswith("editMessage") and error is None:
            message_id = params.get("message_id")
        entry = CallRecord(
            seq=len(self.log) + 1,
            method=method,
            params=params,
            chat_id=params.get("chat_id"),
            at=time.time(),
            date=self.now(),
            ok=error is None,
            error_code=error[0] if error else None,
            description=error[1] if error else None,
            message_id=message_id if isinstance(message_id, int) else None,
        )
        self.log.append(entry)
        return entry

    def records(
        self, *, chat_id: int | None = None, method: str | None = None, ok: bool | None = None
    ) -> list[CallRecord]:
        """The calls so far, in order, narrowed to one chat, one method, or their outcome."""
        return [
            r
            for r in self.log
            if (chat_id is None or r.chat_id == chat_id)
            and (method is None or r.method == method)
            and (ok is None or r.ok == ok)
        ]

    def delivered(self, chat_id: int | None = None, method: str | None = None) -> list[CallRecord]:
        """The messages that reached a chat (sent, copied), in order."""
        return [r for r in self.records(chat_id=chat_id, method=method) if r.delivered]

    # -- messages ------------------------------------------------------------------------

    def add_message(
        self, chat_id: int, content: JSON, *, from_bot: bool, sender: JSON | None = None
    ) -> StoredMessage:
        chat = self.chats[chat_id]
        message_id = chat.next_message_id
        chat.next_message_id += 1
        data: JSON = {
            "message_id": message_id,
            "date": self.now(),
            "chat": copy.deepcopy(chat.chat),
            "from": copy.deepcopy(self.bot_user if from_bot else sender),
        }
        data.update(content)
        stored = StoredMessage(chat_id=chat_id, data=data, from_bot=from_bot, seq=self.next_seq())
        chat.messages[message_id] = stored
        if not from_bot:
            chat.user_seq = stored.seq
        self.changed()
        return stored

    def find_message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        chat = self.chats.get(chat_id)
        return chat.messages.get(message_id) if chat else None

    def touch(self, message: StoredMessage, *, edited: bool) -> None:
        message.seq = self.next_seq()
        if edited:
            message.edit_seq = message.seq
        self.changed()

    # -- updates -------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: JSON) -> JSON:
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        if self.allowed_updates is None or kind in self.allowed_updates:
            self.updates.append(update)
            self.update_pulse.fire()
        return update

    def user_message(self, user: SimUser, content: JSON) -> StoredMessage:
        if user.id not in self.users:
            self.add_user(user)
        content = dict(content)
        text = content.get("text")
        if isinstance(text, str) and "entities" not in content:
            match = _COMMAND.match(text)
            if match:
                content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(match.group(0))}]
        stored = self.add_message(user.id, content, from_bot=False, sender=user.as_user())
        self.enqueue("message", stored.public())
        return stored

    def press(self, user: SimUser, message_id: int, data: str, *, strict: bool) -> CallbackRecord:
        message = self.find_message(user.id, message_id)
        if strict:
            if message is None or message.deleted or not message.from_bot:
                raise ValueError(f"chat {user.id} has no bot message #{message_id} to press on")
            if data not in message.inline_data():
                raise ValueError(
                    f"message #{message_id} has no button with callback_data {data!r}; "
                    f"buttons: {message.inline_data()!r}"
                )
        record = CallbackRecord(
            id=str(4_000_000_000_000 + self.new_id()),
            user_id=user.id,
            chat_id=user.id,
            message_id=message_id,
            data=data,
        )
        self.callbacks[record.id] = record
        chat = self.chats.get(user.id)
        if chat is not None:
            chat.user_seq = self.next_seq()
        query: JSON = {
            "id": record.id,
            "from": user.as_user(),
            "chat_instance": str(user.id * 7 + 1),
            "data": data,
        }
        if message is not None:
            query["message"] = message.public()
        self.enqueue("callback_query", query)
        return record

    def set_blocked(self, user: SimUser, blocked: bool) -> JSON:
        """The person blocks (or unblocks) the bot: sends to them answer 403 from now on, and the
        bot hears of it in a my_chat_member update, as from Telegram."""
        if user.id not in self.users:
            self.add_user(user)
        if blocked:
            self.blocked_users.add(user.id)
        else:
            self.blocked_users.discard(user.id)
        statuses: list[JSON] = [{"user": dict(self.bot_user), "status": "member"}]
        statuses.append({**statuses[0], "status": "kicked", "until_date": 0})
        old, new = statuses if blocked else statuses[::-1]
        return self.enqueue(
            "my_chat_member",
            {
                "chat": user.as_chat(),
                "from": user.as_user(),
                "date": self.now(),
                "old_chat_member": old,
                "new_chat_member": new,
            },
        )

    # -- commands ------------------------------------------------------------------------

    @staticmethod
    def scope_key(scope: JSON | None) -> str:
        return json.dumps(scope or {"type": "default"}, sort_keys=True, separators=(",", ":"))

    # -- waiting -------------------------------------------------------------------------

    def match_bot_message(self, chat_id: int, predicate: Any, after: int) -> JSON | None:
        chat = self.chats.get(chat_id)
        if chat is None:
            return None
        fresh = [m for m in chat.messages.values() if m.from_bot and m.message_id > after]
        edited: list[StoredMessage] = []
        if predicate is not None:
            edited = sorted(
                (
                    m
                    for m in chat.messages.values()
                    if m.from_bot and m.message_id <= after and m.edit_seq > chat.user_seq
                ),
                key=lambda m: m.edit_seq,
            )
        for message in fresh + edited:
            view = message.view()
            if predicate is None or predicate(view):
                return view
        return None

    def describe_chat(self, chat_id: int) -> str:
        chat = self.chats.get(chat_id)
        if chat is None:
            return f"chat {chat_id} does not exist"
        lines = []
        for m in chat.messages.values():
            who = "bot " if m.from_bot else "user"
            body = m.data.get("text") or m.data.get("caption") or ""
            kind = next((k for k in ("document", "photo", "sticker") if k in m.data), "")
            flags = " [deleted]" if m.deleted else ""
            flags += " [edited]" if m.edit_seq else ""
            buttons = m.inline_data()
            extra = f" buttons={buttons!r}" if buttons else ""
            lines.append(f"  #{m.message_id} {who} {kind}{body!r}{flags}{extra}")
        errors = [f"  {method}: {code} {desc}" for method, code, desc in self.errors[-5:]]
        text = "\n".join(lines) or "  (no messages)"
        if errors:
            text += "\nrecent Bot API errors:\n" + "\n".join(errors)
        return text
