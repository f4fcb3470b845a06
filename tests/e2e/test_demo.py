"""`python bot.py --demo` plays the scripted day and exits 0, and `python bot.py` without a
token explains what to do instead of crashing."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_bot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GRIDBOT_")}
    return subprocess.run(
        [sys.executable, "bot.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**clean, **(env or {})},
    )


def test_demo_plays_a_day_and_prints_the_conversation() -> None:
    result = run_bot("--demo")
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    for expected in (
        "已受理，事件编号",
        "[接单]",
        "[协办接单]",
        "联调联处启动",
        "已由王队长办结",
        "满意吗",
        "已结案",
        "第1次重新派单",
        "请选择处置队伍",
        "处理经过",
        "演示结束",
    ):
        assert expected in out, expected


def test_without_a_token_the_bot_points_at_the_demo() -> None:
    result = run_bot()
    assert result.returncode == 2
    assert "GRIDBOT_TELEGRAM_TOKEN" in result.stderr and "--demo" in result.stderr


def test_a_broken_config_file_is_named_at_start(tmp_path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    for name in os.listdir(ROOT / "config"):
        (config / name).write_bytes((ROOT / "config" / name).read_bytes())
    (config / "teams.yaml").write_text(
        "teams:\n  - {code: Police!, name: 派出所}\n", encoding="utf-8"
    )
    result = run_bot(env={"GRIDBOT_TELEGRAM_TOKEN": "1:x", "GRIDBOT_CONFIG_DIR": str(config)})
    assert result.returncode == 2
    assert "teams.yaml" in result.stderr and "teams.0.code" in result.stderr
