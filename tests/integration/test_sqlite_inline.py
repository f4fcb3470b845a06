"""SQLite runs on the event loop's thread: same results and errors as aiosqlite's worker
thread, no thread per connection, and the unit of work still commits or rolls back whole."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from gridbot.clock import SHANGHAI
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.models import ChatBinding
from gridbot.db.session import UnitOfWork, make_engine


@pytest.fixture
async def uow(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}"
    await upgrade_to_head(url)
    engine = make_engine(url)
    yield UnitOfWork(engine)
    await engine.dispose()


def binding(target: str, chat_id: int) -> ChatBinding:
    return ChatBinding(
        target=target, chat_id=chat_id, bound_by=1, bound_at=datetime(2026, 1, 5, tzinfo=SHANGHAI)
    )


async def test_statements_run_without_a_thread_per_connection(uow: UnitOfWork) -> None:
    before = threading.active_count()

    async def write(i: int) -> None:
        async with uow() as session:
            session.add(binding(f"team{i}", -i))

    await asyncio.gather(*(write(i) for i in range(1, 21)))
    async with uow() as session:
        count = await session.scalar(select(func.count()).select_from(ChatBinding))
    assert count == 20
    assert threading.active_count() == before


async def test_a_failed_statement_raises_and_rolls_back_the_whole_transaction(
    uow: UnitOfWork,
) -> None:
    async with uow() as session:
        session.add(binding("police", -1))
    with pytest.raises(IntegrityError):
        async with uow() as session:
            session.add(binding("fire", -2))
            await session.flush()
            session.add(binding("police", -3))  # target is unique
    async with uow() as session:
        targets = set(await session.scalars(select(ChatBinding.target)))
    assert targets == {"police"}  # fire went with the failed transaction
