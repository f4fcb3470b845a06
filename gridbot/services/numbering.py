"""Case numbers YYYYMMDD-NNNN, unique even when many reports arrive at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import CaseCounter


async def next_case_number(session: AsyncSession, now: datetime) -> str:
    """Atomically take the next number of `now`'s day (an upsert, safe across processes)."""
    day = now.strftime("%Y%m%d")
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(CaseCounter)
        .values(day=day, last=1)
        .on_conflict_do_update(
            index_elements=[CaseCounter.day], set_={"last": CaseCounter.last + 1}
        )
        .returning(CaseCounter.last)
    )
    last = (await session.execute(stmt)).scalar_one()
    return f"{day}-{last:04d}"
