"""Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gridbot.db.models import Base


async def test_migrations_to_head_match_the_models(uow) -> None:
    def diff(connection):  # type: ignore[no-untyped-def]
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)

    async with uow.engine.connect() as conn:
        differences = await conn.run_sync(diff)
    assert differences == []
