"""bot/text.py's update_is_clean: the quick look that lets a clean update through without
converting it to JSON must agree with the slow path (clean_json of its to_dict) exactly."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Bot, Update

from bot import text as texts

BOT = Bot("123:TEST")


def a_press(
    text: str, *, data: str = "prk:1:1", name: str = "Amina", extra: dict[str, Any] | None = None
) -> Update:
    """A button pressed under a message of the bot's, as Telegram sends it."""
    user = {"id": 30, "is_bot": False, "first_name": name, "language_code": "ar"}
    message = {
        "message_id": 60,
        "date": 1_790_000_000,
        "chat": {"id": 30, "type": "private", "first_name": name},
        "from": {"id": 999, "is_bot": True, "first_name": "Begleiter", "username": "begleiter_bot"},
        "text": text,
        "entities": [{"type": "bold", "offset": 0, "length": 1}],
        "reply_markup": {"inline_keyboard": [[{"text": "✅ Kenne ich", "callback_data": data}]]},
        **(extra or {}),
    }
    query = {"id": "1", "chat_instance": "c", "data": data, "from": user, "message": message}
    return Update.de_json({"update_id": 1, "callback_query": query}, BOT)


def a_message(text: str, *, name: str = "Amina", extra: dict[str, Any] | None = None) -> Update:
    user = {"id": 30, "is_bot": False, "first_name": name, "last_name": "K", "username": "amina_k"}
    message = {
        "message_id": 5,
        "date": 1_790_000_000,
        "chat": {"id": 30, "type": "private", "first_name": name},
        "from": user,
        "text": text,
        **(extra or {}),
    }
    return Update.de_json({"update_id": 2, "message": message}, BOT)


def slow(update: Update) -> bool:
    data = update.to_dict()
    return bool(texts.clean_json(data) == data)


@pytest.mark.parametrize(
    "update",
    [
        a_press("(2/6) Der Arzt\n\nالطبيب"),
        a_message("مرحبا 👋🏽 Guten Tag\tzusammen"),
        a_message("سلام\u200c خوبی؟", name="Zahrā"),  # a Persian zero-width non-joiner is text
        a_message("x" * texts.MAX_MESSAGE),
    ],
)
def test_a_clean_update_is_clean(update: Update) -> None:
    assert texts.update_is_clean(update) and slow(update)


@pytest.mark.parametrize(
    "update",
    [
        a_message("Hallo\x00"),  # NUL, which PostgreSQL cannot store
        a_message("eins\r\nzwei"),  # a Windows line break
        a_message("Cafe\u0301"),  # not NFC
        a_message("x" * (texts.MAX_MESSAGE + 1)),  # longer than Telegram allows: forged
        a_message("Hallo", name="A" * (texts.MAX_NAME + 1)),
        a_message("Hallo", name="Ami\x07na"),
        a_press("Frage", data="prk:1:1\x00"),  # button data
        a_press("Frage\x1b[31m"),  # the bot's own message, as it came back
        a_message("Hallo", extra={"unknown_field": {"note": "x\x00"}}),  # kept in api_kwargs
    ],
)
def test_an_update_with_something_to_clean_is_not(update: Update) -> None:
    assert not texts.update_is_clean(update) and not slow(update)


# Any character, and more often those that cleaning is about: controls, a lone surrogate (JSON
# from outside may hold one), CR, a combining accent (NFC), a zero-width non-joiner.
CHARACTERS = st.characters() | st.sampled_from(
    ["\x00", "\x07", "\r", "\n", "\ud800", "\u0301", "\u200c", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(CHARACTERS, max_size=80) | st.text(max_size=80),
    name=st.text(CHARACTERS, max_size=70),
    data=st.text(CHARACTERS, max_size=20),
)
def test_the_quick_look_agrees_with_the_slow_path(text: str, name: str, data: str) -> None:
    for update in (a_message(text, name=name or "A"), a_press(text, data=data, name=name or "A")):
        assert texts.update_is_clean(update) == slow(update), (text, name, data)


def test_what_clean_removes_is_exactly_the_controls_and_the_lone_surrogates() -> None:
    """texts._DROPPED, the pattern `clean` removes by, against the Unicode categories it stands
    for, over every code point."""
    removed = [cp for cp in range(0x110000) if texts._DROPPED.match(chr(cp))]
    by_category = [
        cp
        for cp in range(0x110000)
        if unicodedata.category(chr(cp)) in ("Cc", "Cs") and chr(cp) not in "\n\t"
    ]
    assert removed == by_category
    assert texts.clean("a\r\nb\rc") == "a\nb\nc"
    assert texts.clean("a\x00b\tc\u200c\ud800") == "ab\tc\u200c"
