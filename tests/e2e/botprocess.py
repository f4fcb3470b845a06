"""The real bot as a separate process (`python bot.py`) against the emulator in the test's
process, so a test can SIGKILL it and start it again on the same database."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

from gridbot.emulator import TelegramEmulator
from tests.conftest import ADMIN_ID, CONFIG_DIR, ROOT

TOKEN = "424242:SECRET-crash-test-token-must-never-be-logged"


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _config_dir(tmp_path: Path, replaced: dict[str, str]) -> Path:
    if not replaced:
        return CONFIG_DIR
    copy = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, copy)
    for name, content in replaced.items():
        (copy / name).write_text(content, encoding="utf-8")
    return copy


class BotProcess:
    def __init__(
        self,
        emu: TelegramEmulator,
        tmp_path: Path,
        config: dict[str, str] | None = None,
        **settings: str,
    ) -> None:
        """`config`: YAML files to replace in a copy of config/ (e.g. {"duplicates.yaml": ...});
        `settings`: GRIDBOT_* environment variables, by their lower-case names."""
        self.emu = emu
        self.db_path = tmp_path / "bot.db"
        self.log_path = tmp_path / "bot.log"
        clean = {k: v for k, v in os.environ.items() if not k.startswith("GRIDBOT_")}
        self.env = {
            **clean,
            "PYTHONPATH": str(ROOT),
            "GRIDBOT_TELEGRAM_TOKEN": TOKEN,
            "GRIDBOT_TELEGRAM_API_BASE": emu.base_url,
            "GRIDBOT_DATABASE_URL": f"sqlite+aiosqlite:///{self.db_path}",
            "GRIDBOT_ADMIN_IDS": str(ADMIN_ID),
            "GRIDBOT_CONFIG_DIR": str(_config_dir(tmp_path, config or {})),
            "GRIDBOT_DATA_DIR": str(tmp_path),
            # these tests run at any hour; the schedule's own tests freeze the clock
            "GRIDBOT_SCHEDULE_ENABLED": "false",
            **{f"GRIDBOT_{k.upper()}": v for k, v in settings.items()},
        }
        self.proc: asyncio.subprocess.Process | None = None
        self._polls_before = 0
        self.starts = 0

    async def start(self, ignore_sigint: bool = False) -> None:
        """`ignore_sigint`: start it as a shell starts a background job (`&`), SIGINT ignored."""
        self._polls_before = len(self.emu.requests("getUpdates"))
        log = self.log_path.open("ab")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "bot.py",
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
            preexec_fn=_ignore_sigint if ignore_sigint else None,
        )
        log.close()
        self.starts += 1

    async def ready(self, timeout: float = 30) -> None:
        """Started and polling: it asked the emulator for updates."""
        before = self._polls_before
        await self.emu.wait_for(lambda: len(self.emu.requests("getUpdates")) > before, timeout)

    async def kill(self) -> None:
        """SIGKILL: no shutdown code runs, whatever was in flight stays in flight."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def stop(self, sig: signal.Signals = signal.SIGINT) -> int | None:
        """Ask it to stop with `sig`; its exit code, or None if it had to be killed after 20 s."""
        if self.proc is None or self.proc.returncode is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), 20)
        except TimeoutError:
            await self.kill()
            return None

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Read the bot's SQLite database directly (WAL allows it while the bot runs)."""
        with sqlite3.connect(self.db_path, timeout=30) as conn:
            return conn.execute(sql, args).fetchall()
