"""Bot API method implementations of the local server, answering the way Telegram does."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from devtools.localapi import webhook
from devtools.localapi.formatting import ParseError, add_found_entities, format_text, trim
from devtools.localapi.state import INLINE_CHAT, JSON, BotState, StoredMessage

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
MAX_TEXT = 4096  # characters (code points) of a message text after entity parsing and trimming
MAX_CAPTION = 1024


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


Uploads = dict[str, tuple[bytes, str | None, str | None]]  # part name -> (bytes, name, mime)
Handler = Callable[[BotState, JSON, Uploads], Awaitable[Any]]


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def require_chat(state: BotState, p: JSON, *, sending: bool = True) -> int:
    chat_id = p.get("chat_id")
    if chat_id is None or chat_id == "":
        raise bad("chat_id is empty")
    if not isinstance(chat_id, int) or chat_id not in state.chats:
        raise bad("chat not found")
    if sending and chat_id in state.blocked_users:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    return chat_id


def parse_text(value: Any, parse_mode: Any, entities: Any) -> tuple[str, list[JSON]]:
    """Plain text and entities as Telegram stores them: parsed, trimmed, links and the like found."""
    try:
        text, given = trim(*format_text(str(value), parse_mode, entities))
    except ParseError as exc:
        raise bad(f"can't parse entities: {exc}") from exc
    return text, add_found_entities(text, given)


def message_text(p: JSON) -> tuple[str, list[JSON]]:
    """The text of a sendMessage or editMessageText, refused as Telegram refuses it: nothing at
    all is "message text is empty", nothing left after parsing and trimming "text must be
    non-empty" (TDLib's "Text must be non-empty")."""
    if p.get("text") is None or str(p["text"]) == "":
        raise bad("message text is empty")
    text, entities = parse_text(p["text"], p.get("parse_mode"), p.get("entities"))
    if not text:
        raise bad("text must be non-empty")
    return text, entities


