"""The monthly ledger (台账): every case of the period with its timeline, the figures by every
cut and the scoreboard, written as an Excel workbook (openpyxl) or the case sheet as CSV.

Report texts and resolutions are masked (`gridbot.privacy.mask_pii`) unless the ledger is built
for an admin. The case sheet shows each case as it is when exported (状态（导出时）); the figure
sheets count what had happened by the end of the period, like /stats (see figures.py).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import String, Text, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from gridbot.config import StreetConfig
from gridbot.db.models import Case, CaseEvent, Member
from gridbot.privacy import mask_pii
from gridbot.states import STATUS_LABELS, Action, Status
from gridbot.stats.assessment import AssessmentConfig, Scoreboard, scoreboard
from gridbot.stats.fastrows import append_rows
from gridbot.stats.figures import (
    CUT_LABELS,
    Cut,
    Figures,
    Names,
    case_facts,
    epoch,
    hours,
    summarize,
)
from gridbot.stats.periods import Period

ACTION_LABELS = {
    "report": "上报",
    Action.DISPATCH: "派单",
    Action.TRIAGE: "转人工分拨",
    Action.ACCEPT: "接单",
    Action.TRANSFER: "转派",
    Action.RETURN: "退回",
    Action.RESOLVE: "办结",
    Action.CONFIRM: "满意结案",
    Action.AUTO_CLOSE: "逾期未评价结案",
    Action.REOPEN: "不满意重办",
    Action.WITHDRAW: "撤回",
    Action.MERGE: "合并",
    Action.REMIND: "提醒",
    Action.ESCALATE: "升级",
    Action.SUPERVISE: "督办",
    Action.EXTEND_REQUEST: "申请延期",
    Action.EXTEND_APPROVE: "同意延期",
    Action.EXTEND_REFUSE: "不同意延期",
    Action.JOINT_ACCEPT: "协办接单",
    Action.ADD_REPORTER: "重复上报并入",
}

# (header, width) of the case sheet, in the order of `_case_row`.
CASE_COLUMNS: list[tuple[str, int]] = [
    ("事件编号", 15),
    ("上报时间", 17),
    ("类别", 10),
    ("紧急", 6),
    ("社区", 10),
    ("网格", 18),
    ("地点", 18),
    ("经度", 10),
    ("纬度", 10),
    ("上报内容", 50),
    ("照片数", 7),
    ("上报人", 10),
    ("状态（导出时）", 13),
    ("处置力量", 16),
    ("接单人", 10),
    ("接单时间", 17),
    ("签收时限", 17),
    ("办结时限", 17),
    ("办结时间", 17),
    ("办结情况", 40),
    ("结案时间", 17),
    ("评价", 7),
    ("重办次数", 9),
    ("督办", 6),
    ("升级次数", 9),
    ("重复上报", 9),
    ("分类置信度", 11),
    ("系统分类", 12),
    ("关键词", 20),
    ("处置过程", 80),
]

FIGURE_COLUMNS: list[tuple[str, int, str | None]] = [
    ("受理", 8, None),
    ("有效", 8, None),
    ("签收", 8, None),
    ("办结", 8, None),
    ("结案", 8, None),
    ("办结率", 9, "0.0%"),
    ("按期率", 9, "0.0%"),
    ("签收用时中位（小时）", 12, "0.0"),
    ("签收用时P90（小时）", 12, "0.0"),
    ("办结用时中位（小时）", 12, "0.0"),
    ("办结用时P90（小时）", 12, "0.0"),
    ("重办率", 9, "0.0%"),
    ("满意率", 9, "0.0%"),
    ("督办", 7, None),
    ("升级", 7, None),
    ("重复上报", 9, None),
    ("合并", 7, None),
    ("撤回", 7, None),
]

WORKER_COLUMNS: list[tuple[str, int, str | None]] = [
    ("排名", 6, None),
    ("网格员", 10, None),
    ("网格", 18, None),
    ("上报数", 8, None),
    ("有效上报", 9, None),
    ("重复上报", 9, None),
    ("每百户上报", 11, "0.00"),
    ("办结率", 9, "0.0%"),
    ("得分", 8, "0.0"),
]

TEAM_COLUMNS: list[tuple[str, int, str | None]] = [
    ("排名", 6, None),
    ("处置力量", 18, None),
    ("受理", 8, None),
    ("签收用时中位（小时）", 12, "0.0"),
    ("按期率", 9, "0.0%"),
    ("重办率", 9, "0.0%"),
    ("满意率", 9, "0.0%"),
    ("得分", 8, "0.0"),
]

_TIMES = {"created_at", "accepted_at", "accept_deadline", "resolve_deadline", "resolved_at"}
_TIMES |= {"closed_at"}
_JSON = {"keywords", "photos"}
_UNUSED = {"source_key", "dispatch_chat_id", "resolution_photo", "updated_at", "dispatch_seq"}


def _case_columns() -> list[Any]:
    """Times as POSIX seconds and JSON lists as text: converting them in Python per value is
    what made a month's export slow."""
    out: list[Any] = []
    for c in Case.__table__.c:
        if c.name in _TIMES:
            out.append(epoch(c).label(c.name))
        elif c.name in _JSON:
            out.append(type_coerce(c, Text).label(c.name))
        elif c.name not in _UNUSED:
            out.append(c)
    return out


