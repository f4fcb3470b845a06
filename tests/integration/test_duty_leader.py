"""The week's duty leader (值班领导) comes from the reception roster: escalations to the command
centre name them and reach their private chat, and so does every joint dispatch; a swap moves
both to the leader swapped in."""

from __future__ import annotations

from datetime import date

from gridbot.scheduler import sweep
from gridbot.services.context import Actor
from tests.integration.helpers import (
    ADMIN,
    COMMAND_CHAT,
    bind_all,
    button_labels,
    outbox,
    register_worker,
    report,
)
from tests.integration.schedule_helpers import LEADERS, make_schedule, sh

WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"  # urgent, joint: labour leads
# The week of Wednesday 25 November 2026 is rotation week 46 from 7 January: 46 % 4 = 2, the
# third leader of config/schedule.yaml.
ON_DUTY = "赵志强"


async def with_roster(ctx, calendar, tmp_path):
    schedule = make_schedule(ctx, calendar, tmp_path)
    ctx.duty_desk = schedule.duty_leader
    await bind_all(ctx)
    await register_worker(ctx)
    return schedule


async def test_a_joint_dispatch_reaches_the_duty_leader_privately(ctx, clock, calendar, tmp_path):
    await with_roster(ctx, calendar, tmp_path)
    case = (await report(ctx, WAGES)).case
    private = await outbox(ctx, LEADERS[ON_DUTY])
    assert len(private) == 1
    assert "联调联处启动" in private[0].text and case.number in private[0].text
    assert private[0].buttons == []
    for name, telegram_id in LEADERS.items():
        if name != ON_DUTY:
            assert await outbox(ctx, telegram_id) == []


async def test_an_escalation_to_the_command_centre_names_and_tells_the_duty_leader(
    ctx, clock, calendar, tmp_path
):
    clock.set(sh(2026, 11, 29, 3, 0))  # Sunday night, still the week of the 25th
    await with_roster(ctx, calendar, tmp_path)
    case = (await report(ctx, WAGES)).case
    clock.advance(minutes=15)  # 15 minutes to accept: the team lead
    await sweep(ctx)
    clock.advance(minutes=10)  # one urgent step later, no community chat: the command centre
    await sweep(ctx)
    to_command = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert (
        "【超时上报】" in to_command.text
        and f"值班领导街道党工委副书记{ON_DUTY}" in to_command.text
    )
    assert button_labels(to_command) == ["督办"]
    private = [m.text for m in await outbox(ctx, LEADERS[ON_DUTY])]
    assert any("【超时上报】" in t and case.number in t for t in private)


async def test_a_swap_moves_the_duty_to_the_leader_swapped_in(ctx, clock, calendar, tmp_path):
    schedule = await with_roster(ctx, calendar, tmp_path)
    result = await schedule.swap(date(2026, 11, 25), "李红梅", Actor(ADMIN.telegram_id, "管理员"))
    assert result.outcome == "ok"
    await report(ctx, WAGES)
    assert await outbox(ctx, LEADERS[ON_DUTY]) == []
    assert "联调联处启动" in (await outbox(ctx, LEADERS["李红梅"]))[0].text
