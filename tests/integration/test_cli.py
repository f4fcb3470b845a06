"""The `gridbot` command line, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gridbot.services.context import Actor
from gridbot.services.reporter_actions import recategorize
from tests.conftest import CONFIG_DIR, ROOT
from tests.integration.helpers import WORKER, bind_all, register_worker, report


def gridbot(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "gridbot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "GRIDBOT_CONFIG_DIR": str(CONFIG_DIR), **(env or {})},
    )
    return result.stdout


def test_grids_and_teams_print_json_lists_with_code_and_name() -> None:
    grids = json.loads(gridbot("grids", "--json"))
    teams = json.loads(gridbot("teams", "--json"))
    assert {"code": "XF-01", "name": "幸福社区第一网格"}.items() <= grids[0].items()
    assert any(t["code"] == "labor" and t["name"] == "劳动保障协理组" for t in teams)


def test_classify_prints_one_json_object_per_line() -> None:
    out = gridbot(
        "classify", stdin="幸福里小区3号楼楼道里有人给电动车充电\n工地二十多名工人聚集讨薪\n"
    )
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["category"] == "fire_safety" and first["team"] == "fire"
    assert second["category"] == "labor" and second["urgent"] is True
    assert 0 <= first["confidence"] <= 1 and first["keywords"]


async def test_rules_suggest_lists_words_from_corrected_reports(ctx, tmp_path: Path) -> None:
    if ctx.uow.dialect != "sqlite":
        pytest.skip("reads this test's SQLite file; the services are tested on PostgreSQL")
    await bind_all(ctx)
    await register_worker(ctx)
    for text in ("楼下烧烤摊的炭火飘进窗户，熏得受不了", "夜里烧烤摊炭火烟熏，窗户都不敢开"):
        case = (await report(ctx, text)).case
        await recategorize(ctx, case.id, Actor(WORKER, "张三"), "environment")
    url = str(ctx.uow.engine.url)
    await ctx.uow.engine.dispose()
    out = gridbot("rules", "suggest", "--json", env={"GRIDBOT_DATABASE_URL": url})
    suggestions = json.loads(out)
    assert "environment" in suggestions
    assert any(word == "炭火" for word, _ in suggestions["environment"])
