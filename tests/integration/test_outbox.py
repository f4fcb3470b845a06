"""The outbox sender: delivery in order per chat, message ids for edits, retries, failures."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from gridbot.db.models import OutboxMessage
from gridbot.messages import OutMessage
from gridbot.outbox import OutboxSender, PermanentFailure, RetryLater, enqueue, enqueue_edit


class ScriptedTransport:
    """Delivers like Telegram, except for the failures queued per chat."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.edits: list[tuple[int, int, str, bool]] = []
        self.failures: dict[int, list[Exception]] = {}
        self.next_id = 100

    async def send(self, chat_id: int, message: OutMessage) -> int:
        if self.failures.get(chat_id):
            raise self.failures[chat_id].pop(0)
        self.sent.append((chat_id, message.text))
        self.next_id += 1
        return self.next_id

    async def edit(
        self, chat_id: int, message_id: int, message: OutMessage, caption: bool
    ) -> None:
        self.edits.append((chat_id, message_id, message.text, caption))


async def rows(uow) -> list[OutboxMessage]:
    async with uow() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


async def test_messages_are_delivered_and_edits_find_the_message_they_change(uow, clock) -> None:
    transport = ScriptedTransport()
    async with uow() as session:
        enqueue(session, clock.now(), -1, OutMessage("card", photo="PHOTO"), ref="case1-d1")
        enqueue_edit(session, clock.now(), -1, "case1-d1", OutMessage("card, accepted"))
    sender = OutboxSender(uow, transport, clock)
    assert await sender.run_once() == 2
    assert transport.sent == [(-1, "card")]
    assert transport.edits == [(-1, 101, "card, accepted", True)]  # a photo's caption is edited
    assert [r.status for r in await rows(uow)] == ["sent", "sent"]


async def test_a_429_delays_the_chat_but_keeps_its_order_and_other_chats_go_on(uow, clock) -> None:
    transport = ScriptedTransport()
    transport.failures[-1] = [RetryLater("Too Many Requests", retry_after=5)]
    async with uow() as session:
        for text in ("first", "second"):
            enqueue(session, clock.now(), -1, OutMessage(text))
        enqueue(session, clock.now(), -2, OutMessage("other chat"))
    sender = OutboxSender(uow, transport, clock)
    assert await sender.run_once() == 1
    assert transport.sent == [(-2, "other chat")]
    clock.advance(seconds=4)
    assert await sender.run_once() == 0  # retry_after not over: nothing overtakes "first"
    clock.advance(seconds=2)
    assert await sender.run_once() == 2
    assert transport.sent[1:] == [(-1, "first"), (-1, "second")]


async def test_a_permanent_failure_is_marked_failed_with_its_reason(uow, clock) -> None:
    transport = ScriptedTransport()
    transport.failures[42] = [PermanentFailure("Forbidden: bot was blocked by the user")]
    async with uow() as session:
        enqueue(session, clock.now(), 42, OutMessage("hello"))
    await OutboxSender(uow, transport, clock).run_once()
    (row,) = await rows(uow)
    assert row.status == "failed" and "blocked" in (row.last_error or "")


async def test_passing_errors_are_retried_with_growing_back_off(uow, clock) -> None:
    transport = ScriptedTransport()
    transport.failures[7] = [RetryLater("Bad Gateway"), RetryLater("Bad Gateway")]
    async with uow() as session:
        enqueue(session, clock.now(), 7, OutMessage("report ack"))
    sender = OutboxSender(uow, transport, clock)
    await sender.run_once()
    first_wait = (await rows(uow))[0].next_attempt_at - clock.now()
    clock.advance(seconds=first_wait.total_seconds())
    await sender.run_once()
    second_wait = (await rows(uow))[0].next_attempt_at - clock.now()
    assert second_wait > first_wait
    clock.advance(seconds=second_wait.total_seconds())
    assert await sender.run_once() == 1
    assert transport.sent == [(7, "report ack")]


async def test_the_sender_stops_when_cancelled_as_it_is_woken(uow, clock) -> None:
    """The bot stops on SIGINT by cancelling its tasks; under load the sender is woken all the
    time, and a cancellation arriving with a wake-up must not be lost (it was, through
    asyncio.wait_for on Python 3.11, and the bot never stopped)."""
    sender = OutboxSender(uow, ScriptedTransport(), clock, poll_seconds=5)
    task = asyncio.create_task(sender.run())
    await asyncio.sleep(0.05)  # started, waiting to be woken
    sender.wake()
    task.cancel()
    await asyncio.sleep(0.05)
    assert task.done() and task.cancelled()


async def test_a_chat_s_worker_also_delivers_the_rows_queued_while_it_sends(uow, clock) -> None:
    class QueueingTransport(ScriptedTransport):
        async def send(self, chat_id: int, message: OutMessage) -> int:
            if message.text == "first":  # a new row for this chat arrives meanwhile
                async with uow() as session:
                    enqueue(session, clock.now(), chat_id, OutMessage("queued meanwhile"))
            return await super().send(chat_id, message)

    transport = QueueingTransport()
    async with uow() as session:
        for text in ("first", "second"):
            enqueue(session, clock.now(), -1, OutMessage(text))
    sender = OutboxSender(uow, transport, clock)
    assert await sender.run_once() == 3  # one round: the worker carried on with its chat
    assert transport.sent == [(-1, "first"), (-1, "second"), (-1, "queued meanwhile")]
    assert [r.status for r in await rows(uow)] == ["sent", "sent", "sent"]


async def test_an_idle_sender_rests_and_only_commits_that_queue_messages_wake_it(
    uow, clock
) -> None:
    """The bot wakes its sender after each commit that queued a message. Every commit used to
    wake it, its own rounds' included, so a bot with nothing to send ran rounds back to back
    and kept a core busy all day (thousands of rounds a second)."""
    transport = ScriptedTransport()
    sender = OutboxSender(uow, transport, clock, poll_seconds=5)
    uow.after_commit(sender.wake)
    rounds = 0
    start_due = sender.start_due

    async def counted() -> int:
        nonlocal rounds
        rounds += 1
        return await start_due()

    sender.start_due = counted  # type: ignore[method-assign]
    task = asyncio.create_task(sender.run())
    try:
        await asyncio.sleep(0.3)
        async with uow() as session:  # work that queues nothing: no round for it
            await session.scalars(select(OutboxMessage))
        await asyncio.sleep(0.2)
        assert rounds == 1  # the first round only; the next poll is 5 s away
        async with uow() as session:
            enqueue(session, clock.now(), -1, OutMessage("new card"))
        for _ in range(50):
            if transport.sent:
                break
            await asyncio.sleep(0.01)
        assert transport.sent == [(-1, "new card")]  # woken at once, not at the next poll
        await asyncio.sleep(0.2)
        assert rounds <= 3  # the wake-up, and one when the chat's worker ended
    finally:
        sender.stop()
        await task
