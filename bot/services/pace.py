"""Long loops over every participant share the event loop: they pause every few hundred rows.

Planning 50,000 participants in one piece held the loop for 1.4 s, and every update waited
that long (benchmarks/practice_planning.py prints the longest stall). Rows are read in
partitions and the work on them pauses every BATCH items, so no piece runs much longer than
a few dozen milliseconds.
"""

from __future__ import annotations

import asyncio
from typing import TypeVarTuple

from sqlalchemy import Row, Select
from sqlalchemy.ext.asyncio import AsyncSession

_Ts = TypeVarTuple("_Ts")

BATCH = 500


async def pause(index: int, every: int = BATCH) -> None:
    """Let other tasks run before item `index` when it begins a new batch of `every`."""
    if index and index % every == 0:
        await asyncio.sleep(0)


async def all_rows(session: AsyncSession, statement: Select[*_Ts], size: int = 2 * BATCH) -> list[Row[*_Ts]]:
    """The statement's rows, read `size` at a time with a pause between: `.all()` on a plain
    execute turns every row into a Row object in one piece."""
    rows: list[Row[*_Ts]] = []
    # yield_per: without it the ORM reads every row before handing out the first partition.
    result = await session.stream(statement.execution_options(yield_per=size))
    async for partition in result.partitions(size):
        rows += partition
        await asyncio.sleep(0)
    return rows
