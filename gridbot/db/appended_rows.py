"""Rows that are only ever appended (the case timeline, the outbox), written as plain INSERTs.

Flushing such rows as ORM objects costs far more than the INSERT itself: identity map, state
tracking, the new primary key read back for every row. Nothing in a unit of work reads these
rows back as objects, so `append_row` keeps each one as a dict with the session, and the
session writes them, in the order appended, with one executemany INSERT per table, whenever
it flushes (before a query, like ORM objects) and before it commits a transaction or savepoint.
A rollback drops the rows not written yet (those appended since the last flush: the unit of
work's own rows, as each savepoint writes its rows before its RELEASE).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Insert, Table, event, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session


class AppendingSession(Session):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.appended: dict[Table, list[dict[str, Any]]] = {}

    def flush(self, objects: Any = None) -> None:
        super().flush(objects)
        self.write_appended_rows()

    def close(self) -> None:  # closing ends the transaction without a COMMIT: nothing written
        self.appended = {}
        super().close()

    def write_appended_rows(self) -> None:
        if not self.appended:
            return
        appended, self.appended = self.appended, {}
        connection = self.connection()
        for table, rows in appended.items():
            connection.execute(_insert(table), rows)


def append_row(session: AsyncSession, table: Table, values: dict[str, Any]) -> None:
    """Queue one row for `table`; every row of a table must name the same columns."""
    appending = cast(AppendingSession, session.sync_session)
    appending.appended.setdefault(table, []).append(values)


_INSERTS: dict[Table, Insert] = {}


def _insert(table: Table) -> Insert:
    """The INSERT of a table, built once (SQLAlchemy then finds it in its compiled cache)."""
    if table not in _INSERTS:
        _INSERTS[table] = insert(table)
    return _INSERTS[table]


@event.listens_for(AppendingSession, "before_commit")
def _write_before_commit(session: Session) -> None:
    cast(AppendingSession, session).write_appended_rows()


@event.listens_for(AppendingSession, "after_soft_rollback")
def _drop_after_rollback(session: Session, _transaction: Any) -> None:
    cast(AppendingSession, session).appended = {}
