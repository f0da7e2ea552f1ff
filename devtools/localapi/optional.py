"""Optional Bot API methods of the local server: commands, chat actions, files, settings."""

from __future__ import annotations

import asyncio
import mimetypes
import re
import struct
from typing import Any

from devtools.localapi.methods import (
    ApiError,
    Handler,
    Uploads,
    bad,
    delete_message,
    edit_message_caption,
    parse_markup,
    parse_text,
    require_chat,
    store_sent,
)
from devtools.localapi.state import JSON, BotState, StoredFile

_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SCOPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}


_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)


async def send_chat_action(state: BotState, p: JSON, files: Uploads) -> Any:
    if p.get("action") not in _ACTIONS:  # checked before the chat, as the Bot API server does
        raise bad("wrong parameter action in request")
    chat = state.chats[require_chat(state, p)]
    chat.action, chat.action_at = str(p["action"]), asyncio.get_running_loop().time()
    state.changed()
    return True


def _scope_and_language(p: JSON) -> tuple[str, str]:
    scope = p.get("scope")
    if scope is not None and not isinstance(scope, dict):
        raise bad("BotCommandScope must be an Object")
    if scope is not None and scope.get("type") not in _SCOPES:
        raise bad("unsupported type specified")
    language = str(p.get("language_code") or "")
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad("invalid language code specified")
    return BotState.scope_key(scope), language


async def set_my_commands(state: BotState, p: JSON, files: Uploads) -> Any:
    """Checks as TDLib (trimmed, a leading "/" dropped, lengths) and Telegram's servers do."""
    commands = p.get("commands", [])
    if not isinstance(commands, list):
        raise bad("expected an Array of BotCommand")
    stored = []
    for command in commands:
        if not isinstance(command, dict):
            raise bad("can't parse BotCommand: Object expected")
        name = str(command.get("command") or "").strip().removeprefix("/")
        description = str(command.get("description") or "").strip()
        if not name:
            raise bad("command must be non-empty")
        if len(name) > 32:
            raise bad("command length must not exceed 32")
        if not description:
            raise bad("command description must be non-empty")
        if len(description) > 256:
            raise bad("command description length must not exceed 256")
        if not _COMMAND_NAME.fullmatch(name):
            raise bad("BOT_COMMAND_INVALID")
        stored.append({"command": name, "description": description})
    if len(stored) > 100:
        raise bad("BOT_COMMANDS_TOO_MUCH")
    key = _scope_and_language(p)
    state.commands[key] = stored
    return True


async def get_my_commands(state: BotState, p: JSON, files: Uploads) -> Any:
    return list(state.commands.get(_scope_and_language(p), []))


async def delete_my_commands(state: BotState, p: JSON, files: Uploads) -> Any:
    state.commands.pop(_scope_and_language(p), None)
    return True


def _setting(name: str) -> Handler:
    async def store(state: BotState, p: JSON, files: Uploads) -> Any:
        state.settings[name] = dict(p)
        return True

    return store


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG or WebP image, or None if it is not one."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return 512, 512
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            i += 2 + length
    return None


def _sniff(data: bytes) -> str:
    for magic, mime in (
        (b"\x89PNG", "image/png"),
        (b"\xff\xd8", "image/jpeg"),
        (b"GIF8", "image/gif"),
        (b"%PDF", "application/pdf"),
    ):
        if data.startswith(magic):
            return mime
    return "application/octet-stream"


def _upload(state: BotState, p: JSON, files: Uploads, field: str, kind: str) -> StoredFile:
    value = p.get(field)
    part = field
    if isinstance(value, str) and value.startswith("attach://"):
        part = value.removeprefix("attach://")
    elif isinstance(value, str) and value:
        if value in state.files:
            known = state.files[value]
            if known.kind != kind:  # Telegram: a photo's file_id is no document's, and back
                raise bad(f"can't use file of type {known.kind.capitalize()} as {kind.capitalize()}")
            return known
        if value.startswith(("http://", "https://")):
            raise bad("failed to get HTTP URL content")
        raise bad("wrong file identifier/HTTP URL specified")
    if part not in files:
        raise bad(f"there is no {field} in the request")
    data, name, mime = files[part]
    if not data:
        raise bad("file must be non-empty")
    if len(data) > (10 if kind == "photo" else 50) * 1024 * 1024:
        raise ApiError(413, "Request Entity Too Large")
    return store_file(state, kind, data, name, mime)


