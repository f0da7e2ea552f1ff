"""A row together with the person it belongs to, read in one statement."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.models import Base, Person

T = TypeVar("T", bound=Base)


async def with_person(
    session: AsyncSession, model: type[T], row_id: int, person_id: InstrumentedAttribute[int]
) -> tuple[T, Person] | None:
    """The `model` row with this primary key and the Person its `person_id` column names (one
    join, not two reads); None if either is gone."""
    (primary_key,) = inspect(model).primary_key
    found = (
        await session.execute(
            select(model, Person).join(Person, Person.id == person_id).where(primary_key == row_id)
        )
    ).first()
    return None if found is None else (found[0], found[1])
