"""The outbox sender against the emulator over HTTP (aiogram transport): Telegram's limits,
429s, server errors, dropped connections, undeliverable chats, crashes mid-send."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import select, update

from gridbot.db.models import OutboxMessage
from gridbot.emulator import TelegramEmulator
from gridbot.messages import OutMessage
from gridbot.outbox import OutboxSender, enqueue
from gridbot.ratelimit import SendLimits
from gridbot.services.delivery import failure_notifier
from handlers.transport import AiogramTransport
from tests.integration.helpers import COMMAND_CHAT, TEAM_CHATS, WORKER, bind_all, register_worker

TOKEN = "1000:SENDER-TEST"
GROUPS = (-201, -202)
PRIVATE = (301, 302)


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN) as emulator:
        for user in (*PRIVATE, WORKER):
            emulator.add_user(user, f"用户{user}")
        for chat in (*GROUPS, COMMAND_CHAT, *TEAM_CHATS.values()):
            emulator.add_group(chat, f"群{chat}")
        yield emulator


@pytest.fixture
async def transport(emu: TelegramEmulator) -> AsyncIterator[AiogramTransport]:
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url)))
    yield AiogramTransport(bot)
    await bot.session.close()


async def queue(uow, clock, chat_id: int, *texts: str) -> None:
    async with uow() as session:
        for text in texts:
            enqueue(session, clock.now(), chat_id, OutMessage(text))


async def statuses(uow) -> list[str]:
    async with uow() as session:
        rows = await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [r.status for r in rows]


def texts(emu: TelegramEmulator, chat_id: int) -> list[str]:
    return [m.content for m in emu.messages(chat_id)]


async def test_the_sender_keeps_within_telegrams_limits_so_no_429_comes_back(
    uow, clock, emu, transport
) -> None:
    emu.enforce_limits()  # the emulator answers 429 to anything beyond Telegram's limits
    await queue(uow, clock, GROUPS[0], "g1", "g2", "g3")
    await queue(uow, clock, PRIVATE[0], "p1", "p2")
    await queue(uow, clock, GROUPS[1], "h1")
    sender = OutboxSender(uow, transport, clock, limits=SendLimits())
    started = time.monotonic()
    assert await sender.run_once() == 6
    elapsed = time.monotonic() - started
    assert texts(emu, GROUPS[0]) == ["g1", "g2", "g3"]
    assert texts(emu, PRIVATE[0]) == ["p1", "p2"] and texts(emu, GROUPS[1]) == ["h1"]
    assert emu.counters()["429_total"] == 0
    assert 2.0 <= elapsed < 3.0  # three messages in one chat need two seconds, not more


async def test_without_the_budget_the_same_burst_would_have_hit_429(
    uow, clock, emu, transport
) -> None:
    """The control for the test above: the emulator really refuses a too-fast sender."""
    emu.enforce_limits()
    await queue(uow, clock, GROUPS[0], "g1", "g2")
    await OutboxSender(uow, transport, clock, limits=SendLimits.off()).run_once()
    assert emu.counters()["429_limit"] == 1
    assert texts(emu, GROUPS[0]) == ["g1"]


async def test_a_429_retry_after_from_telegram_is_honoured(uow, clock, emu, transport) -> None:
    emu.inject_fault("sendMessage", "429", retry_after=7)
    await queue(uow, clock, PRIVATE[0], "first", "second")
    sender = OutboxSender(uow, transport, clock)
    assert await sender.run_once() == 0
    async with uow() as session:
        row = await session.scalar(select(OutboxMessage).order_by(OutboxMessage.id))
    assert row.status == "pending" and row.next_attempt_at == clock.now() + timedelta(seconds=7)
    assert 6 < sender.budget.wait(PRIVATE[0]) <= 7  # the chat stays closed on our side too
    clock.advance(seconds=7)
    sender.budget.retry_after(PRIVATE[0], 0)
    sender.budget._closed_until.clear()
    assert await sender.run_once() == 2
    assert texts(emu, PRIVATE[0]) == ["first", "second"]


@pytest.mark.parametrize("kind", ["500", "drop", "slow"])
async def test_server_errors_and_dropped_connections_are_retried_with_back_off(
    uow, clock, emu, transport, kind
) -> None:
    emu.inject_fault("sendMessage", kind, count=2, delay=0.2)
    await queue(uow, clock, PRIVATE[1], "ack")
    sender = OutboxSender(uow, transport, clock)
    for _ in range(5):
        await sender.run_once()
        clock.advance(minutes=5)
    assert texts(emu, PRIVATE[1]) == ["ack"]
    assert await statuses(uow) == ["sent"]


async def test_order_per_chat_holds_while_many_chats_go_out_at_once(
    uow, clock, emu, transport
) -> None:
    chats = [*PRIVATE, *GROUPS]
    async with uow() as session:
        for i in range(40):
            for chat in chats:
                enqueue(session, clock.now(), chat, OutMessage(f"{chat}-{i}"))
    emu.inject_fault("sendMessage", "500", count=3)  # failures in the middle keep the order
    sender = OutboxSender(uow, transport, clock)
    for _ in range(6):
        await sender.run_once()
        clock.advance(minutes=5)
    for chat in chats:
        assert texts(emu, chat) == [f"{chat}-{i}" for i in range(40)]


async def test_two_senders_on_one_database_never_send_a_message_twice(
    uow, clock, emu, transport
) -> None:
    async with uow() as session:
        for i in range(30):
            enqueue(session, clock.now(), PRIVATE[i % 2], OutMessage(f"m{i}"))
    first, second = OutboxSender(uow, transport, clock), OutboxSender(uow, transport, clock)
    delivered = await asyncio.gather(first.run_once(), second.run_once())
    await first.run_once()
    assert sum(delivered) <= 30
    sent = texts(emu, PRIVATE[0]) + texts(emu, PRIVATE[1])
    assert sorted(sent) == sorted(f"m{i}" for i in range(30))  # each exactly once


async def test_a_row_left_sending_by_a_crash_is_sent_again(uow, clock, emu, transport) -> None:
    await queue(uow, clock, PRIVATE[0], "in flight at the crash", "after it")
    async with uow() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.text == "in flight at the crash")
            .values(status="sending", claimed_at=clock.now())
        )
    sender = OutboxSender(uow, transport, clock)
    assert await sender.run_once() == 0  # the chat waits: nothing overtakes the claimed row
    assert await sender.recover(timedelta(minutes=2)) == 0  # a live sender may still have it
    assert await sender.recover(timedelta(0)) == 1
    assert await sender.run_once() == 2
    assert texts(emu, PRIVATE[0]) == ["in flight at the crash", "after it"]


async def test_blocked_user_is_marked_failed_and_the_command_centre_is_told(
    ctx, emu, transport
) -> None:
    await bind_all(ctx)
    await register_worker(ctx)
    emu.block_user(WORKER)
    await queue(ctx.uow, ctx.clock, WORKER, "事件 20261123-0001 已由派出所巡防队接单处置。")
    sender = OutboxSender(ctx.uow, transport, ctx.clock, on_failed=failure_notifier(ctx))
    await sender.run_once()
    await sender.run_once()
    assert await statuses(ctx.uow) == ["failed", "sent"]
    (notice,) = texts(emu, COMMAND_CHAT)
    assert "投递失败" in notice and "张三" in notice and "20261123-0001" in notice
    assert "屏蔽" in notice


async def test_a_team_chat_the_bot_was_removed_from_is_reported_once_and_never_loops(
    ctx, emu, transport
) -> None:
    await bind_all(ctx)
    emu.state.chats.pop(TEAM_CHATS["police"])  # the group is gone: "chat not found"
    emu.state.chats.pop(COMMAND_CHAT)  # and so is the command centre's
    await queue(ctx.uow, ctx.clock, TEAM_CHATS["police"], "card")
    sender = OutboxSender(ctx.uow, transport, ctx.clock, on_failed=failure_notifier(ctx))
    for _ in range(3):
        await sender.run_once()
    async with ctx.uow() as session:
        rows = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    # the card failed, its notice to the (missing) command chat failed, and that was the end
    assert [(r.chat_id, r.status) for r in rows] == [
        (TEAM_CHATS["police"], "failed"),
        (COMMAND_CHAT, "failed"),
    ]
    assert "派出所" in rows[1].text and "找不到该聊天" in rows[1].text
