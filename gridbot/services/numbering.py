"""Case numbers YYYYMMDD-NNNN, unique even when many reports arrive at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Executable, Table, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import CaseCounter


def _take_next(insert: Callable[..., Any]) -> Executable:
    # on the table, not the ORM class: a plain statement, without the ORM's bulk-insert path
    counters: Table = CaseCounter.__table__  # type: ignore[assignment]
    return (
        insert(counters)
        .values(day=bindparam("day"), last=1)
        .on_conflict_do_update(index_elements=[counters.c.day], set_={"last": counters.c.last + 1})
        .returning(counters.c.last)
    )


# The upsert, built once per database kind (the same statement for every report).
_TAKE_NEXT = {"postgresql": _take_next(postgresql.insert), "sqlite": _take_next(sqlite.insert)}


async def next_case_number(session: AsyncSession, now: datetime) -> str:
    """Atomically take the next number of `now`'s day (an upsert, safe across processes)."""
    day = now.strftime("%Y%m%d")
    stmt = _TAKE_NEXT[session.get_bind().dialect.name]
    last = (await session.execute(stmt, {"day": day})).scalar_one()
    return f"{day}-{last:04d}"
