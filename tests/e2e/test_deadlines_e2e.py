"""Deadlines as people see them in Telegram: the real bot on a frozen clock, against the
emulator. The tests move the clock and run the scheduler's sweep instead of waiting."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot import App
from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.emulator import TelegramEmulator
from gridbot.scheduler import sweep
from gridbot.settings import Settings
from tests.conftest import ADMIN_ID, CONFIG_DIR
from tests.e2e.conftest import (
    COMMAND_CHAT,
    LABOR_CHAT,
    LEAD,
    STRANGER,
    WORKER,
    bind_chats,
    register,
)

WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"  # urgent labour: 15 minutes


def labels(record) -> list[str]:
    return [b["text"] for b in record.buttons]


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI))  # a Monday morning


@pytest.fixture
async def app(emu: TelegramEmulator, tmp_path: Path, clock: FrozenClock) -> AsyncIterator[App]:
    settings = Settings(
        telegram_token="123456:TEST-TOKEN",
        telegram_api_base=emu.base_url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        admin_ids=[ADMIN_ID],
        config_dir=CONFIG_DIR,
        data_dir=tmp_path,
        sweep_seconds=3600,  # the tests run the sweep themselves, at the times they choose
    )
    application = await App.create(settings, clock)
    await application.start()
    yield application
    await application.stop()


async def wage_case(emu: TelegramEmulator) -> tuple[str, int]:
    """A worker reports unpaid wages; returns the case number and the team card's id."""
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    ack = await emu.wait_for_message(WORKER, "已受理")
    number = re.search(r"\d{8}-\d{4}", ack.content).group(0)
    card = await emu.wait_for_message(LABOR_CHAT, number)
    return number, card.message_id


async def test_reminder_then_escalation_reach_the_team_and_the_command_centre(
    emu, app, clock
) -> None:
    number, card_id = await wage_case(emu)
    clock.advance(minutes=8)
    await sweep(app.ctx)
    reminder = await emu.wait_for_message(LABOR_CHAT, "接单时间已过半")
    assert number in reminder.content and "王队长请督促" in reminder.content

    clock.advance(minutes=7)
    await sweep(app.ctx)
    overdue = await emu.wait_for_message(LABOR_CHAT, "王队长请立即安排处置")
    assert "【已超时】" in overdue.content
    await emu.wait_for(lambda: "【已超时】" in emu.message(LABOR_CHAT, card_id).content)
    assert labels(emu.message(LABOR_CHAT, card_id)) == ["接单", "转派", "退回"]
    await emu.wait_for_message(WORKER, "已超过处置时限")

    clock.advance(minutes=10)
    await sweep(app.ctx)
    escalated = await emu.wait_for_message(COMMAND_CHAT, "【超时上报】")
    assert number in escalated.content and "值班领导" in escalated.content
    assert labels(escalated) == ["督办"]

    emu.press_button(ADMIN_ID, COMMAND_CHAT, escalated.message_id, text="督办")
    await emu.wait_for_message(COMMAND_CHAT, "已督办事件")
    notice = await emu.wait_for_message(LABOR_CHAT, "列为督办事件")
    assert "王队长请亲自督促" in notice.content
    await emu.wait_for(lambda: "【督办】" in emu.message(LABOR_CHAT, card_id).content)

    emu.send_text(WORKER, f"/case {number}")
    timeline = await emu.wait_for_message(WORKER, "处理经过")
    assert "【督办】【已超时】" in timeline.content
    for step in ("提醒", "超时上报", "督办"):
        assert step in timeline.content
    emu.send_text(WORKER, "/mine")
    listing = await emu.wait_for_message(WORKER, "未办结事件")
    assert f"{number}【督办】【已超时】" in listing.content


async def test_supervise_command_is_for_admins_and_leaders(emu, app) -> None:
    number, card_id = await wage_case(emu)
    emu.send_text(STRANGER, f"/supervise {number}", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "只有管理员或领导可以督办")
    emu.send_text(ADMIN_ID, "/supervise", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "格式：/supervise")
    emu.send_text(ADMIN_ID, f"/supervise {number} 2", chat_id=COMMAND_CHAT)
    done = await emu.wait_for_message(COMMAND_CHAT, "已督办事件")
    assert "11月25日(周三) 17:30" in done.content  # two working days
    await emu.wait_for_message(LABOR_CHAT, "列为督办事件")
    await emu.wait_for(lambda: "【督办】" in emu.message(LABOR_CHAT, card_id).content)
    await emu.wait_for_message(WORKER, "督办事件")


async def test_team_asks_for_more_time_and_the_command_centre_approves(emu, app) -> None:
    number, card_id = await wage_case(emu)
    emu.press_button(LEAD, LABOR_CHAT, card_id, text="接单")
    await emu.wait_for(lambda: "申请延期" in labels(emu.message(LABOR_CHAT, card_id)))
    assert "11月23日(周一) 13:00 前办结" in emu.message(LABOR_CHAT, card_id).content

    emu.press_button(LEAD, LABOR_CHAT, card_id, text="申请延期")
    await emu.wait_for_message(LABOR_CHAT, "需要延期的工作日数")
    emu.send_text(LEAD, "过两天", chat_id=LABOR_CHAT)
    await emu.wait_for_message(LABOR_CHAT, "没看懂")
    emu.send_text(LEAD, "3 等待劳动监察大队出具意见", chat_id=LABOR_CHAT)
    await emu.wait_for_message(LABOR_CHAT, "等待指挥中心审批")
    card = await emu.wait_for_message(COMMAND_CHAT, "延期申请")
    assert "等待劳动监察大队出具意见" in card.content and labels(card) == ["批准", "不批准"]

    emu.press_button(ADMIN_ID, COMMAND_CHAT, card.message_id, text="批准")
    approved = await emu.wait_for_message(LABOR_CHAT, "已批准")
    assert "11月26日(周四) 17:30" in approved.content
    await emu.wait_for(
        lambda: "11月26日(周四) 17:30 前办结" in emu.message(LABOR_CHAT, card_id).content
    )
    await emu.wait_for(
        lambda: "已由指挥中心老刘批准" in emu.message(COMMAND_CHAT, card.message_id).content
    )
    assert emu.message(COMMAND_CHAT, card.message_id).buttons == []
    await emu.wait_for_message(WORKER, "延至")


async def test_a_bound_community_chat_hears_before_the_command_centre(emu, app, clock) -> None:
    community_chat = -1009
    emu.add_group(community_chat, "春晖社区工作群")
    emu.send_text(ADMIN_ID, "/bind community:CH", chat_id=community_chat)
    await emu.wait_for_message(community_chat, "本群已绑定为「春晖社区」社区群")
    number, _ = await wage_case(emu)  # 春晖小区 is in 春晖社区
    clock.advance(minutes=15)
    await sweep(app.ctx)
    await emu.wait_for_message(LABOR_CHAT, "【已超时】")
    clock.advance(minutes=10)
    await sweep(app.ctx)
    notice = await emu.wait_for_message(community_chat, "【超时上报】")
    assert number in notice.content and "请春晖社区协调督促" in notice.content
    assert not any("超时上报" in r.content for r in emu.messages(COMMAND_CHAT))
    clock.advance(minutes=10)
    await sweep(app.ctx)
    await emu.wait_for_message(COMMAND_CHAT, "【超时上报】")
