"""Engine, session factory and the unit of work (the only place that commits)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from gridbot.db.appended_rows import AppendingSession
from gridbot.db.inline_sqlite import inline_connector

log = logging.getLogger(__name__)


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(
        url, async_creator=inline_connector(parsed.database or ":memory:", timeout=30), **kwargs
    )
    _use_immediate_transactions(engine)
    return engine


def _use_immediate_transactions(engine: AsyncEngine) -> None:
    """SQLite: take the write lock at BEGIN, so concurrent writers queue instead of deadlocking."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class UnitOfWork:
    """`async with uow() as session:` runs one unit of work and commits it on success.

    Callbacks registered with `after_commit` run once the work of a transaction in which
    `wake_after_commit` was called is durable (the outbox sender uses this to wake up at once
    for new messages instead of waiting for its next poll). Other commits, the sender's own
    included, run none: a sender woken by its own rounds would never rest.

    On SQLite, units of work that queue for the database while another one runs share its
    transaction (group commit): each runs in its own savepoint, so one that fails is rolled
    back alone, and each caller's `async with` returns only after the shared COMMIT. A burst
    of reports then pays for one BEGIN, one COMMIT and one fsync, not one per report. A failed
    COMMIT fails every unit of work in it. PostgreSQL runs each unit in its own transaction.
    """

    def __init__(self, engine: AsyncEngine, group_commit: bool | None = None) -> None:
        self.engine = engine
        self.sessionmaker = async_sessionmaker(
            engine, expire_on_commit=False, sync_session_class=AppendingSession
        )
        self._after_commit: list[Callable[[], None]] = []
        sqlite = engine.dialect.name == "sqlite"
        # SQLite has one writer at a time. Connections that find the lock taken sleep in
        # growing steps (busy_timeout), so under load most time goes to sleeping; queueing
        # here instead hands the lock on at once. PostgreSQL needs no such queue.
        self._sqlite_turn = asyncio.Lock() if sqlite else None
        self._group = sqlite if group_commit is None else group_commit and sqlite
        self._batch: _Batch | None = None
        self._queued = 0  # units of work waiting for their turn
        self._commit_task: asyncio.Task[None] | None = None  # keeps the task referenced

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[AsyncSession]:
        if self._group:
            async with self._in_batch() as session:
                yield session
            return
        async with self._turn(), self.sessionmaker() as session, session.begin():
            yield session
        self._committed(session)

    def _turn(self) -> contextlib.AbstractAsyncContextManager[object]:
        return self._sqlite_turn if self._sqlite_turn is not None else contextlib.nullcontext()

    def _committed(self, session: AsyncSession) -> None:
        if session.info.pop(_WAKE, False):
            for callback in self._after_commit:
                callback()

    @asynccontextmanager
    async def _in_batch(self) -> AsyncIterator[AsyncSession]:
        assert self._sqlite_turn is not None
        self._queued += 1
        try:
            await self._sqlite_turn.acquire()
        finally:
            self._queued -= 1
        try:
            batch = self._batch or await self._open_batch()
            batch.members += 1
            try:
                async with batch.session.begin_nested():
                    yield batch.session
            except BaseException:
                if not batch.session.in_nested_transaction() and batch.session.is_active:
                    raise  # this unit's savepoint is rolled back; the batch goes on
                await self._close(batch, RuntimeError("the shared transaction failed"))
                raise
            finally:
                if self._batch is batch:
                    await self._end_turn(batch)
        finally:
            self._sqlite_turn.release()
        await asyncio.shield(batch.done)  # durable, or the COMMIT's error

    async def _end_turn(self, batch: _Batch) -> None:
        """Commit now if nobody waits (or the batch is full); else the next one carries on."""
        try:
            # Statements run on this thread without pausing, so nobody could queue
            # meanwhile: let the tasks that are ready reach the queue first.
            await asyncio.sleep(0)
        finally:  # even when cancelled here, the batch must not be left open
            if self._queued == 0 or batch.members >= MAX_BATCH:
                await self._commit(batch)
            elif not batch.commit_queued:
                batch.commit_queued = True
                self._commit_task = asyncio.create_task(self._commit_in_turn(batch))

    async def _open_batch(self) -> _Batch:
        session = self.sessionmaker()
        await session.begin()
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.add_done_callback(_retrieve)
        self._batch = _Batch(session, done)
        return self._batch

    async def _commit_in_turn(self, batch: _Batch) -> None:
        async with self._turn():
            if self._batch is batch:
                await self._commit(batch)

    async def _commit(self, batch: _Batch) -> None:
        self._batch = None
        try:
            await batch.session.commit()
        except Exception as exc:
            log.exception("group commit of %d units of work failed", batch.members)
            await self._close(batch, exc)
            return
        await batch.session.close()
        batch.done.set_result(None)
        self._committed(batch.session)

    async def _close(self, batch: _Batch, error: BaseException) -> None:
        if self._batch is batch:
            self._batch = None
        with contextlib.suppress(Exception):
            await batch.session.rollback()
        await batch.session.close()
        if not batch.done.done():
            batch.done.set_exception(error)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


def wake_after_commit(session: AsyncSession) -> None:
    """Run the unit of work's `after_commit` callbacks once this transaction commits."""
    session.info[_WAKE] = True


_WAKE = "gridbot.wake_after_commit"  # key in Session.info

MAX_BATCH = 200  # units of work in one shared transaction at most


class _Batch:
    """One shared SQLite transaction and the units of work in it."""

    def __init__(self, session: AsyncSession, done: asyncio.Future[None]) -> None:
        self.session = session
        self.done = done
        self.members = 0
        self.commit_queued = False


def _retrieve(future: asyncio.Future[None]) -> None:
    """A failed COMMIT is raised to every caller waiting; none may be left to read it."""
    if not future.cancelled():
        future.exception()