def _json_list(raw: Any) -> list[Any]:
    if not raw or raw == "[]":
        return []
    value = json.loads(raw) if isinstance(raw, str) else raw
    return value if isinstance(value, list) else []


CUT_SHEETS = [Cut.CATEGORY, Cut.COMMUNITY, Cut.GRID, Cut.TEAM, Cut.WORKER]


@dataclass
class Ledger:
    period: Period
    cases: list[list[Any]]
    cuts: dict[Cut, list[Figures]]
    total: Figures
    board: Scoreboard
    masked: bool = True


_UNIX = datetime(1970, 1, 1)
_SHANGHAI_OFFSET = 8 * 3600  # no daylight saving since 1991


def local(seconds: float | None) -> datetime | None:
    """Excel has no time zones: Shanghai wall time, naive, from POSIX seconds."""
    if seconds is None:
        return None
    return _UNIX + timedelta(seconds=round(seconds + _SHANGHAI_OFFSET, 3))


class local_minute(FunctionElement[str]):  # noqa: N801 - reads as the SQL function it is
    """ "MM-DD HH:MM" in Shanghai time, formatted by the database (hundreds of thousands of
    timeline lines in a month's ledger)."""

    type = String()
    inherit_cache = True


@compiles(local_minute)
def _local_minute_default(element: local_minute, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"to_char({column} AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI')"


@compiles(local_minute, "sqlite")
def _local_minute_sqlite(element: local_minute, compiler: Any, **kw: Any) -> str:
    return f"strftime('%m-%d %H:%M', {compiler.process(element.clauses, **kw)}, '+8 hours')"


async def build_ledger(
    session: AsyncSession,
    period: Period,
    street: StreetConfig,
    names: Names,
    assessment: AssessmentConfig,
    *,
    masked: bool = True,
) -> Ledger:
    facts = await case_facts(session, period.start, period.end, names=names)
    cuts = {
        cut: await summarize(session, facts, period.end, cut, names=names) for cut in CUT_SHEETS
    }
    [total] = await summarize(session, facts, period.end, names=names)
    board = await scoreboard(
        session, period.start, period.end, period.label, street, names, assessment, facts=facts
    )
    cases = await _case_rows(session, period, names, masked)
    return Ledger(period, cases, cuts, total, board, masked)


async def _timelines(session: AsyncSession, period: Period) -> dict[int, list[Any]]:
    rows = await session.execute(
        select(
            CaseEvent.case_id, local_minute(CaseEvent.at), CaseEvent.action, CaseEvent.actor_name
        )
        .join(Case, Case.id == CaseEvent.case_id)
        .where(Case.created_at >= period.start, Case.created_at < period.end)
        .order_by(CaseEvent.case_id, CaseEvent.id)
    )
    timelines: dict[int, list[Any]] = defaultdict(list)
    for case_id, at, action, actor in rows:
        timelines[case_id].append((at, action, actor))
    return timelines


def _timeline_summary(steps: Sequence[Any]) -> tuple[str, int, int, int]:
    """ "11-02 09:00 派单（系统）；…" and the counts of supervisions, escalations, duplicates."""
    parts = []
    counts: dict[str, int] = defaultdict(int)
    for at, action, actor in steps:
        counts[action] += 1
        parts.append(f"{at} {ACTION_LABELS.get(action, action)}（{actor}）")
    return (
        "；".join(parts),
        counts[Action.SUPERVISE],
        counts[Action.ESCALATE],
        counts[Action.ADD_REPORTER],
    )


async def _case_rows(
    session: AsyncSession, period: Period, names: Names, masked: bool
) -> list[list[Any]]:
    timelines = await _timelines(session, period)
    rows = await session.execute(
        select(*_case_columns(), Member.name.label("reporter_name"))
        .join(Member, Member.id == Case.reporter_id)
        .where(Case.created_at >= period.start, Case.created_at < period.end)
        .order_by(Case.created_at, Case.id)
    )
    show = mask_pii if masked else (lambda text: text or "")
    out = []
    for row in rows:
        c = row._mapping
        summary, supervised, escalated, duplicates = _timeline_summary(timelines[c["id"]])
        satisfied = c["satisfied"]
        rating = "" if satisfied is None else ("满意" if satisfied else "不满意")
        out.append(
            [
                c["number"],
                local(c["created_at"]),
                names.categories.get(c["category"], c["category"]),
                "是" if c["urgent"] else "",
                names.communities.get(names.community_of(c["grid_code"]), ""),
                names.grids.get(c["grid_code"] or "", c["grid_code"] or ""),
                c["place"] or "",
                c["longitude"],
                c["latitude"],
                show(c["text"]),
                len(_json_list(c["photos"])),
                c["reporter_name"],
                STATUS_LABELS.get(Status(c["status"]), c["status"]),
                names.teams.get(c["team_code"] or "", c["team_code"] or ""),
                c["accepted_by"] or "",
                local(c["accepted_at"]),
                local(c["accept_deadline"]),
                local(c["resolve_deadline"]),
                local(c["resolved_at"]),
                show(c["resolution"]),
                local(c["closed_at"]),
                rating,
                c["reopen_count"],
                "是" if supervised else "",
                escalated,
                duplicates,
                round(c["confidence"], 2),
                names.categories.get(c["predicted_category"], c["predicted_category"]),
                "、".join(str(k) for k in _json_list(c["keywords"])),
                summary,
            ]
        )
    return out


def figure_values(f: Figures) -> list[Any]:
    def h(value: Any) -> float | None:
        return None if value is None else round(hours(value), 2)

    return [
        f.received,
        f.valid,
        f.accepted,
        f.resolved,
        f.closed,
        f.closure_rate,
        f.on_time_rate,
        h(f.median_accept),
        h(f.p90_accept),
        h(f.median_resolve),
        h(f.p90_resolve),
        f.reopen_rate,
        f.satisfaction_rate,
        f.supervised,
        f.escalated,
        f.duplicates,
        f.merged,
        f.withdrawn,
    ]


# --- Excel -------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _sheet(wb: Workbook, title: str, columns: Sequence[tuple[str, int]]) -> WriteOnlyWorksheet:
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, (_, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    header = []
    for text, _ in columns:
        cell = WriteOnlyCell(ws, text)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    return ws


def _formatted(
    ws: WriteOnlyWorksheet, values: list[Any], formats: Sequence[str | None]
) -> list[Any]:
    out: list[Any] = []
    for value, fmt in zip(values, formats, strict=True):
        if fmt is None or value is None:
            out.append(value)
        else:
            cell = WriteOnlyCell(ws, value)
            cell.number_format = fmt
            out.append(cell)
    return out


CASE_SHEET_XML = "xl/worksheets/sheet1.xml"  # the case sheet is created first


def write_xlsx(ledger: Ledger, out: IO[bytes] | str) -> None:
    """The workbook; openpyxl writes it all but the case sheet's rows after the first, which
    `fastrows` appends (openpyxl alone takes minutes for a big month)."""
    wb = Workbook(write_only=True)
    cases = _sheet(wb, "事件台账", CASE_COLUMNS)
    if ledger.cases:
        cases.append(ledger.cases[0])
    figure_formats = [None, *(fmt for _, _, fmt in FIGURE_COLUMNS)]
    for cut in CUT_SHEETS:
        columns = [(CUT_LABELS[cut], 18), *((h, w) for h, w, _ in FIGURE_COLUMNS)]
        ws = _sheet(wb, f"按{CUT_LABELS[cut]}", columns)
        for f in [*ledger.cuts[cut], ledger.total]:
            ws.append(_formatted(ws, [f.label, *figure_values(f)], figure_formats))
    _write_board(wb, ledger.board)
    staged = io.BytesIO()
    wb.save(staged)
    template = ledger.cases[0] if ledger.cases else []
    append_rows(staged.getvalue(), out, CASE_SHEET_XML, ledger.cases[1:], 3, template)


def _write_board(wb: Workbook, board: Scoreboard) -> None:
    ws = _sheet(wb, "网格员考核", [(h, w) for h, w, _ in WORKER_COLUMNS])
    formats = [fmt for _, _, fmt in WORKER_COLUMNS]
    for w in board.workers:
        values = [
            w.rank,
            w.name,
            w.grid_name or w.grid_code or "",
            w.reports,
            w.valid,
            w.duplicates,
            w.per_100_households,
            w.closure_rate,
            w.score,
        ]
        ws.append(_formatted(ws, values, formats))
    ws = _sheet(wb, "处置力量考核", [(h, w) for h, w, _ in TEAM_COLUMNS])
    formats = [fmt for _, _, fmt in TEAM_COLUMNS]
    for t in board.teams:
        accept = None if t.median_accept is None else round(hours(t.median_accept), 2)
        values = [
            t.rank,
            t.name,
            t.received,
            accept,
            t.on_time_rate,
            t.reopen_rate,
            t.satisfaction_rate,
            t.score,
        ]
        ws.append(_formatted(ws, values, formats))


# --- CSV ---------------------------------------------------------------------------------


def write_csv(ledger: Ledger, out: IO[str]) -> None:
    """The case sheet as CSV (write it with encoding utf-8-sig so Excel reads the Chinese)."""
    writer = csv.writer(out)
    writer.writerow([header for header, _ in CASE_COLUMNS])
    for row in ledger.cases:
        writer.writerow(
            [v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else v for v in row]
        )