def store_file(state: BotState, kind: str, data: bytes, name: str | None, mime: str | None) -> StoredFile:
    """A file Telegram keeps: uploaded by the bot, or sent by a user (whose file_id the bot may
    then send on, as with Telegram)."""
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(name or "")[0] or _sniff(data)
    number = state.new_id()
    extension = mimetypes.guess_extension(mime) or ""
    stored = StoredFile(
        file_id=f"{kind.upper()}{number:06d}{state.bot_user['id']}",
        file_unique_id=f"U{number:06d}",
        data=data,
        file_name=name,
        mime_type=mime,
        file_path=f"{kind}s/file_{number}{extension}",
        kind=kind,
    )
    state.files[stored.file_id] = stored
    return stored


def document_of(stored: StoredFile) -> JSON:
    """A Document object, as in a message."""
    document: JSON = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "mime_type": stored.mime_type,
        "file_size": len(stored.data),
    }
    if stored.file_name:
        document["file_name"] = stored.file_name
    return document


def photo_of(stored: StoredFile) -> list[JSON]:
    """The PhotoSize list of a message (one size here, the largest last as with Telegram), or a
    bad request if the data is no image."""
    size = image_size(stored.data)
    if size is None:
        raise bad("IMAGE_PROCESS_FAILED")
    width, height = size
    scale = min(1.0, 1280 / max(width, height, 1))
    return [
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": max(1, round(width * scale)),
            "height": max(1, round(height * scale)),
            "file_size": len(stored.data),
        }
    ]


def _caption(p: JSON) -> JSON:
    if not p.get("caption"):
        return {}
    caption, entities = parse_text(p["caption"], p.get("parse_mode"), p.get("caption_entities"))
    if len(caption) > 1024:
        raise bad("message caption is too long")
    return {"caption": caption, **({"caption_entities": entities} if entities else {})}


async def send_document(state: BotState, p: JSON, files: Uploads) -> Any:
    chat_id = require_chat(state, p)
    stored = _upload(state, p, files, "document", "document")
    content: JSON = {"document": document_of(stored), **_caption(p)}
    return store_sent(state, chat_id, content, p, parse_markup(p))


async def send_photo(state: BotState, p: JSON, files: Uploads) -> Any:
    chat_id = require_chat(state, p)
    stored = _upload(state, p, files, "photo", "photo")
    content: JSON = {"photo": photo_of(stored), **_caption(p)}
    return store_sent(state, chat_id, content, p, parse_markup(p))


# What a copy takes over from the original message (Telegram copies content, not the sender).
_COPIED = ("photo", "voice", "audio", "video", "animation", "document", "sticker", "location", "contact")


async def copy_message(state: BotState, p: JSON, files: Uploads) -> Any:
    """A copy of a message (e.g. a user's photo) into a chat, with a new caption if given;
    like Telegram, the answer is a MessageId only."""
    chat_id = require_chat(state, p)
    from_chat = p.get("from_chat_id")
    if not isinstance(from_chat, int) or from_chat not in state.chats:
        raise bad("chat not found")
    if p.get("message_id") is None:
        raise bad("message identifier is not specified")
    original = state.find_message(from_chat, int(p["message_id"]))
    if original is None or original.deleted:
        raise bad("message to copy not found")
    content: JSON = {key: original.data[key] for key in _COPIED if key in original.data}
    if "text" in original.data:
        content["text"] = original.data["text"]
        if original.data.get("entities"):
            content["entities"] = original.data["entities"]
    elif not content:
        raise bad("message can't be copied")
    elif "caption" in p:
        content.update(_caption(p))
    elif original.data.get("caption"):
        content["caption"] = original.data["caption"]
    sent = store_sent(state, chat_id, content, p, parse_markup(p))
    return {"message_id": sent["message_id"]}


async def get_file(state: BotState, p: JSON, files: Uploads) -> Any:
    stored = state.files.get(str(p.get("file_id") or ""))
    if stored is None:
        raise bad("invalid file_id")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "file_path": stored.file_path,
    }


OPTIONAL_METHODS: dict[str, Handler] = {
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "sendChatAction": send_chat_action,
    "sendDocument": send_document,
    "sendPhoto": send_photo,
    "getFile": get_file,
    "copyMessage": copy_message,
    "editMessageCaption": edit_message_caption,
    "deleteMessages": delete_message,
    "setMyDescription": _setting("setMyDescription"),
    "setMyShortDescription": _setting("setMyShortDescription"),
    "setMyName": _setting("setMyName"),
    "setChatMenuButton": _setting("setChatMenuButton"),
}
