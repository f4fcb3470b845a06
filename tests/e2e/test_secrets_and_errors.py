"""The token never appears in the bot's logs, even while Telegram misbehaves, and users never
see a traceback: a failing handler answers with a plain Chinese apology."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gridbot.emulator import TelegramEmulator
from handlers import texts
from tests.conftest import ADMIN_ID, CONFIG_DIR, ROOT
from tests.e2e.botprocess import TOKEN, BotProcess
from tests.e2e.conftest import COMMAND_CHAT, LABOR_CHAT, LEAD, WORKER, bind_chats, register

SECRET = TOKEN.split(":", 1)[1]
WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"


async def test_token_stays_out_of_the_logs_while_telegram_fails_in_every_way(
    emu: TelegramEmulator, tmp_path: Path
) -> None:
    bot = BotProcess(emu, tmp_path)
    await bot.start()
    await bot.ready()
    try:
        await bind_chats(emu)
        await register(emu)
        emu.inject_fault("getUpdates", "500", count=2)
        emu.inject_fault("getUpdates", "drop", count=1)
        emu.inject_fault("sendMessage", "500", count=1)
        emu.inject_fault("sendMessage", "drop", count=1)
        emu.inject_fault("sendMessage", "429", count=1, retry_after=1)
        emu.send_text(WORKER, WAGES)
        await emu.wait_for_message(WORKER, "已受理", timeout=30)
        emu.block_user(WORKER)  # the next notice to the worker fails for good
        card = await emu.wait_for_message(LABOR_CHAT, "接单", timeout=30)
        emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="接单")
        await emu.wait_for_message(COMMAND_CHAT, "投递失败", timeout=30)
    finally:
        await bot.stop()
    log = bot.log
    assert "500" in log or "Internal Server Error" in log  # the failures really happened
    assert "blocked" in log
    assert SECRET not in log and TOKEN not in log


def test_a_broken_api_address_is_reported_without_the_token(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "GRIDBOT_TELEGRAM_TOKEN": TOKEN,
        "GRIDBOT_TELEGRAM_API_BASE": "http://[broken",
        "GRIDBOT_DATA_DIR": str(tmp_path),
        "GRIDBOT_CONFIG_DIR": str(CONFIG_DIR),
    }
    result = subprocess.run(
        [sys.executable, "bot.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "cannot work with the Bot API" in output and "Traceback" not in output
    assert SECRET not in output


@pytest.fixture
def failing_intake(monkeypatch: pytest.MonkeyPatch) -> None:
    async def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"database on /srv/gridbot exploded (token {TOKEN})")

    monkeypatch.setattr("handlers.reports.submit_report", explode)
    monkeypatch.setattr("handlers.team_chat.accept", explode)


async def test_a_failing_handler_answers_in_chinese_and_shows_no_traceback(
    emu: TelegramEmulator, app, failing_intake
) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    reply = await emu.wait_for_message(WORKER, "系统暂时出了点问题")
    assert reply.content == texts.ERROR


async def test_a_failing_button_gets_an_apology_popup(emu: TelegramEmulator, app, monkeypatch):
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    card = await emu.wait_for_message(LABOR_CHAT, "接单", timeout=10)

    async def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("Traceback-worthy failure")

    monkeypatch.setattr("handlers.team_chat.accept", explode)
    query = emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="接单")
    (answer,) = await emu.wait_for(lambda: emu.callback_answers(query["id"]))
    assert answer["text"] == texts.ERROR[:190] and answer["show_alert"]
    everything = " ".join(m.content for m in emu.all_messages())
    assert "Traceback" not in everything and "RuntimeError" not in everything
    assert ADMIN_ID  # the admin's chats too: all_messages covers every chat
