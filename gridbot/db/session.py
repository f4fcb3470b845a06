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
    """`async with uow() as session:` runs one transaction and commits it on success.

    Callbacks registered with `after_commit` run once the transaction is durable (the outbox
    sender uses this to wake up at once instead of waiting for its next poll).
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
        self._after_commit: list[Callable[[], None]] = []
        # SQLite has one writer at a time. Connections that find the lock taken sleep in
        # growing steps (busy_timeout), so under load most time goes to sleeping; queueing
        # here instead hands the lock on at once. PostgreSQL needs no such queue.
        self._sqlite_turn = asyncio.Lock() if engine.dialect.name == "sqlite" else None

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[AsyncSession]:
        async with self._turn(), self.sessionmaker() as session, session.begin():
            yield session
        for callback in self._after_commit:
            callback()

    def _turn(self) -> contextlib.AbstractAsyncContextManager[object]:
        return self._sqlite_turn if self._sqlite_turn is not None else contextlib.nullcontext()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name
