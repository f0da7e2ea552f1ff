"""Machine translations kept in the database, keyed by (text hash, source, target, model): a text
sent to many people in K languages costs K translations once, and none when it comes again.

The translations themselves run in the translator's bulk worker thread (bot/mt): never on the
event loop, never ahead of a translation someone in a conversation waits for, and never while a
transaction is open: `translate_all` reads the cache in one short session, translates with none
open, and writes what it made in another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.models import CachedTranslation
from bot.mt import PIVOT, MachineTranslation, MachineTranslator


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def model_for(mt: MachineTranslator, source: str, target: str) -> str | None:
    """What would translate source→target now, with its version ("argos de→en→uk 1.0/1.0");
    None when no installed model can. Part of the cache key: a new model translates anew."""
    if not await mt.available(source, target):  # reads the packages off the event loop
        return None
    versions = {(pair.source, pair.target): pair.version for pair in mt.pairs()}
    if (source, target) in versions:
        return f"argos {source}→{target} {versions[source, target]}"
    first, second = versions.get((source, PIVOT)), versions.get((PIVOT, target))
    if first is None or second is None:
        return None
    return f"argos {source}→{PIVOT}→{target} {first}/{second}"


async def lookup(session: AsyncSession, text: str, source: str, target: str, model: str) -> str | None:
    return await session.scalar(
        select(CachedTranslation.translation).where(
            CachedTranslation.text_hash == text_hash(text),
            CachedTranslation.source == source,
            CachedTranslation.target == target,
            CachedTranslation.model == model,
        )
    )


async def store(
    session: AsyncSession, text: str, source: str, target: str, model: str, translation: str, *, now: datetime
) -> None:
    """Keep a translation (a second process that made the same one first wins; both are equal)."""
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = (pg_insert if dialect == "postgresql" else sqlite_insert)(CachedTranslation)
    statement = insert.values(
        text_hash=text_hash(text),
        source=source,
        target=target,
        model=model,
        translation=translation,
        created_at=now,
    ).on_conflict_do_nothing(index_elements=["text_hash", "source", "target", "model"])
    await session.execute(statement)


async def translate_all(
    sessionmaker: async_sessionmaker[AsyncSession],
    mt: MachineTranslator,
    text: str,
    source: str,
    targets: Iterable[str],
    *,
    now: datetime,
) -> dict[str, MachineTranslation | None]:
    """The text in each target language: from the cache, else translated once and kept; None for
    a language no model serves (or whose model failed this time). Call with no transaction open."""
    models = {target: await model_for(mt, source, target) for target in sorted(set(targets))}
    found: dict[str, MachineTranslation | None] = {target: None for target in models}
    async with sessionmaker() as session:
        for target, model in models.items():
            if model is not None:
                cached = await lookup(session, text, source, target, model)
                if cached is not None:
                    found[target] = MachineTranslation(cached, model)
    made: dict[str, tuple[str, MachineTranslation]] = {}
    for target, model in models.items():
        if model is None or found[target] is not None:
            continue
        # In the translator's bulk worker thread: a conversation's translations go on meanwhile.
        translation = await mt.translate(text, source, target, bulk=True)
        if translation is not None:
            found[target] = translation
            made[target] = (model, translation)
    if made:
        async with sessionmaker.begin() as session:
            for target, (model, translation) in made.items():
                await store(session, text, source, target, model, translation.text, now=now)
    return found
