"""The outbox: every outgoing message is a row first and a Telegram call second.

Services call `enqueue`/`enqueue_edit` inside their transaction; `OutboxSender` delivers the
rows in order per chat through a `Transport` (implemented with aiogram in handlers/), within
Telegram's flood limits (gridbot/ratelimit.py), records Telegram's message id so later edits find
the message, retries what failed and reports what can never be delivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Row, Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.batching import WriteBatcher
from gridbot.clock import Clock, SystemClock
from gridbot.db.appended_rows import append_row
from gridbot.db.models import OutboxMessage
from gridbot.db.session import UnitOfWork, wake_after_commit
from gridbot.messages import Button, OutMessage
from gridbot.ratelimit import SendBudget, SendLimits

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
CLAIM_AHEAD_S = 1.0  # claim a row this long before its slot under the limits opens

_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
# A due row as the sender reads it: the outbox columns as a plain row, not an ORM object.
OutboxRow = Row[Any]
# The oldest pending rows, as plain rows (the sender only reads them; results are UPDATEs).
_PENDING = (
    select(*_OUTBOX.c)
    .where(_OUTBOX.c.status == "pending")
    .order_by(_OUTBOX.c.id)
    .limit(bindparam("batch"))
)
_PENDING_OF_CHAT = _PENDING.where(_OUTBOX.c.chat_id == bindparam("chat"))
_IN_FLIGHT = select(_OUTBOX.c.chat_id).where(_OUTBOX.c.status == "sending")  # chats mid-call


class RetryLater(Exception):
    """A passing failure (429, 5xx, timeout): try again after `retry_after` seconds."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentFailure(Exception):
    """The message can never be delivered (bot blocked, chat not found)."""


class Transport(Protocol):
    async def send(self, chat_id: int, message: OutMessage) -> int: ...
    async def edit(
        self, chat_id: int, message_id: int, message: OutMessage, caption: bool
    ) -> None: ...


def _buttons_to_json(message: OutMessage) -> list[list[dict[str, str]]]:
    return [[{"text": b.text, "data": b.data} for b in row] for row in message.buttons]


def _message_from_row(row: OutboxRow) -> OutMessage:
    buttons = tuple(tuple(Button(b["text"], b["data"]) for b in r) for r in row.buttons)
    return OutMessage(text=row.text, buttons=buttons, photo=row.photo)


def enqueue(
    session: AsyncSession, now: datetime, chat_id: int, message: OutMessage, ref: str | None = None
) -> None:
    _append(session, now, chat_id, "send", message, ref=ref)


def enqueue_edit(
    session: AsyncSession, now: datetime, chat_id: int, edit_ref: str, message: OutMessage
) -> None:
    _append(
        session, now, chat_id, "edit", OutMessage(message.text, message.buttons), edit_ref=edit_ref
    )


def _append(
    session: AsyncSession,
    now: datetime,
    chat_id: int,
    kind: str,
    message: OutMessage,
    ref: str | None = None,
    edit_ref: str | None = None,
) -> None:
    """The outbox row, written with the transaction's other appended rows (one INSERT); the
    sender is woken when the transaction commits."""
    wake_after_commit(session)
    append_row(
        session,
        _OUTBOX,
        {
            "chat_id": chat_id,
            "kind": kind,
            "text": message.text,
            "buttons": _buttons_to_json(message),
            "photo": message.photo,
            "ref": ref,
            "edit_ref": edit_ref,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        },
    )


def _due_prefix(rows: list[OutboxRow], now: datetime) -> list[OutboxRow]:
    """One chat's rows up to the first that has to wait (nothing overtakes it)."""
    for i, row in enumerate(rows):
        if row.next_attempt_at > now:
            return rows[:i]
    return rows


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(2**attempts, 300))


# Called inside the transaction that marks a row failed, to tell someone (the command centre).
FailureHook = Callable[[AsyncSession, OutboxMessage], Awaitable[None]]


