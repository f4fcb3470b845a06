"""`gridbot stats` and `gridbot export` run as a user would run them, on the seeded November."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.integration.stats_seed import seed_month
from tests.integration.test_cli import gridbot


@pytest.fixture
async def db_url(uow) -> str:
    if uow.dialect != "sqlite":
        pytest.skip("the CLI reads this test's SQLite file; figures are tested on PostgreSQL")
    await seed_month(uow)
    url = str(uow.engine.url)
    await uow.engine.dispose()
    return url


def test_stats_json_gives_the_total_figures(db_url: str) -> None:
    out = gridbot(
        "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--json",
        env={"GRIDBOT_DATABASE_URL": db_url},
    )  # fmt: skip
    data = json.loads(out)
    [total] = data["rows"]
    assert (data["from"], data["to"], data["by"]) == ("2026-11-01", "2026-11-30", None)
    assert (total["received"], total["valid"], total["resolved"]) == (8, 6, 3)
    assert (total["closure_rate"], total["on_time_rate"]) == (0.5, 0.25)
    assert total["median_accept_hours"] == 1.0 and total["p90_resolve_hours"] == 48.0


def test_stats_by_team_prints_a_table(db_url: str) -> None:
    out = gridbot(
        "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "team",
        env={"GRIDBOT_DATABASE_URL": db_url},
    )  # fmt: skip
    lines = out.splitlines()
    assert lines[0] == "2026-11-01至2026-11-30（按上报时间）"
    assert "办结率" in lines[1]
    assert lines[2].split()[:4] == ["环卫所", "3", "2", "2"]
    assert "100.0%" in lines[2]


def test_stats_refuses_a_bad_date() -> None:
    with pytest.raises(subprocess.CalledProcessError) as info:
        gridbot("stats", "--from", "2026-11-31", "--to", "2026-12-01")
    assert "is not a date like 2026-11-01" in info.value.stderr


def test_export_writes_the_workbook_and_the_csv(db_url: str, tmp_path: Path) -> None:
    xlsx, csv_path = tmp_path / "2026-11.xlsx", tmp_path / "2026-11.csv"
    env = {"GRIDBOT_DATABASE_URL": db_url}
    out = gridbot("export", "--month", "2026-11", "--format", "xlsx", "--out", str(xlsx), env=env)
    assert out.strip() == f"8 cases of 2026年11月 written to {xlsx}"
    wb = load_workbook(xlsx)
    assert wb["事件台账"].max_row == 9 and wb["事件台账"]["A1"].value == "事件编号"
    gridbot("export", "--month", "2026-11", "--format", "csv", "--out", str(csv_path), env=env)
    raw = csv_path.read_bytes()
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 with a BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 9
    assert any("0571-****4321" in r[9] for r in rows)
    gridbot("export", "--month", "2026-11", "--format", "csv", "--out", str(csv_path), "--no-mask",
            env=env)  # fmt: skip
    assert "0571-87654321" in csv_path.read_text(encoding="utf-8-sig")
