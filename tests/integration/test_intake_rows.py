"""Intake writes a new case, its timeline and its messages with plain statements, not ORM
objects: the rows must hold exactly what routing decided, and rows appended in a unit of work
must share its fate (written with it, dropped when it rolls back)."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from sqlalchemy import select

from gridbot.clock import SHANGHAI
from gridbot.db.models import CaseEvent, OutboxMessage
from gridbot.db.session import UnitOfWork
from gridbot.messages import OutMessage
from gridbot.outbox import enqueue
from tests.integration.helpers import TEAM_CHATS, WORKER, bind_all, load, register_worker, report

LAMP = "幸福里小区3号楼门口的路灯坏了，晚上一片漆黑"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)


async def test_a_new_case_row_holds_what_routing_decided(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    view = (await report(ctx, LAMP)).case
    assert view is not None and view.team_code is not None
    case = await load(ctx, view.id)
    assert (case.status, case.team_code, case.dispatch_seq) == ("dispatched", view.team_code, 1)
    assert case.dispatch_chat_id == TEAM_CHATS[view.team_code]
    assert case.accept_deadline is not None and case.remind_at is not None
    assert case.next_check_at is not None
    assert (case.escalation_level, case.reopen_count, case.photos) == (0, 0, [])
    assert case.keywords == list(view.keywords) and case.text == LAMP
    assert case.created_at == case.updated_at


async def test_a_new_case_timeline_and_messages_are_written_in_order(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    view = (await report(ctx, LAMP)).case
    assert view is not None and view.team_code is not None
    async with ctx.uow() as session:
        timeline = list(
            await session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == view.id).order_by(CaseEvent.id)
            )
        )
        messages = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    assert [(e.action, e.from_status, e.to_status) for e in timeline] == [
        ("report", None, "reported"),
        ("dispatch", "reported", "dispatched"),
    ]
    assert timeline[0].actor_id == WORKER and timeline[0].data["keywords"] == list(view.keywords)
    assert timeline[1].data == {"team": view.team_code} and timeline[1].actor_name == "系统"
    card, ack = messages[-2:]
    assert (card.chat_id, card.ref, card.kind) == (
        TEAM_CHATS[view.team_code],
        f"case{view.id}-d1",
        "send",
    )
    assert (ack.chat_id, ack.ref, ack.status, ack.attempts) == (WORKER, None, "pending", 0)
    assert view.number in card.text and view.number in ack.text


async def test_appended_rows_are_seen_by_a_query_in_the_same_unit(uow: UnitOfWork):
    async with uow() as session:
        enqueue(session, NOW, 1, OutMessage("一"))
        seen = list(await session.scalars(select(OutboxMessage.text)))
    assert seen == ["一"]


async def test_rows_appended_by_a_failing_unit_are_dropped_with_it(uow: UnitOfWork):
    async def unit(text: str, fail: bool) -> None:
        async with uow() as session:
            enqueue(session, NOW, 1, OutMessage(text))
            await asyncio.sleep(0)  # let the other units queue for the same transaction
            if fail:
                raise RuntimeError("this unit fails")

    results = await asyncio.gather(
        unit("一", False), unit("二", True), unit("三", False), return_exceptions=True
    )
    assert [type(r) for r in results] == [type(None), RuntimeError, type(None)]
    async with uow() as session:
        texts = list(await session.scalars(select(OutboxMessage.text)))
    # on PostgreSQL the units are separate transactions racing to insert: no order is promised
    assert sorted(texts) == ["一", "三"]


async def test_rows_appended_are_not_written_when_the_unit_fails_alone(uow: UnitOfWork):
    with pytest.raises(RuntimeError):
        async with uow() as session:
            enqueue(session, NOW, 1, OutMessage("一"))
            raise RuntimeError("fails")
    async with uow() as session:
        assert list(await session.scalars(select(OutboxMessage))) == []
