"""The monthly ledger: the workbook is opened again with openpyxl and its cells checked."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from gridbot.stats import Names
from gridbot.stats.assessment import AssessmentConfig
from gridbot.stats.ledger import build_ledger, write_csv, write_xlsx
from gridbot.stats.periods import parse_month
from tests.conftest import CONFIG_DIR
from tests.integration.stats_seed import seed_month

MASKED_C7 = "邻里纠纷，对方身份证号110***********1234，电话0571-****4321"


async def _ledger(uow, street, classifier, masked=True):
    async with uow() as session:
        return await build_ledger(
            session,
            parse_month("2026-11"),
            street,
            Names.build(street, classifier.categories),
            AssessmentConfig.load(CONFIG_DIR),
            masked=masked,
        )


def _reopen(ledger):
    buffer = io.BytesIO()
    write_xlsx(ledger, buffer)
    buffer.seek(0)
    return load_workbook(buffer)


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.fixture
async def workbook(uow, street, classifier):
    await seed_month(uow)
    return _reopen(await _ledger(uow, street, classifier))


async def test_workbook_has_the_case_sheet_one_sheet_per_cut_and_the_scoreboard(workbook):
    assert workbook.sheetnames == [
        "事件台账",
        "按类别",
        "按社区",
        "按网格",
        "按处置力量",
        "按上报人",
        "网格员考核",
        "处置力量考核",
    ]
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.b


async def test_case_sheet_lists_the_months_cases_with_timeline_and_masked_texts(workbook):
    ws = workbook["事件台账"]
    header, *rows = _rows(ws)
    assert header[:4] == ["事件编号", "上报时间", "类别", "紧急"]
    assert header[-1] == "处置过程"
    assert ws.column_dimensions["J"].width == 50  # 上报内容
    col = {name: i for i, name in enumerate(header)}
    assert [r[col["上报时间"]].strftime("%m-%d %H:%M") for r in rows] == [
        "11-02 09:00",
        "11-10 09:00",
        "11-10 09:30",
        "11-15 09:00",
        "11-20 09:00",
        "11-25 09:00",
        "11-28 09:00",
        "11-30 20:00",
    ]
    c2 = rows[0]
    assert (c2[col["关键词"]], c2[col["照片数"]]) == ("垃圾、清运", 2)
    c3 = rows[1]
    assert c3[col["网格"]] == "幸福社区第二网格" and c3[col["社区"]] == "幸福社区"
    assert c3[col["状态（导出时）"]] == "已结案" and c3[col["评价"]] == "满意"
    assert (c3[col["重办次数"]], c3[col["重复上报"]]) == (1, 1)
    assert "11-12 09:00 不满意重办（测试）" in c3[col["处置过程"]]
    assert c3[col["处置过程"]].startswith("11-10 09:00 派单（测试）；11-10 10:00 重复上报并入")
    c7 = rows[4]
    assert c7[col["上报内容"]] == MASKED_C7
    assert (c7[col["督办"]], c7[col["升级次数"]], c7[col["处置力量"]]) == ("是", 1, "司法调解组")
    c4 = rows[-1]
    assert c4[col["状态（导出时）"]] == "已办结待评价"  # as it is now, after the period


async def test_admins_ledger_keeps_the_numbers(uow, street, classifier):
    await seed_month(uow)
    ledger = await _ledger(uow, street, classifier, masked=False)
    texts = [row[9] for row in ledger.cases]
    assert "邻里纠纷，对方身份证号110101199003071234，电话0571-87654321" in texts


async def test_cut_sheets_hold_the_figures_and_a_total_row(workbook):
    ws = workbook["按处置力量"]
    header, *rows = _rows(ws)
    assert header[:3] == ["处置力量", "受理", "有效"]
    col = {name: i for i, name in enumerate(header)}
    assert rows[0][: col["结案"] + 1] == ["环卫所", 3, 2, 2, 2, 2]
    assert rows[0][col["办结率"]] == 1.0
    assert ws.cell(row=2, column=col["办结率"] + 1).number_format == "0.0%"
    total = rows[-1]
    assert total[0] == "合计"
    assert (total[col["受理"]], total[col["办结率"]], total[col["按期率"]]) == (8, 0.5, 0.25)
    assert total[col["签收用时中位（小时）"]] == 1.0 and total[col["办结用时P90（小时）"]] == 48.0
    community = _rows(workbook["按社区"])
    assert [r[0] for r in community[1:]] == ["幸福社区", "未定位", "阳光社区", "合计"]


async def test_scoreboard_sheets_rank_workers_and_teams(workbook):
    header, first, second = _rows(workbook["网格员考核"])
    assert header == [
        "排名",
        "网格员",
        "网格",
        "上报数",
        "有效上报",
        "重复上报",
        "每百户上报",
        "办结率",
        "得分",
    ]
    assert first[:6] == [1, "张三", "幸福社区第一网格", 4, 3, 0]
    assert round(first[-1], 1) == 91.7
    assert second[:6] == [2, "李四", "阳光社区第一网格", 4, 3, 1]
    teams = _rows(workbook["处置力量考核"])
    assert [r[:2] for r in teams[1:3]] == [[1, "环卫所"], [2, "司法调解组"]]
    assert teams[-1][0] is None and teams[-1][-1] is None  # no case this month: not ranked


async def test_csv_holds_the_case_sheet(uow, street, classifier):
    await seed_month(uow)
    ledger = await _ledger(uow, street, classifier)
    out = io.StringIO()
    write_csv(ledger, out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[0] == "事件编号" and len(rows) == 8
    assert rows[0][1] == "2026-11-02 09:00"
    assert MASKED_C7 in [r[9] for r in rows]


def test_fast_rows_keep_markup_characters_and_drop_control_characters(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    from gridbot.stats.fastrows import append_rows

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    first = ["甲", datetime(2026, 11, 2, 9, 0), 1, 0.5]
    ws.append(first)
    staged = io.BytesIO()
    wb.save(staged)
    rows = [['<b>&"引号"</b>\x07', datetime(2026, 11, 30, 23, 59), True, None]]
    out = tmp_path / "t.xlsx"
    append_rows(staged.getvalue(), str(out), "xl/worksheets/sheet1.xml", rows, 2, first)
    got = [list(r) for r in load_workbook(out)["s"].iter_rows(values_only=True)]
    assert got[1] == ['<b>&"引号"</b>', datetime(2026, 11, 30, 23, 59), True, None]
