"""Re-encrypting stored text under the first key of BEGLEITER_DATA_KEY (`python -m bot rotate-key`).

To change the key: put a new one first, keep the old ones after it (all decrypt), run this,
then drop the old ones. Every EncryptedText/EncryptedJSON column of every table is read in
batches by primary key; a value the first key alone cannot open is re-encrypted with it
(Fernet's rotate keeps the original timestamp) and its batch committed. A value already
under the first key is left as it is, so a run that was stopped, or crashed, goes on where
it was when started again, and a second run changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Column, Table, Text, literal, select, type_coerce, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.crypto import DataKeyError, EncryptedJSON, EncryptedText
from bot.models import Base


@dataclass(frozen=True)
class Progress:
    table: str
    column: str
    seen: int
    rotated: int


def encrypted_columns() -> Iterator[tuple[Table, Column[object], Column[object]]]:
    """(table, its one-column primary key, an encrypted column) for every encrypted column."""
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedJSON):
                yield table, keys[0], column


class Rotator:
    def __init__(self, keys: str) -> None:
        parts = [part.strip() for part in keys.split(",") if part.strip()]
        if not parts:
            raise DataKeyError("BEGLEITER_DATA_KEY is empty")
        self.first = Fernet(parts[0].encode())
        self.all = MultiFernet([Fernet(part.encode()) for part in parts])

    def under_first_key(self, token: str) -> bool:
        try:
            self.first.decrypt(token.encode("ascii"))
        except InvalidToken:
            return False
        return True

    def rotate(self, token: str) -> str:
        try:
            return self.all.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as exc:
            raise DataKeyError("a stored value opens with no key of BEGLEITER_DATA_KEY") from exc


async def rotate_all(
    sessionmaker: async_sessionmaker[AsyncSession],
    keys: str,
    *,
    batch_size: int = 500,
    max_batches: int | None = None,
) -> list[Progress]:
    """Rotates every encrypted value; `max_batches` (of rows found) stops early: tests of resuming."""
    rotator = Rotator(keys)
    done: list[Progress] = []
    batches = 0
    for table, key, column in encrypted_columns():
        raw = type_coerce(column, Text)  # the stored token, not decrypted
        seen = rotated = 0
        after: object = None
        while True:
            if max_batches is not None and batches >= max_batches:
                done.append(Progress(table.name, column.name, seen, rotated))
                return done
            async with sessionmaker.begin() as session:
                query = select(key, raw).where(column.is_not(None)).order_by(key).limit(batch_size)
                if after is not None:
                    query = query.where(key > after)
                rows = (await session.execute(query)).all()
                for row_key, token in rows:
                    seen += 1
                    if token is None or rotator.under_first_key(token):
                        continue
                    new = literal(rotator.rotate(token), Text)
                    await session.execute(update(table).where(key == row_key).values({column.name: new}))
                    rotated += 1
            batches += 1 if rows else 0
            if len(rows) < batch_size:
                break
            after = rows[-1][0]
        done.append(Progress(table.name, column.name, seen, rotated))
    return done
