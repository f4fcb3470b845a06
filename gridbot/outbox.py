"""The outbox: every outgoing message is a row first and a Telegram call second.

Services call `enqueue`/`enqueue_edit` inside their transaction; `OutboxSender` delivers the
rows in order per chat through a `Transport` (implemented with aiogram in handlers/), records
Telegram's message id so later edits find the message, and retries what failed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.clock import Clock, SystemClock
from gridbot.db.models import OutboxMessage
from gridbot.db.session import UnitOfWork
from gridbot.messages import Button, OutMessage

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


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


def _message_from_row(row: OutboxMessage) -> OutMessage:
    buttons = tuple(tuple(Button(b["text"], b["data"]) for b in r) for r in row.buttons)
    return OutMessage(text=row.text, buttons=buttons, photo=row.photo)


def enqueue(
    session: AsyncSession, now: datetime, chat_id: int, message: OutMessage, ref: str | None = None
) -> OutboxMessage:
    row = OutboxMessage(
        chat_id=chat_id,
        kind="send",
        text=message.text,
        buttons=_buttons_to_json(message),
        photo=message.photo,
        ref=ref,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row


def enqueue_edit(
    session: AsyncSession, now: datetime, chat_id: int, edit_ref: str, message: OutMessage
) -> OutboxMessage:
    row = enqueue(session, now, chat_id, OutMessage(message.text, message.buttons), None)
    row.kind = "edit"
    row.edit_ref = edit_ref
    return row


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(2**attempts, 300))


class OutboxSender:
    def __init__(
        self,
        uow: UnitOfWork,
        transport: Transport,
        clock: Clock | None = None,
        poll_seconds: float = 1.0,
        batch: int = 100,
    ) -> None:
        self.uow = uow
        self.transport = transport
        self.clock = clock or SystemClock()
        self.poll_seconds = poll_seconds
        self.batch = batch
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        log.info("outbox sender started")
        while not self._stopping:
            self._wake.clear()
            try:
                delivered = await self.run_once()
            except Exception:  # keep delivering whatever one round did wrong
                log.exception("outbox round failed")
                delivered = 0
            if delivered == 0 and not self._stopping:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_seconds)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run_once(self) -> int:
        """Deliver every due row once, oldest first; return how many were delivered."""
        now = self.clock.now()
        async with self.uow() as session:
            rows = list(
                await session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.status == "pending")
                    .order_by(OutboxMessage.id)
                    .limit(self.batch)
                )
            )
        held_chats: set[int] = set()
        delivered = 0
        for row in rows:
            if row.chat_id in held_chats:
                continue
            if row.next_attempt_at > now:
                held_chats.add(row.chat_id)  # keep order: nothing overtakes a waiting message
                continue
            if await self._deliver(row):
                delivered += 1
            else:
                held_chats.add(row.chat_id)
        return delivered

    async def _deliver(self, row: OutboxMessage) -> bool:
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
        except PermanentFailure as exc:
            error, permanent = str(exc), True
        except Exception as exc:  # an unknown failure is retried, then given up
            log.exception("outbox row %s: unexpected delivery error", row.id)
            error = f"{type(exc).__name__}: {exc}"
        await self._record(row.id, message_id, error, retry_after, permanent)
        return error is None

    async def _edit(self, row: OutboxMessage, message: OutMessage) -> None:
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

    async def _record(
        self,
        row_id: int,
        message_id: int | None,
        error: str | None,
        retry_after: float | None,
        permanent: bool,
    ) -> None:
        now = self.clock.now()
        async with self.uow() as session:
            row = await session.get(OutboxMessage, row_id)
            if row is None:
                return
            row.attempts += 1
            if error is None:
                row.status, row.sent_at, row.telegram_message_id = "sent", now, message_id
                return
            row.last_error = error[:1000]
            if permanent or row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
                log.error("outbox row %s to chat %s failed: %s", row.id, row.chat_id, error)
                return
            delay = timedelta(seconds=retry_after) if retry_after else backoff(row.attempts)
            row.next_attempt_at = now + delay
            log.warning("outbox row %s: %s; retry in %s", row.id, error, delay)
