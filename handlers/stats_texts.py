"""Chinese texts of /stats, /rank and /export (read-only replies in the command centre)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from gridbot.stats.assessment import Scoreboard, TeamRow, WorkerRow
from gridbot.stats.figures import CUT_LABELS, Figures
from gridbot.stats.service import StatsAnswer, Workbook

NOT_ALLOWED = "只有指挥中心管理员和领导可以查看统计、排名和台账。"
WRONG_CHAT = "请在指挥中心群或与我的私聊中使用统计、排名和台账命令。"
STATS_USAGE = (
    "用法：/stats [区间] [维度]\n"
    "区间：今天、昨天、本周、上周、本月（默认）、上月、今年、2026-11、2026-11-23、"
    "2026-11-01至2026-11-15\n维度：队伍（默认）、类别、网格、社区、上报人"
)
EXPORT_WORKING = "正在生成{label}台账，请稍候……"
EXPORT_EMPTY = "{label}没有上报的事件，台账为空，未生成文件。"
MAX_ROWS = 15


def duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    minutes = value.total_seconds() / 60
    if minutes < 60:
        return f"{minutes:.0f}分钟"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f}小时"
    return f"{minutes / 1440:.1f}天"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def stats_reply(answer: StatsAnswer) -> str:
    t, p = answer.total, answer.period
    lines = [
        f"📊 {p.label}统计（{p.start:%m月%d日 %H:%M}至{p.end:%m月%d日 %H:%M}，按上报时间）",
        f"受理 {t.received} 件，有效 {t.valid} 件，签收 {t.accepted} 件，"
        f"办结 {t.resolved} 件，结案 {t.closed} 件",
        f"办结率 {pct(t.closure_rate)}，按期率 {pct(t.on_time_rate)}，"
        f"重办率 {pct(t.reopen_rate)}，满意率 {pct(t.satisfaction_rate)}",
        f"签收用时：中位 {duration(t.median_accept)}，90% {duration(t.p90_accept)}",
        f"办结用时：中位 {duration(t.median_resolve)}，90% {duration(t.p90_resolve)}",
        f"督办 {t.supervised} 件，升级 {t.escalated} 件，重复上报 {t.duplicates} 条",
    ]
    if answer.rows:
        lines.append(f"\n按{CUT_LABELS[answer.cut]}：")
        for f in answer.rows[:MAX_ROWS]:
            lines.append(_row(f))
        if len(answer.rows) > MAX_ROWS:
            lines.append(f"……另有 {len(answer.rows) - MAX_ROWS} 项，完整数据请用 /export")
    return "\n".join(lines)


def _row(f: Figures) -> str:
    return (
        f"· {f.label}：受理 {f.received}，办结率 {pct(f.closure_rate)}，"
        f"按期率 {pct(f.on_time_rate)}，签收中位 {duration(f.median_accept)}"
    )


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}分"


def _worker(w: WorkerRow) -> str:
    return (
        f"{w.rank}. {w.name}（{w.grid_name or '未定网格'}）{_score(w.score)}："
        f"有效上报 {w.valid}，办结率 {pct(w.closure_rate)}"
    )


def _team(t: TeamRow) -> str:
    return (
        f"{t.rank}. {t.name} {_score(t.score)}：签收中位 {duration(t.median_accept)}，"
        f"按期率 {pct(t.on_time_rate)}，重办率 {pct(t.reopen_rate)}，"
        f"满意率 {pct(t.satisfaction_rate)}"
    )


def _named(title: str, top: Sequence[str], bottom: Sequence[str]) -> list[str]:
    lines = [title]
    if not top:
        return [*lines, "  本期没有可排名的数据"]
    lines += ["  前列：", *(f"  {line}" for line in top)]
    if bottom:
        lines += ["  后列：", *(f"  {line}" for line in bottom)]
    return lines


def rank_reply(board: Scoreboard) -> str:
    ranked_workers = sum(1 for w in board.workers if w.rank is not None)
    ranked_teams = [t for t in board.teams if t.rank is not None]
    idle = [t.name for t in board.teams if t.rank is None]
    lines = [f"🏆 {board.label}考核排名（按上报时间，计分办法见 config/assessment.yaml）"]
    lines += _named(
        f"\n网格员（{ranked_workers} 人参与排名）：",
        [_worker(w) for w in board.top(board.workers)],
        [_worker(w) for w in board.bottom(board.workers)],
    )
    lines += _named(
        f"\n处置力量（{len(ranked_teams)} 支参与排名）：",
        [_team(t) for t in board.top(board.teams)],
        [_team(t) for t in board.bottom(board.teams)],
    )
    if idle:
        lines.append(f"\n本期无事件、未排名：{'、'.join(idle)}")
    return "\n".join(lines)


def export_caption(book: Workbook) -> str:
    note = "，手机号、身份证号已脱敏" if book.masked else ""
    return f"{book.period.label}事件台账：{book.cases} 件事件，含分维度统计和考核排名{note}。"
