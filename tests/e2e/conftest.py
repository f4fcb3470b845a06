"""End-to-end: the real aiogram bot (bot.App) polling the local Telegram emulator over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import App
from gridbot.emulator import TelegramEmulator
from gridbot.settings import Settings
from tests.conftest import ADMIN_ID, CONFIG_DIR

WORKER, LEAD, STRANGER = 501, 701, 666
COMMAND_CHAT, LABOR_CHAT, POLICE_CHAT = -1001, -1002, -1003


# The reception roster's leaders (config/schedule.yaml): the week's duty leader is told of joint
# cases and escalations in a private chat, so they have started the bot.
LEADERS = {810001: "王建国", 810002: "李红梅", 810003: "赵志强", 810004: "陈晓燕"}


def add_leaders(emulator: TelegramEmulator) -> None:
    for telegram_id, name in LEADERS.items():
        emulator.add_user(telegram_id, name)


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator() as emulator:
        emulator.add_user(ADMIN_ID, "指挥中心老刘")
        emulator.add_user(WORKER, "张三")
        emulator.add_user(LEAD, "王队长")
        emulator.add_user(STRANGER, "路人甲")
        add_leaders(emulator)
        emulator.add_group(COMMAND_CHAT, "示范街道指挥中心")
        emulator.add_group(LABOR_CHAT, "劳动保障协理组")
        emulator.add_group(POLICE_CHAT, "派出所巡防队")
        yield emulator


@pytest.fixture
async def app(emu: TelegramEmulator, tmp_path: Path) -> AsyncIterator[App]:
    settings = Settings(
        telegram_token="123456:TEST-TOKEN",
        telegram_api_base=emu.base_url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        admin_ids=[ADMIN_ID],
        config_dir=CONFIG_DIR,
        data_dir=tmp_path,
        schedule_enabled=False,  # these tests run at any hour; schedule tests freeze the clock
    )
    application = await App.create(settings)
    await application.start()
    yield application
    await application.stop()


async def bind_chats(emu: TelegramEmulator) -> None:
    for chat, target in (
        (COMMAND_CHAT, "command"),
        (LABOR_CHAT, "labor"),
        (POLICE_CHAT, "police"),
    ):
        emu.send_text(ADMIN_ID, f"/bind {target}", chat_id=chat)
        await emu.wait_for_message(chat, "已绑定")


async def register(emu: TelegramEmulator, user: int = WORKER, name: str = "张三") -> None:
    emu.send_text(user, f"/register {name} XF-01")
    await emu.wait_for_message(user, "注册成功")
