"""`python bot.py` stops cleanly when asked: SIGTERM (systemd, `docker stop`) and SIGINT (Ctrl+C),
also when it was started with SIGINT ignored, as a shell starts a background job."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from gridbot.emulator import TelegramEmulator
from tests.e2e.botprocess import BotProcess
from tests.e2e.conftest import WORKER, bind_chats, register


@pytest.mark.parametrize(
    ("sig", "ignore_sigint"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "SIGINT", "SIGINT-in-background-job"],
)
async def test_the_bot_stops_cleanly_on_a_stop_signal(
    emu: TelegramEmulator, tmp_path: Path, sig: signal.Signals, ignore_sigint: bool
) -> None:
    bot = BotProcess(emu, tmp_path)
    await bot.start(ignore_sigint=ignore_sigint)
    try:
        await bot.ready()
        await bind_chats(emu)
        await register(emu)
        emu.send_text(WORKER, "幸福里小区3号楼门口的路灯坏了好几天了")
        await emu.wait_for_message(WORKER, "已受理", timeout=30)
    finally:
        code = await bot.stop(sig)
    assert code == 0, bot.log[-2000:]
    assert f"{sig.name} received: stopping" in bot.log
    assert "Traceback" not in bot.log
