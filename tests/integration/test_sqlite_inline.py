"""SQLite runs on the event loop's thread: same results and errors as aiosqlite's worker
thread, no thread per connection; units of work that queue together share one COMMIT (group
commit), each in its own savepoint."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

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


async def test_units_of_work_queued_together_share_one_commit_and_each_returns_durable(
    uow: UnitOfWork,
) -> None:
    commits = 0

    @event.listens_for(uow.engine.sync_engine, "commit")
    def count(_conn: object) -> None:
        nonlocal commits
        commits += 1

    seen_after_return: list[bool] = []

    async def write(i: int) -> None:
        async with uow() as session:
            session.add(binding(f"team{i}", -i))
        # returned: the binding is committed, visible to another connection at once
        with contextlib.closing(sqlite3.connect(uow.engine.url.database or "")) as other:
            (found,) = other.execute(
                "SELECT count(*) FROM chat_bindings WHERE chat_id = ?", (-i,)
            ).fetchone()
        seen_after_return.append(found == 1)

    await asyncio.gather(*(write(i) for i in range(1, 31)))
    assert seen_after_return == [True] * 30
    assert commits < 10  # thirty reports at once: a few shared commits, not thirty


async def test_a_failing_unit_in_a_shared_transaction_is_rolled_back_alone(
    uow: UnitOfWork,
) -> None:
    async def write(target: str, chat_id: int) -> None:
        async with uow() as session:
            session.add(binding(target, chat_id))
            await session.flush()

    results = await asyncio.gather(
        write("police", -1),
        write("police", -2),  # the same target again: fails in the shared transaction
        write("fire", -3),
        return_exceptions=True,
    )
    assert results[0] is None and results[2] is None
    assert isinstance(results[1], IntegrityError)
    async with uow() as session:
        rows = {(b.target, b.chat_id) for b in await session.scalars(select(ChatBinding))}
    assert rows == {("police", -1), ("fire", -3)}


async def test_a_failed_shared_commit_fails_every_unit_in_it(
    uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def disk_full(self: AsyncSession) -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(AsyncSession, "commit", disk_full)

    async def write(i: int) -> None:
        async with uow() as session:
            session.add(binding(f"team{i}", -i))

    results = await asyncio.gather(*(write(i) for i in range(1, 6)), return_exceptions=True)
    assert all(isinstance(r, OperationalError) for r in results)
    monkeypatch.undo()
    async with uow() as session:  # nothing of the failed batch was kept; the next one works
        assert list(await session.scalars(select(ChatBinding))) == []
        session.add(binding("police", -1))
    async with uow() as session:
        assert await session.scalar(select(func.count()).select_from(ChatBinding)) == 1


async def test_a_unit_cancelled_while_its_batch_closes_does_not_leave_the_batch_open(
    uow: UnitOfWork,
) -> None:
    async def write() -> None:
        async with uow() as session:
            session.add(binding("police", -1))

    task = asyncio.create_task(write())
    await asyncio.sleep(0)  # the unit has run its statements and yields once before COMMIT
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    with contextlib.closing(sqlite3.connect(uow.engine.url.database or "")) as other:
        assert other.execute("SELECT target FROM chat_bindings").fetchall() == [("police",)]