class OutboxSender:
    """Delivers due rows: chats in parallel, each chat's rows one after another in id order.

    Before each call the sender waits for a free slot under Telegram's limits (`SendBudget`),
    then claims the row (pending → sending, a conditional UPDATE, so two senders never both
    send it), calls the transport and records the result. A row still `sending` after a crash
    is ambiguous (Telegram may or may not have it); `recover` sends it again.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        transport: Transport,
        clock: Clock | None = None,
        poll_seconds: float = 1.0,
        batch: int = 500,
        limits: SendLimits | None = None,
        concurrency: int = 32,
        on_failed: FailureHook | None = None,
        lease_seconds: float = 120.0,
    ) -> None:
        self.uow = uow
        self.transport = transport
        self.clock = clock or SystemClock()
        self.poll_seconds = poll_seconds
        self.batch = batch
        self.budget = SendBudget(limits or SendLimits.off())
        self.on_failed = on_failed
        self.lease = timedelta(seconds=lease_seconds)
        self.delivered = 0
        self._calls = asyncio.Semaphore(concurrency)
        # Claims and results of calls made at about the same time share one transaction.
        self._claims: WriteBatcher[int, bool] = WriteBatcher(self._claim_batch)
        self._records: WriteBatcher[_Result, None] = WriteBatcher(self._record_batch)
        self._busy: dict[int, asyncio.Task[None]] = {}  # chat id -> its worker
        self._wake = asyncio.Event()
        self._stopping = False
        self._next_due: float | None = None  # seconds until the earliest waiting retry

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        log.info("outbox sender started")
        await self.recover(timedelta(0))  # polling allows one bot process: nobody else sends
        last_recovery = asyncio.get_running_loop().time()
        while not self._stopping:
            self._wake.clear()
            try:
                if asyncio.get_running_loop().time() - last_recovery > self.lease.seconds / 2:
                    await self.recover(self.lease)
                    last_recovery = asyncio.get_running_loop().time()
                await self.start_due()
            except Exception:  # keep delivering whatever one round did wrong
                log.exception("outbox round failed")
            timeout = self.poll_seconds
            if self._next_due is not None:
                timeout = max(0.01, min(timeout, self._next_due))
            # not asyncio.wait_for: on Python 3.11 it swallows a cancellation that arrives as
            # the wake-up does (frequent under load), and the bot then never stopped on SIGINT
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
        await self._finish_workers()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run_once(self) -> int:
        """Deliver every row due now once, wait for it, return how many were delivered."""
        before = self.delivered
        await self.start_due()
        while self._busy:
            await asyncio.gather(*self._busy.values(), return_exceptions=True)
        return self.delivered - before

    async def recover(self, older_than: timedelta) -> int:
        """Rows left `sending` by a sender that died: send them again (they may arrive twice)."""
        cutoff = self.clock.now() - older_than
        async with self.uow() as session:
            stuck = list(
                await session.scalars(
                    select(OutboxMessage).where(
                        OutboxMessage.status == "sending", OutboxMessage.claimed_at <= cutoff
                    )
                )
            )
            for row in stuck:
                log.warning(
                    "outbox row %s to chat %s was in flight when its sender stopped; "
                    "sending it again (Telegram may show it twice)",
                    row.id,
                    row.chat_id,
                )
                row.status = "pending"
        return len(stuck)

    async def start_due(self) -> int:
        """Start a worker for every idle chat whose oldest pending row is due; return how many.

        The first row of each chat whose slot is open is claimed here, in one transaction,
        so a burst does not start with one claim per chat queueing for the database.
        """
        now = self.clock.now()
        async with self.uow() as session:
            query = _PENDING
            if self._busy:
                query = query.where(_OUTBOX.c.chat_id.not_in(list(self._busy)))
            rows = list(await session.execute(query, {"batch": self.batch}))
            in_flight = set(await session.scalars(_IN_FLIGHT))
            queues = self._due_queues(rows, in_flight, now)
            ready = [q[0].id for c, q in queues.items() if self.budget.wait(c) <= CLAIM_AHEAD_S]
            claimed = await self._claim_many(session, ready, now) if ready else set()
        for chat_id, queue in queues.items():
            self._busy[chat_id] = asyncio.create_task(self._work(chat_id, queue, claimed))
        return len(queues)

    def _due_queues(
        self, rows: list[OutboxRow], in_flight: set[int], now: datetime
    ) -> dict[int, list[OutboxRow]]:
        """Each chat's due rows in order, up to the first one that has to wait."""
        queues: dict[int, list[OutboxRow]] = {}
        waiting: set[int] = set(in_flight)  # chats whose next row may not go yet
        self._next_due = None
        for row in rows:
            if row.chat_id in waiting:
                continue
            if row.next_attempt_at > now:
                waiting.add(row.chat_id)  # keep order: nothing overtakes a waiting message
                due_in = (row.next_attempt_at - now).total_seconds()
                self._next_due = min(self._next_due or due_in, due_in)
                continue
            queues.setdefault(row.chat_id, []).append(row)
        return queues

    async def _claim_many(self, session: AsyncSession, ids: list[int], now: datetime) -> set[int]:
        result = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status == "pending")
            .values(status="sending", claimed_at=now)
            .returning(OutboxMessage.id)
        )
        return set(result.scalars())

    async def _work(self, chat_id: int, queue: list[OutboxRow], claimed: set[int]) -> None:
        """Deliver the chat's queue, then the chat's rows queued meanwhile, until none is due:
        a chat with a backlog keeps its worker, so the rounds of `start_due` (which skip busy
        chats) find the other chats' new messages instead of re-reading that backlog."""
        try:
            while queue:
                for row in queue:
                    if self._stopping or not await self._send_in_turn(row, row.id in claimed):
                        return
                queue, claimed = await self._next_of_chat(chat_id)
        except Exception:
            log.exception("outbox worker for chat %s failed", chat_id)
        finally:
            self._busy.pop(chat_id, None)
            self.wake()  # the chat may have more rows now

    async def _next_of_chat(self, chat_id: int) -> tuple[list[OutboxRow], set[int]]:
        """The chat's due rows now, in order, the first one claimed if its slot is near."""
        now = self.clock.now()
        async with self.uow() as session:
            rows = list(
                await session.execute(_PENDING_OF_CHAT, {"chat": chat_id, "batch": self.batch})
            )
            queue = _due_prefix(rows, now)
            if not queue or self.budget.wait(chat_id) > CLAIM_AHEAD_S:
                return queue, set()
            return queue, await self._claim_many(session, [queue[0].id], now)

    async def _send_in_turn(self, row: OutboxRow, claimed: bool = False) -> bool:
        """Wait for a slot under the limits, then deliver; True when the row was delivered."""
        # Claim a moment before the slot opens, so the claim's database write does not
        # delay the call, but not long before: a claimed row counts as in flight.
        while not claimed and (wait := self.budget.wait(row.chat_id)) > CLAIM_AHEAD_S:
            await asyncio.sleep(wait - CLAIM_AHEAD_S)
        if not claimed and not await self._claim(row):
            return False  # another sender has it, or it changed meanwhile
        async with self._calls:  # bounds the calls in flight, not the database writes
            # Take the slot only now, right before the call, so our clock and Telegram's
            # agree on when the message went.
            while (wait := self.budget.try_take(row.chat_id)) > 0:
                await asyncio.sleep(wait)
            result = await self._call(row)
        await self._records.submit(result)
        if result.error is None:
            self.delivered += 1
        return result.error is None

    async def _finish_workers(self) -> None:
        if not self._busy:
            return
        _done, pending = await asyncio.wait(list(self._busy.values()), timeout=10)
        for task in pending:
            task.cancel()

    async def _claim(self, row: OutboxRow) -> bool:
        return await self._claims.submit(row.id)

    async def _claim_batch(self, ids: Sequence[int]) -> list[bool]:
        async with self.uow() as session:
            claimed = await self._claim_many(session, list(ids), self.clock.now())
        return [row_id in claimed for row_id in ids]

    async def _call(self, row: OutboxRow) -> _Result:
        """Send or edit the message; how it went, to be recorded."""
        message = _message_from_row(row)
        message_id: int | None = None
        error: str | None = None
        retry_after: float | None = None
        permanent = False
        try:
            if row.kind == "edit":
                await self._edit(row, message)
            else:
                message_id = await self.transport.send(row.chat_id, message)
        except RetryLater as exc:
            error, retry_after = str(exc), exc.retry_after
            if retry_after:  # a 429: the call did not count, but the chat must pause
                self.budget.refund(row.chat_id)
                self.budget.retry_after(row.chat_id, retry_after)
        except PermanentFailure as exc:
            error, permanent = str(exc), True
        except Exception as exc:  # an unknown failure is retried, then given up
            log.exception("outbox row %s: unexpected delivery error", row.id)
            error = f"{type(exc).__name__}: {exc}"
        return _Result(row.id, message_id, error, retry_after, permanent)

    async def _edit(self, row: OutboxRow, message: OutMessage) -> None:
        async with self.uow() as session:
            original = await session.scalar(
                select(OutboxMessage).where(
                    OutboxMessage.ref == row.edit_ref, OutboxMessage.chat_id == row.chat_id
                )
            )
        if original is None or original.status == "failed":
            raise PermanentFailure(f"message {row.edit_ref} to edit was never delivered")
        if original.telegram_message_id is None:
            raise RetryLater(f"message {row.edit_ref} is not delivered yet", 1)
        await self.transport.edit(
            row.chat_id, original.telegram_message_id, message, caption=original.photo is not None
        )

    async def _record_batch(self, results: Sequence[_Result]) -> list[None]:
        now = self.clock.now()
        delivered = [
            {"row_id": r.row_id, "message_id": r.message_id, "now": now}
            for r in results
            if r.error is None
        ]
        failed = [r for r in results if r.error is not None]
        async with self.uow() as session:
            if delivered:  # the usual case: one statement for all of them
                await session.execute(_MARK_SENT, delivered)
            if failed:
                rows = {
                    row.id: row
                    for row in await session.scalars(
                        select(OutboxMessage).where(
                            OutboxMessage.id.in_([r.row_id for r in failed])
                        )
                    )
                }
                for result in failed:
                    if (row := rows.get(result.row_id)) is not None:
                        await self._record(session, row, result, now)
        return [None] * len(results)

    async def _record(
        self, session: AsyncSession, row: OutboxMessage, result: _Result, now: datetime
    ) -> None:
        row.attempts += 1
        row.claimed_at = None
        error = result.error
        if error is None:
            row.status, row.sent_at, row.telegram_message_id = "sent", now, result.message_id
            return
        row.last_error = error[:1000]
        if result.permanent or row.attempts >= MAX_ATTEMPTS:
            row.status = "failed"
            log.error("outbox row %s to chat %s failed: %s", row.id, row.chat_id, error)
            if self.on_failed is not None:
                await self.on_failed(session, row)
            return
        row.status = "pending"
        retry_after = result.retry_after
        delay = timedelta(seconds=retry_after) if retry_after else backoff(row.attempts)
        row.next_attempt_at = now + delay
        log.warning("outbox row %s: %s; retry in %s", row.id, error, delay)


# Delivered rows, many at once (executemany): no need to load them first.
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row_id"))
    .values(
        status="sent",
        sent_at=bindparam("now"),
        telegram_message_id=bindparam("message_id"),
        attempts=_OUTBOX.c.attempts + 1,
        claimed_at=None,
    )
)


@dataclass(frozen=True)
class _Result:
    """How one delivery attempt went."""

    row_id: int
    message_id: int | None
    error: str | None
    retry_after: float | None
    permanent: bool
