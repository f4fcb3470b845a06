"""SQLite on the event loop's own thread, for SQLAlchemy's aiosqlite dialect.

aiosqlite gives every connection a worker thread and hands it each call through a queue; the
answer comes back through the event loop's wake-up pipe. On a small server that hand-over costs
about 0.4 ms per statement, twenty times what SQLite needs for the statement itself, and an
intake runs some twenty statements. Here the same aiosqlite connection runs each call at once,
on the calling thread.

The price is that a statement blocks the event loop while it runs. GridBot's statements are
small indexed lookups and inserts (microseconds); the monthly figures scan one month of cases
(milliseconds). Transactions never wait on each other inside one process, because the unit of
work gives SQLite's single write lock to one transaction at a time (`UnitOfWork._sqlite_turn`);
only another process holding the lock (a command-line tool writing) makes a statement wait, up
to `busy_timeout`.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from typing import Any

import aiosqlite


class _RunAtOnce:
    """Takes the place of aiosqlite's queue to its worker thread: runs each call when queued."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:  # handed to the awaiting caller, as the worker thread does
            if future is not None and not future.done():
                future.set_exception(exc)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection that never starts its worker thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunAtOnce()  # type: ignore[assignment]

    def __await__(self) -> Any:
        return self._connect().__await__()

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Every cursor and connection call: run it now (no future to hand the answer over,
        some fifty calls per report)."""
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def inline_connector(database: str, **connect_args: Any) -> Callable[[], Any]:
    """An `async_creator` for `create_async_engine`: opens `database` with `connect_args`."""

    async def connect() -> InlineConnection:
        def open_database() -> sqlite3.Connection:
            return sqlite3.connect(database, check_same_thread=False, **connect_args)

        return await InlineConnection(open_database)

    return connect
