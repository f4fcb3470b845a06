"""/stats, /rank and /export as people see them: admins and leaders get figures and the
workbook in the command centre; everyone else is refused in Chinese."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot import App
from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.emulator import TelegramEmulator
from gridbot.settings import Settings
from tests.conftest import ADMIN_ID, CONFIG_DIR
from tests.e2e.conftest import COMMAND_CHAT, LABOR_CHAT, WORKER, bind_chats, register
from tests.integration.stats_seed import seed_month

BOSS = 801


@pytest.fixture
async def app(emu: TelegramEmulator, tmp_path: Path) -> AsyncIterator[App]:
    """The bot on 2 December 2026, with the seeded November in its database."""
    settings = Settings(
        telegram_token="123456:TEST-TOKEN",
        telegram_api_base=emu.base_url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        admin_ids=[ADMIN_ID],
        config_dir=CONFIG_DIR,
        data_dir=tmp_path,
    )
    clock = FrozenClock(datetime(2026, 12, 2, 10, 0, tzinfo=SHANGHAI))
    application = await App.create(settings, clock)
    await seed_month(application.ctx.uow)
    await application.start()
    yield application
    await application.stop()


@pytest.fixture
async def chats(emu: TelegramEmulator, app: App) -> None:
    emu.add_user(BOSS, "赵书记")
    await bind_chats(emu)
    await register(emu)
    emu.send_text(BOSS, "/register 赵书记 XF-01 领导")
    await emu.wait_for_message(BOSS, "注册成功")


async def test_admin_gets_the_months_figures_in_the_command_chat(emu, chats) -> None:
    emu.send_text(ADMIN_ID, "/stats 2026-11", chat_id=COMMAND_CHAT)
    reply = await emu.wait_for_message(COMMAND_CHAT, "2026年11月统计")
    assert "受理 8 件，有效 6 件，签收 3 件，办结 3 件，结案 3 件" in reply.content
    assert "办结率 50.0%，按期率 25.0%，重办率 33.3%，满意率 66.7%" in reply.content
    assert "签收用时：中位 1.0小时，90% 3.0小时" in reply.content
    assert "督办 1 件，升级 2 件，重复上报 1 条" in reply.content
    assert "按处置力量：\n· 环卫所：受理 3，办结率 100.0%" in reply.content


async def test_stats_by_grid_and_a_bad_period(emu, chats) -> None:
    emu.send_text(ADMIN_ID, "/stats 上月 网格", chat_id=COMMAND_CHAT)
    reply = await emu.wait_for_message(COMMAND_CHAT, "上月统计")
    assert "按网格：\n· 幸福社区第一网格：受理 5" in reply.content
    emu.send_text(ADMIN_ID, "/stats 下个月", chat_id=COMMAND_CHAT)
    refused = await emu.wait_for_message(COMMAND_CHAT, "看不懂统计区间")
    assert "/stats [区间] [维度]" in refused.content


async def test_leader_gets_the_ranking_in_a_private_chat(emu, chats) -> None:
    emu.send_text(BOSS, "/rank 2026-11")
    reply = await emu.wait_for_message(BOSS, "2026年11月考核排名")
    assert "1. 张三（幸福社区第一网格）91.7分" in reply.content
    assert "1. 环卫所 66.7分" in reply.content and "2. 司法调解组 53.3分" in reply.content
    assert "本期无事件、未排名：" in reply.content and "派出所巡防队" in reply.content
    emu.send_text(BOSS, "/rank 上周")  # the weekly review (周讲评): 23-29 November
    week = await emu.wait_for_message(BOSS, "上周考核排名")
    assert "1. 张三（幸福社区第一网格）" in week.content


async def test_export_sends_the_workbook_with_masked_texts_to_the_group(emu, chats) -> None:
    emu.send_text(ADMIN_ID, "/export 2026-11", chat_id=COMMAND_CHAT)
    sent = await emu.wait_for_message(COMMAND_CHAT, "事件台账：8 件事件", timeout=15)
    assert "已脱敏" in sent.content
    stored = emu.state.files.get(sent.document)
    assert stored is not None and stored.file_name == "台账-2026-11.xlsx"
    wb = load_workbook(io.BytesIO(stored.content))
    cases = wb["事件台账"]
    assert cases.max_row == 9
    texts = [row[9] for row in cases.iter_rows(min_row=2, values_only=True)]
    assert any("0571-****4321" in t for t in texts)
    assert wb["按处置力量"]["A2"].value == "环卫所"


async def test_admin_gets_the_numbers_unmasked_only_in_private(emu, chats) -> None:
    emu.send_text(ADMIN_ID, "/export 2026-11")
    sent = await emu.wait_for_message(ADMIN_ID, "事件台账：8 件事件", timeout=15)
    assert "脱敏" not in sent.content
    wb = load_workbook(io.BytesIO(emu.state.files.get(sent.document).content))
    texts = [row[9] for row in wb["事件台账"].iter_rows(min_row=2, values_only=True)]
    assert any("0571-87654321" in t for t in texts)


@pytest.mark.parametrize("command", ["/stats", "/rank 2026-11", "/export 2026-11"])
async def test_a_grid_worker_is_refused_and_gets_no_figures(emu, chats, command) -> None:
    emu.send_text(WORKER, command, chat_id=COMMAND_CHAT)
    await emu.wait_for_message(COMMAND_CHAT, "只有指挥中心管理员和领导可以查看")
    emu.send_text(WORKER, command)
    await emu.wait_for_message(WORKER, "只有指挥中心管理员和领导可以查看")
    bot_messages = emu.messages(COMMAND_CHAT) + emu.messages(WORKER)
    assert not any(m.document for m in bot_messages)
    assert not any("统计（" in m.content or "考核排名" in m.content for m in bot_messages)


async def test_figures_are_not_posted_in_a_team_chat(emu, chats) -> None:
    emu.send_text(ADMIN_ID, "/stats", chat_id=LABOR_CHAT)
    await emu.wait_for_message(LABOR_CHAT, "请在指挥中心群或与我的私聊中使用")