def parse_markup(p: JSON, *, inline_only: bool = False) -> JSON | None:
    markup = p.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
        for button in (b for row in rows for b in row):
            if not isinstance(button, dict) or not button.get("text"):
                raise bad("inline keyboard button text must be non-empty")
            # The Bot API treats empty strings as absent fields.
            if not any(button.get(k) for k in button if k != "text"):
                raise bad(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data and len(str(data).encode()) > 64:
                raise bad("BUTTON_DATA_INVALID")
    elif inline_only:
        raise bad("inline keyboard expected")
    return markup


def _reply_to(state: BotState, chat_id: int, p: JSON) -> JSON:
    given = p.get("reply_parameters")
    params: JSON = given if isinstance(given, dict) else {}
    target = params.get("message_id", p.get("reply_to_message_id"))
    if not isinstance(target, int):
        return {}
    message = state.find_message(chat_id, target)
    if message is None or message.deleted:
        if params.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
            return {}
        raise bad("message to be replied not found")
    return {"reply_to_message": message.public()}


def store_sent(state: BotState, chat_id: int, content: JSON, p: JSON, markup: JSON | None) -> JSON:
    content.update(_reply_to(state, chat_id, p))
    stored = state.add_message(chat_id, content, from_bot=True)
    stored.markup = markup
    stored.parse_mode = p.get("parse_mode")
    stored.raw_text = p.get("text", p.get("caption"))
    return stored.public()


async def get_me(state: BotState, p: JSON, files: Uploads) -> Any:
    return {
        **state.bot_user,
        "can_join_groups": False,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def get_updates(state: BotState, p: JSON, files: Uploads) -> Any:
    if state.webhook is not None:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    offset = p.get("offset")
    limit = min(max(int(p.get("limit") or 100), 1), 100)
    timeout = max(float(p.get("timeout") or 0), 0.0)
    if isinstance(p.get("allowed_updates"), list):
        state.allowed_updates = p["allowed_updates"] or None
    state.poll_generation += 1
    generation = state.poll_generation
    state.update_pulse.fire()  # an older long poll still waiting is now terminated
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if isinstance(offset, int) and offset < 0:
            state.updates = state.updates[offset:]
        elif isinstance(offset, int):
            state.updates = [u for u in state.updates if u["update_id"] >= offset]
        if state.updates or state.closing:
            return state.updates[:limit]
        remaining = deadline - loop.time()
        if remaining <= 0:
            return []
        await state.update_pulse.wait(remaining)
        if state.poll_generation != generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )


async def delete_webhook(state: BotState, p: JSON, files: Uploads) -> Any:
    state.webhook = None
    if p.get("drop_pending_updates"):
        state.updates.clear()
    return True


async def get_webhook_info(state: BotState, p: JSON, files: Uploads) -> Any:
    url = state.webhook.url if state.webhook is not None else ""
    return {"url": url, "has_custom_certificate": False, "pending_update_count": len(state.updates)}


async def set_webhook(state: BotState, p: JSON, files: Uploads) -> Any:
    return webhook.set_webhook(state, p)


async def just_true(state: BotState, p: JSON, files: Uploads) -> Any:
    return True


async def send_message(state: BotState, p: JSON, files: Uploads) -> Any:
    chat_id = require_chat(state, p)
    text, entities = message_text(p)
    if len(text) > MAX_TEXT:
        raise bad("message is too long")
    content: JSON = {"text": text}
    if entities:
        content["entities"] = entities
    return store_sent(state, chat_id, content, p, parse_markup(p))


def _editable(state: BotState, p: JSON) -> StoredMessage:
    if p.get("inline_message_id"):
        inline = state.inline_messages.get(str(p["inline_message_id"]))
        if inline is None:
            raise bad("MESSAGE_ID_INVALID")
        return inline
    chat_id = require_chat(state, p, sending=False)
    if p.get("message_id") is None:
        raise bad("message identifier is not specified")
    message = state.find_message(chat_id, int(p["message_id"]))
    if message is None or message.deleted:
        raise bad("message to edit not found")
    if not message.from_bot:
        raise bad("message can't be edited")
    return message


def _apply_edit(state: BotState, message: StoredMessage, content: JSON, markup: Any) -> JSON | bool:
    """The edited Message, or True for an inline message (Telegram returns no Message then)."""
    inline = message.markup if message.markup and "inline_keyboard" in message.markup else None
    same = all((message.data.get(k) or None) == (v or None) for k, v in content.items())
    if same and markup == inline:
        raise bad(NOT_MODIFIED.removeprefix("Bad Request: "))
    for key, value in content.items():
        if value:
            message.data[key] = value
        else:
            message.data.pop(key, None)
    if markup is not None or inline is not None:
        message.markup = markup
    message.data["edit_date"] = state.now()
    state.touch(message, edited=True)
    return True if message.chat_id == INLINE_CHAT else message.public()


async def edit_message_text(state: BotState, p: JSON, files: Uploads) -> Any:
    message = _editable(state, p)
    if "text" not in message.data:
        raise bad("there is no text in the message to edit")
    text, entities = message_text(p)
    if len(text) > MAX_TEXT:
        raise bad("MESSAGE_TOO_LONG")  # an edit gets the server's raw error, unlike a send
    result = _apply_edit(
        state, message, {"text": text, "entities": entities}, parse_markup(p, inline_only=True)
    )
    message.parse_mode, message.raw_text = p.get("parse_mode"), str(p["text"])
    return result


async def edit_message_caption(state: BotState, p: JSON, files: Uploads) -> Any:
    message = _editable(state, p)
    if "text" in message.data:
        raise bad("there is no caption in the message to edit")
    caption, entities = parse_text(p.get("caption") or "", p.get("parse_mode"), p.get("caption_entities"))
    if len(caption) > MAX_CAPTION:
        raise bad("message caption is too long")
    content = {"caption": caption, "caption_entities": entities}
    result = _apply_edit(state, message, content, parse_markup(p, inline_only=True))
    message.parse_mode, message.raw_text = p.get("parse_mode"), p.get("caption")
    return result


async def edit_message_reply_markup(state: BotState, p: JSON, files: Uploads) -> Any:
    message = _editable(state, p)
    return _apply_edit(state, message, {}, parse_markup(p, inline_only=True))


async def delete_message(state: BotState, p: JSON, files: Uploads) -> Any:
    chat_id = require_chat(state, p, sending=False)
    ids = p.get("message_ids") if "message_ids" in p else [p.get("message_id")]
    if not isinstance(ids, list) or not ids or any(i is None for i in ids):
        raise bad("message identifier is not specified")
    found = [m for i in ids if (m := state.find_message(chat_id, int(i))) and not m.deleted]
    if not found and "message_ids" not in p:
        raise bad("message to delete not found")
    for message in found:
        message.deleted = True
        state.touch(message, edited=False)
    return True


async def answer_callback_query(state: BotState, p: JSON, files: Uploads) -> Any:
    record = state.callbacks.get(str(p.get("callback_query_id") or ""))
    if record is None or record.answer is not None:
        raise bad("query is too old and response timeout expired or query ID is invalid")
    if len(str(p.get("text") or "")) > 200:
        raise bad("MESSAGE_TOO_LONG")
    record.answer = {
        "text": p.get("text"),
        "show_alert": bool(p.get("show_alert", False)),
        "url": p.get("url"),
        "cache_time": p.get("cache_time"),
    }
    record.seq = state.next_seq()
    state.changed()
    return True


CORE_METHODS: dict[str, Handler] = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setWebhook": set_webhook,
    "close": just_true,
    "logOut": just_true,
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "answerCallbackQuery": answer_callback_query,
    "deleteMessage": delete_message,
}
