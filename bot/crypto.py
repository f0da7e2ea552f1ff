"""Encryption at rest for free text (check-in answers, messages, notes, appointments, dialogues).

The key comes from the environment (BEGLEITER_DATA_KEY), never from the database: a copy
of the database file alone holds no readable free text. Several keys may be given,
separated by commas, to rotate: the first encrypts, all of them decrypt (Fernet's
MultiFernet: AES-128-CBC with an HMAC-SHA256, from the `cryptography` package).

Columns declared as EncryptedText encrypt on the way in and decrypt on the way out, so no
service can forget to.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect


class DataKeyError(RuntimeError):
    """No usable key for encrypted columns."""


class KeyRing:
    def __init__(self, keys: str) -> None:
        parts = [part.strip() for part in keys.split(",") if part.strip()]
        if not parts:
            raise DataKeyError("BEGLEITER_DATA_KEY is empty")
        try:
            self._fernet = MultiFernet([Fernet(part.encode()) for part in parts])
        except ValueError as exc:
            raise DataKeyError(
                "BEGLEITER_DATA_KEY is not a valid key: make one with `python -m bot keygen`"
            ) from exc

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode()
        except InvalidToken as exc:
            raise DataKeyError("stored text cannot be decrypted with BEGLEITER_DATA_KEY") from exc


_ring: KeyRing | None = None


def configure(keys: str) -> None:
    """Set the process-wide key ring (done once by the application factory)."""
    global _ring
    _ring = KeyRing(keys)


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


def ring() -> KeyRing:
    if _ring is None:
        raise DataKeyError(
            "BEGLEITER_DATA_KEY is not set: make one with `python -m bot keygen` and put it "
            "in the environment or in .env"
        )
    return _ring


class EncryptedText(TypeDecorator[str]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else ring().encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else ring().decrypt(value)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value (a dialogue's state, an alert's reasons) stored as one encrypted text.
    The database cannot look inside it: only for values that no query filters on."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else ring().encrypt(json.dumps(value, ensure_ascii=False))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(ring().decrypt(value))
