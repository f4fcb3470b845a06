"""Deadlines on a real database, with the clock moved instead of slept: the half-time reminder,
the escalation ladder (team lead → community → command centre), overdue flags, resolve
deadlines, and that nothing is sent twice, not even by a freshly started bot."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from sqlalchemy import select, text

from gridbot.clock import SHANGHAI
from gridbot.db.models import CaseEvent
from gridbot.db.session import UnitOfWork
from gridbot.scheduler import sweep
from gridbot.services.bindings import bind
from gridbot.services.context import Actor, Outcome
from gridbot.services.escalation import sweep_deadlines
from gridbot.services.team_actions import CardPress, accept, transfer
from tests.integration.helpers import (
    ADMIN,
    COMMAND_CHAT,
    TEAM_CHATS,
    WORKER,
    bind_all,
    button_labels,
    load,
    outbox,
    register_worker,
    report,
)

LAMP = "幸福里小区路灯坏了好几天了，晚上很黑"  # municipal, normal: accept 4wh, resolve 5wd
WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"  # labour, urgent: 15m / 4h
LEAD = Actor(777, "王队长")
MUNICIPAL, LABOR = TEAM_CHATS["municipal"], TEAM_CHATS["labor"]


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


async def texts_in(ctx, chat_id: int) -> list[str]:
    return [row.text for row in await outbox(ctx, chat_id)]


async def escalations(ctx, case_id: int) -> list[dict]:
    async with ctx.uow() as session:
        rows = await session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case_id, CaseEvent.action == "escalate")
            .order_by(CaseEvent.id)
        )
        return [e.data for e in rows]


async def open_case(ctx, words: str = LAMP):
    await bind_all(ctx)
    await register_worker(ctx)
    return (await report(ctx, words)).case


async def test_half_time_reminder_reaches_the_team_chat_once(ctx, clock) -> None:
    case = await open_case(ctx)  # Monday 09:00; 4 working hours to accept → 15:00
    assert (await load(ctx, case.id)).accept_deadline == at(2026, 11, 23, 15, 0)
    clock.set(at(2026, 11, 23, 10, 59))
    await sweep(ctx)
    assert not any("过半" in t for t in await texts_in(ctx, MUNICIPAL))
    clock.set(at(2026, 11, 23, 11, 0))  # two working hours of four
    await sweep(ctx)
    await sweep(ctx)
    reminders = [t for t in await texts_in(ctx, MUNICIPAL) if "接单时间已过半" in t]
    assert len(reminders) == 1 and case.number in reminders[0] and "15:00" in reminders[0]


async def test_unaccepted_urgent_case_climbs_the_ladder_in_minutes_at_night(ctx, clock) -> None:
    clock.set(at(2026, 11, 29, 3, 0))  # Sunday, three in the morning
    case = await open_case(ctx, WAGES)
    clock.advance(minutes=14)
    await sweep(ctx)
    labour = await texts_in(ctx, LABOR)
    assert any("接单时间已过半" in t for t in labour)
    assert not any("已超时" in t for t in labour)

    clock.advance(minutes=1)  # 15 minutes: the team lead, in the team chat
    await sweep(ctx)
    notice = (await texts_in(ctx, LABOR))[-2]
    assert "【已超时】" in notice and "王队长请立即安排处置" in notice
    card_edit = (await outbox(ctx, LABOR))[-1]
    assert card_edit.kind == "edit" and "【已超时】" in card_edit.text
    assert button_labels(card_edit) == ["接单", "转派", "退回"]
    assert "已超过处置时限" in (await texts_in(ctx, WORKER))[-1]
    assert not any("超时上报" in t for t in await texts_in(ctx, COMMAND_CHAT))

    clock.advance(minutes=10)  # no community chat bound: straight to the command centre
    await sweep(ctx)
    to_command = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert "【超时上报】" in to_command.text and "值班领导" in to_command.text
    assert button_labels(to_command) == ["督办"]
    assert await escalations(ctx, case.id) == [
        {"level": 1, "target": "team_lead", "phase": "accept"},
        {"level": 3, "target": "command", "phase": "accept"},
    ]

    clock.advance(hours=5)  # the ladder has no more rungs: silence
    before = len(await outbox(ctx, COMMAND_CHAT)) + len(await outbox(ctx, LABOR))
    await sweep(ctx)
    assert len(await outbox(ctx, COMMAND_CHAT)) + len(await outbox(ctx, LABOR)) == before
    assert (await load(ctx, case.id)).next_check_at is None
    reporter_notices = [t for t in await texts_in(ctx, WORKER) if "处置时限" in t]
    assert len(reporter_notices) == 1


async def test_a_bound_community_chat_is_the_second_rung(ctx, clock) -> None:
    case = await open_case(ctx, WAGES)  # 春晖小区 → grid CH-01, 春晖社区 (CH)
    community_chat = -120
    bound = await bind(ctx, community_chat, "Community:ch", ADMIN)
    assert (bound.target, bound.target_name) == ("community:CH", "春晖社区")
    clock.advance(minutes=15)
    await sweep(ctx)
    clock.advance(minutes=10)
    await sweep(ctx)
    notice = (await texts_in(ctx, community_chat))[-1]
    assert "【超时上报】" in notice and "春晖社区" in notice and case.number in notice
    assert not any("超时上报" in t for t in await texts_in(ctx, COMMAND_CHAT))
    clock.advance(minutes=10)
    await sweep(ctx)
    assert any("超时上报" in t for t in await texts_in(ctx, COMMAND_CHAT))
    levels = [(e["level"], e["target"]) for e in await escalations(ctx, case.id)]
    assert levels == [(1, "team_lead"), (2, "community:CH"), (3, "command")]


async def test_nothing_is_sent_twice_by_repeated_sweeps_or_a_restarted_bot(ctx, clock) -> None:
    case = await open_case(ctx, WAGES)
    clock.advance(minutes=8)
    await sweep(ctx)
    clock.advance(minutes=7)
    await sweep(ctx)
    counted = {chat: len(await outbox(ctx, chat)) for chat in (LABOR, COMMAND_CHAT, WORKER)}
    events_before = len(await escalations(ctx, case.id))
    await sweep(ctx)
    # a restarted bot: new engine, new unit of work, same database
    engine = ctx.uow.engine
    fresh = dataclasses.replace(ctx, uow=UnitOfWork(engine))
    await sweep(fresh)
    assert await sweep_deadlines(fresh) == 0
    assert {chat: len(await outbox(ctx, chat)) for chat in counted} == counted
    assert len(await escalations(ctx, case.id)) == events_before == 1


async def test_accepting_sets_the_resolve_deadline_and_its_passing_escalates(ctx, clock) -> None:
    case = await open_case(ctx)
    clock.set(at(2026, 11, 23, 9, 30))
    await accept(ctx, CardPress(case.id, case.dispatch_seq, MUNICIPAL, LEAD))
    stored = await load(ctx, case.id)
    assert stored.resolve_deadline == at(2026, 11, 30, 17, 30)  # 5 working days
    card = (await outbox(ctx, MUNICIPAL))[-1]
    assert "11月30日(周一) 17:30 前办结" in card.text
    assert button_labels(card) == ["办结", "转派", "退回", "申请延期"]
    clock.set(at(2026, 11, 30, 17, 29))
    await sweep(ctx)
    assert not await escalations(ctx, case.id)
    clock.set(at(2026, 11, 30, 17, 31))
    await sweep(ctx)
    notice = [t for t in await texts_in(ctx, MUNICIPAL) if "【已超时】" in t and "办结时限" in t]
    assert len(notice) == 1 and "队长请立即安排处置" in notice[0]
    assert (await escalations(ctx, case.id))[0]["phase"] == "resolve"


async def test_transfer_gives_the_new_team_a_fresh_deadline_and_ladder(ctx, clock) -> None:
    case = await open_case(ctx, WAGES)
    clock.advance(minutes=16)
    await sweep(ctx)
    assert (await load(ctx, case.id)).overdue_since is not None
    await transfer(ctx, CardPress(case.id, case.dispatch_seq, LABOR, LEAD), "police")
    moved = await load(ctx, case.id)
    assert moved.overdue_since is None and moved.escalation_level == 0
    assert moved.accept_deadline == at(2026, 11, 23, 9, 31)  # 15 minutes from the transfer
    police_card = (await outbox(ctx, TEAM_CHATS["police"]))[-1]
    assert "【已超时】" not in police_card.text


async def test_the_sweep_reads_cases_through_the_next_check_index(ctx) -> None:
    if ctx.uow.dialect != "sqlite":
        pytest.skip("the plan format is SQLite's; PostgreSQL plans depend on table statistics")
    async with ctx.uow() as session:
        plan = await session.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE next_check_at <= :now"),
            {"now": "2026-11-23 00:00:00"},
        )
        detail = " ".join(str(row[-1]) for row in plan)
    assert "ix_cases_next_check_at" in detail


async def test_only_known_communities_can_be_bound(ctx) -> None:
    unknown = await bind(ctx, -121, "community:ZZ", ADMIN)
    assert unknown.outcome is Outcome.UNKNOWN_TEAM
