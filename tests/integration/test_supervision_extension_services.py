"""督办 and 延期 through the services on a real database: who may supervise, how the deadline
tightens and the lead is reminded, and how an extension request moves the deadline only when
the command centre approves it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from gridbot.clock import SHANGHAI
from gridbot.db.models import CaseEvent, PendingPrompt
from gridbot.scheduler import sweep
from gridbot.services.context import Actor, Outcome
from gridbot.services.extensions import decide, parse_days_and_reason, request_by_command
from gridbot.services.members import register
from gridbot.services.supervision import supervise
from gridbot.services.team_actions import (
    PROMPT_EXTEND,
    PROMPT_RESOLVE,
    CardPress,
    accept,
    answer_prompt,
    ask_for_input,
)
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
LEAD = Actor(777, "李组长")
MUNICIPAL = TEAM_CHATS["municipal"]
LEADER_ID = 888


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


async def accepted_lamp_case(ctx, clock):
    """Reported Monday 09:00, accepted 09:30: to be resolved by Monday 30 Nov 17:30."""
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, LAMP)).case
    clock.set(at(2026, 11, 23, 9, 30))
    press = CardPress(case.id, case.dispatch_seq, MUNICIPAL, LEAD)
    await accept(ctx, press)
    return case, press


async def actions(ctx, case_id: int) -> list[tuple[str, dict]]:
    async with ctx.uow() as session:
        rows = await session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        )
        return [(e.action, e.data) for e in rows]


# -- 督办 -------------------------------------------------------------------------------------


async def test_only_admins_and_leaders_may_supervise(ctx, clock) -> None:
    case, _ = await accepted_lamp_case(ctx, clock)
    stranger = await supervise(ctx, Actor(666, "路人甲"), -999, number=case.number)
    worker = await supervise(ctx, Actor(WORKER, "张三"), WORKER, number=case.number)
    assert stranger.outcome is worker.outcome is Outcome.NOT_ALLOWED
    assert (await load(ctx, case.id)).supervised_at is None
    await register(ctx, LEADER_ID, "赵书记", "XF-01", "领导")
    leader = await supervise(ctx, Actor(LEADER_ID, "赵书记"), LEADER_ID, number=case.number)
    assert leader.outcome is Outcome.OK


async def test_supervision_tightens_the_deadline_flags_the_case_and_tells_everyone(ctx, clock):
    case, _ = await accepted_lamp_case(ctx, clock)
    result = await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number)  # default 1 day
    assert result.outcome is Outcome.OK and result.until == at(2026, 11, 24, 17, 30)
    stored = await load(ctx, case.id)
    assert stored.resolve_deadline == at(2026, 11, 24, 17, 30)  # was 30 Nov
    assert stored.supervised_by == ADMIN.name
    team = await outbox(ctx, MUNICIPAL)
    notice, card = team[-2], team[-1]
    assert "【督办】" in notice.text and "11月24日(周二) 17:30 前办结" in notice.text
    assert card.kind == "edit" and "【督办】" in card.text and "11月24日(周二) 17:30" in card.text
    assert "已督办事件" in (await outbox(ctx, COMMAND_CHAT))[-1].text
    assert "督办" in (await outbox(ctx, WORKER))[-1].text
    supervise_events = [d for a, d in await actions(ctx, case.id) if a == "supervise"]
    assert supervise_events == [{"until": "2026-11-24T17:30:00+08:00", "days": 1}]


async def test_the_lead_is_reminded_once_per_working_day(ctx, clock) -> None:
    case, _ = await accepted_lamp_case(ctx, clock)
    await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number, days=3)

    async def reminders() -> int:
        return sum("【督办提醒】" in r.text for r in await outbox(ctx, MUNICIPAL))

    for hour in (12, 17):  # the day of the notice itself: no reminder
        clock.set(at(2026, 11, 23, hour, 0))
        await sweep(ctx)
    assert await reminders() == 0
    for hour in (8, 10, 16):
        clock.set(at(2026, 11, 24, hour, 30))
        await sweep(ctx)
    assert await reminders() == 1
    clock.set(at(2026, 11, 25, 8, 30))
    await sweep(ctx)
    assert await reminders() == 2


async def test_the_supervise_button_does_not_supervise_twice(ctx, clock) -> None:
    case, _ = await accepted_lamp_case(ctx, clock)
    first = await supervise(ctx, ADMIN, COMMAND_CHAT, case_id=case.id, once=True)
    again = await supervise(ctx, ADMIN, COMMAND_CHAT, case_id=case.id, once=True)
    assert first.outcome is Outcome.OK and again.outcome is Outcome.PENDING


async def test_supervising_a_finished_case_or_for_too_long_is_refused(ctx, clock) -> None:
    case, press = await accepted_lamp_case(ctx, clock)
    too_long = await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number, days=31)
    assert too_long.outcome is Outcome.BAD_INPUT
    missing = await supervise(ctx, ADMIN, COMMAND_CHAT, number="20990101-0001")
    assert missing.outcome is Outcome.NOT_FOUND
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    await answer_prompt(ctx, MUNICIPAL, LEAD, "已换灯泡", None)
    done = await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number)
    assert done.outcome is Outcome.STALE and done.case is not None
    assert done.case.status_label == "已办结待评价"


# -- 延期 -------------------------------------------------------------------------------------


def test_days_and_reason_are_read_from_plain_chinese() -> None:
    assert parse_days_and_reason("3 等待配件到货") == (3, "等待配件到货")
    assert parse_days_and_reason("延期5个工作日，施工队排期") == (5, "施工队排期")
    assert parse_days_and_reason("2天：下雨无法施工") == (2, "下雨无法施工")
    assert parse_days_and_reason("过几天再说") is None
    assert parse_days_and_reason("3") is None  # a reason is required


async def test_extension_request_waits_for_approval_then_moves_the_deadline(ctx, clock) -> None:
    case, press = await accepted_lamp_case(ctx, clock)
    asked = await ask_for_input(ctx, press, PROMPT_EXTEND)
    assert asked.outcome is Outcome.OK
    assert "工作日数" in (await outbox(ctx, MUNICIPAL))[-1].text

    unclear = await answer_prompt(ctx, MUNICIPAL, LEAD, "过几天吧", None)
    assert unclear is not None and unclear.outcome is Outcome.BAD_INPUT
    async with ctx.uow() as session:  # the question stays open for another try
        assert await session.get(PendingPrompt, (MUNICIPAL, LEAD.telegram_id)) is not None

    sent = await answer_prompt(ctx, MUNICIPAL, LEAD, "3 等待灯杆配件到货", None)
    assert sent is not None and sent.outcome is Outcome.OK
    assert "等待指挥中心审批" in (await outbox(ctx, MUNICIPAL))[-1].text
    card = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert "等待灯杆配件到货" in card.text and "3个工作日" in card.text
    assert "12月3日(周四) 17:30" in card.text  # what the deadline would become
    assert button_labels(card) == ["批准", "不批准"]
    assert (await load(ctx, case.id)).resolve_deadline == at(2026, 11, 30, 17, 30)

    again = await request_by_command(ctx, MUNICIPAL, LEAD, case.number, 2, "再加两天")
    assert again.outcome is Outcome.PENDING
    request_id = next(
        d["request"] for a, d in await actions(ctx, case.id) if a == "extend_request"
    )
    wrong = await decide(ctx, request_id, MUNICIPAL, LEAD, approve=True)
    assert wrong.outcome is Outcome.WRONG_CHAT

    approved = await decide(ctx, request_id, COMMAND_CHAT, ADMIN, approve=True)
    assert approved.outcome is Outcome.OK
    assert (await load(ctx, case.id)).resolve_deadline == at(2026, 12, 3, 17, 30)
    team = [r.text for r in await outbox(ctx, MUNICIPAL)]
    assert any("已批准" in t and "12月3日(周四) 17:30" in t for t in team)
    decided = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert decided.kind == "edit" and "已由指挥中心管理员批准" in decided.text
    assert decided.buttons == []
    assert "延至" in (await outbox(ctx, WORKER))[-1].text
    twice = await decide(ctx, request_id, COMMAND_CHAT, ADMIN, approve=False)
    assert twice.outcome is Outcome.STALE
    assert [a for a, _ in await actions(ctx, case.id)][-2:] == ["extend_request", "extend_approve"]


async def test_a_refused_extension_leaves_the_deadline_and_tells_the_team(ctx, clock) -> None:
    case, _ = await accepted_lamp_case(ctx, clock)
    await request_by_command(ctx, MUNICIPAL, LEAD, case.number, 2, "人手不够")
    request_id = next(
        d["request"] for a, d in await actions(ctx, case.id) if a == "extend_request"
    )
    refused = await decide(ctx, request_id, COMMAND_CHAT, ADMIN, approve=False)
    assert refused.outcome is Outcome.OK
    assert (await load(ctx, case.id)).resolve_deadline == at(2026, 11, 30, 17, 30)
    assert "未批准" in (await outbox(ctx, MUNICIPAL))[-1].text
    assert [a for a, _ in await actions(ctx, case.id)][-1] == "extend_refuse"


async def test_extend_command_only_from_the_chat_handling_the_case(ctx, clock) -> None:
    case, _ = await accepted_lamp_case(ctx, clock)
    elsewhere = await request_by_command(ctx, TEAM_CHATS["police"], LEAD, case.number, 2, "忙")
    assert elsewhere.outcome is Outcome.WRONG_CHAT
    too_many = await request_by_command(ctx, MUNICIPAL, LEAD, case.number, 11, "很久")
    assert too_many.outcome is Outcome.BAD_INPUT


async def test_approving_an_overdue_case_clears_the_flag_and_restarts_the_ladder(ctx, clock):
    case, _ = await accepted_lamp_case(ctx, clock)
    clock.set(at(2026, 11, 30, 17, 31))
    await sweep(ctx)
    assert (await load(ctx, case.id)).overdue_since is not None
    await request_by_command(ctx, MUNICIPAL, LEAD, case.number, 1, "材料明天到")
    request_id = next(
        d["request"] for a, d in await actions(ctx, case.id) if a == "extend_request"
    )
    await decide(ctx, request_id, COMMAND_CHAT, ADMIN, approve=True)
    stored = await load(ctx, case.id)
    assert stored.resolve_deadline == at(2026, 12, 1, 17, 30)  # counted from now, not from before
    assert stored.overdue_since is None and stored.escalation_level == 0
    assert "【已超时】" not in (await outbox(ctx, MUNICIPAL))[-2].text  # the card edit
    clock.set(at(2026, 12, 1, 17, 31))
    await sweep(ctx)
    escalated = [d for a, d in await actions(ctx, case.id) if a == "escalate"]
    assert [d["level"] for d in escalated] == [1, 1]


async def test_a_request_for_a_case_resolved_meanwhile_is_void(ctx, clock) -> None:
    case, press = await accepted_lamp_case(ctx, clock)
    await request_by_command(ctx, MUNICIPAL, LEAD, case.number, 2, "等材料")
    request_id = next(
        d["request"] for a, d in await actions(ctx, case.id) if a == "extend_request"
    )
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    await answer_prompt(ctx, MUNICIPAL, LEAD, "已修好", None)
    late = await decide(ctx, request_id, COMMAND_CHAT, ADMIN, approve=True)
    assert late.outcome is Outcome.STALE
    assert "申请作废" in (await outbox(ctx, COMMAND_CHAT))[-1].text
