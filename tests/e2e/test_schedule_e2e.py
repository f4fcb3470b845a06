"""Meetings and digests as people see them in Telegram: the real bot, a frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot import App
from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.emulator import TelegramEmulator
from gridbot.settings import Settings
from tests.conftest import ADMIN_ID, CONFIG_DIR
from tests.e2e.conftest import COMMAND_CHAT, LABOR_CHAT, STRANGER, WORKER, bind_chats, register

PNG = b"\x89PNG\r\n\x1a\n"
# Friday 20 November 2026, 17:00: the working day before Monday's weekly meeting
FRIDAY_5PM = datetime(2026, 11, 20, 17, 0, tzinfo=SHANGHAI)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(FRIDAY_5PM)


@pytest.fixture
async def frozen_app(
    emu: TelegramEmulator, tmp_path: Path, clock: FrozenClock
) -> AsyncIterator[App]:
    settings = Settings(
        telegram_token="123456:TEST-TOKEN",
        telegram_api_base=emu.base_url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        admin_ids=[ADMIN_ID],
        config_dir=CONFIG_DIR,
        data_dir=tmp_path,
        schedule_enabled=False,  # the test calls run_due as APScheduler would, at its time
    )
    application = await App.create(settings, clock)
    await application.start()
    yield application
    await application.stop()


async def test_schedule_lists_the_next_occurrences_for_work_chats_only(emu, frozen_app) -> None:
    await bind_chats(emu)
    emu.send_text(ADMIN_ID, "/schedule", chat_id=COMMAND_CHAT)
    reply = await emu.wait_for_message(COMMAND_CHAT, "接下来的日程")
    # one line per job, next first; the 17:00 reminder is due now, so it is not "next"
    assert "11月20日(周五) 17:30 晚评议" in reply.content
    assert "11月23日(周一) 08:00 周研判会会前提醒（会议 11月23日(周一)）" in reply.content
    assert "11月27日(周五) 17:00 周研判会前一工作日提醒（会议 11月30日(周一)）" in reply.content
    assert "11月23日(周一) 08:30 早点名" in reply.content
    assert "领导接访·提醒值班领导（11月25日(周三) 值班：赵志强）" in reply.content
    emu.send_text(STRANGER, "/schedule")
    await emu.wait_for_message(STRANGER, "只有管理员或已绑定的工作群")


async def test_digest_week_arrives_with_its_charts_as_photos(emu, frozen_app, clock) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资")
    await emu.wait_for_message(LABOR_CHAT, "接单")
    clock.advance(minutes=5)
    emu.send_text(WORKER, "/digest week")
    await emu.wait_for_message(WORKER, "只有管理员")

    emu.send_text(ADMIN_ID, "/digest week", chat_id=COMMAND_CHAT)
    text = await emu.wait_for_message(COMMAND_CHAT, "📈 周研判", timeout=15)
    assert "受理 1 件" in text.content and "劳资纠纷 1件" in text.content
    charts = []
    for number in (1, 2, 3):
        record = await emu.wait_for_message(COMMAND_CHAT, f"图{number}", timeout=15)
        assert record.photo is not None and record.method == "sendPhoto"
        stored = emu.state.files.get(record.photo)
        assert stored is not None and stored.content.startswith(PNG)  # uploaded, not an id
        charts.append(record.content)
    assert charts == [
        "周研判·图1 各类别事件数",
        "周研判·图2 受理量周趋势",
        "周研判·图3 各处置力量办结率与超期",
    ]
    emu.send_text(ADMIN_ID, "/digest year", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "格式：/digest day|week|month")


async def test_the_meeting_reminder_reaches_the_command_and_team_chats(
    emu, frozen_app, clock
) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资")
    await emu.wait_for_message(LABOR_CHAT, "接单")
    clock.advance(minutes=1)  # the scheduler's next minute
    report = await frozen_app.schedule.run_due(clock.now())
    assert [o.job for o in report.sent] == ["meeting.weekly.eve"]
    for chat in (COMMAND_CHAT, LABOR_CHAT):
        reminder = await emu.wait_for_message(chat, "会议提醒：周研判会")
        assert "时间：11月23日(周一) 09:00" in reminder.content
        assert "一、新增事件 1 件：劳资纠纷 1件" in reminder.content
    # a restart of the bot at the same minute does not send it again
    assert (await frozen_app.schedule.run_due(clock.now())).sent == []
    emu.send_text(ADMIN_ID, "/agenda", chat_id=COMMAND_CHAT)
    agenda = await emu.wait_for_message(COMMAND_CHAT, "📋 周研判会")
    assert "二、未办结 1 件" in agenda.content
    assert len([m for m in emu.messages(COMMAND_CHAT) if "会议提醒" in m.content]) == 1


async def test_roster_and_swap_by_an_admin(emu, frozen_app) -> None:
    await bind_chats(emu)
    emu.send_text(ADMIN_ID, "/roster", chat_id=COMMAND_CHAT)
    roster = await emu.wait_for_message(COMMAND_CHAT, "领导接访值班表")
    assert "11月25日(周三)：赵志强（街道党工委副书记）" in roster.content
    emu.send_text(ADMIN_ID, "/swap 11-25 王建国", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "已调换：11月25日(周三)领导接访改由王建国")
    emu.send_text(ADMIN_ID, "/swap 11-26 王建国", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "11月26日(周四)没有领导接访安排")
    emu.send_text(ADMIN_ID, "/swap 明天 王建国", chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "日期「明天」无法识别")
