"""Chinese texts of meetings, the reception roster, 早点名, 晚评议 and digests
(gridbot.schedule.views.SchedulePresenter); ChinesePresenter includes these methods."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from gridbot.messages import OutMessage
from gridbot.schedule.charts import BarChart, Chart, TeamChart, TrendChart
from gridbot.schedule.roster import Duty
from gridbot.schedule.views import (
    Agenda,
    CaseLine,
    Count,
    DayReview,
    Digest,
    MeetingNotice,
    ReceptionNotice,
    UpcomingItem,
)

TEXT_LIMIT = 4096
LIST_MAX = 8
WEEKDAYS = "一二三四五六日"
DIGEST_NAMES = {"day": "日调度", "week": "周研判", "month": "月通报"}
JOB_NAMES = {
    "reception.leader": "领导接访·提醒值班领导",
    "reception.notice": "领导接访·公告",
    "roll_call": "早点名",
    "evening_review": "晚评议",
    "digest.day": "日调度简报",
    "digest.week": "周研判简报",
    "digest.month": "月通报",
}


def fmt_day(day: date) -> str:
    return f"{day.month}月{day.day}日(周{WEEKDAYS[day.weekday()]})"


def fmt_hm(t: time) -> str:
    return f"{t:%H:%M}"


def fmt_when(dt: datetime) -> str:
    return f"{fmt_day(dt.date())} {dt:%H:%M}"


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def hours(delta: timedelta | None) -> str:
    return "—" if delta is None else f"{delta.total_seconds() / 3600:.1f}小时"


def counts(items: tuple[Count, ...] | list[Count], unit: str = "件", n: int = LIST_MAX) -> str:
    shown = [f"{c.label} {c.count}{unit}" for c in items[:n]]
    if len(items) > n:
        shown.append(f"等{len(items)}项")
    return "、".join(shown) if shown else "无"


def case_line(case: CaseLine, with_text: bool = False) -> str:
    where = " ".join(x for x in (case.grid_name, case.place) if x) or "未定位"
    marks = [
        mark
        for flag, mark in (
            (case.overdue, "⚠️超期"),
            (case.supervised, "督办"),
            (case.escalated, "升级"),
            (case.repeat, "重复投诉"),
        )
        if flag
    ]
    team = f"｜{case.team_name}" if case.team_name else ""
    tail = f" 【{'、'.join(marks)}】" if marks else ""
    text = f"\n  {shorten(case.text, 40)}" if with_text else ""
    return f"· {case.number} {case.label}｜{where}{team} {case.status_label}{tail}{text}"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def case_list(
    cases: tuple[CaseLine, ...] | list[CaseLine], n: int = LIST_MAX, with_text: bool = False
) -> list[str]:
    lines = [case_line(c, with_text) for c in cases[:n]]
    if len(cases) > n:
        lines.append(f"……另有 {len(cases) - n} 件")
    return lines


def fit(lines: list[str]) -> str:
    text = "\n".join(lines)
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def period_text(kind: str, start: datetime, end: datetime) -> str:
    if kind == "month" and start.day == 1 and end.day == 1 and end.time() == time(0):
        return f"{start.year}年{start.month}月"
    last = end - timedelta(days=1) if end.time() == time(0) else end
    if kind == "day" or start.date() == last.date():
        return f"{fmt_when(start)}—{fmt_when(end)}"
    return f"{start.month}月{start.day}日—{last.month}月{last.day}日"


def moved_text(moved_from: date | None) -> str:
    return f"（原定{fmt_day(moved_from)}，遇节假日顺延）" if moved_from else ""


def agenda_lines(agenda: Agenda) -> list[str]:
    lines = [
        f"议程（数据区间：{period_text('week', agenda.start, agenda.end)}）",
        f"一、新增事件 {agenda.received} 件：{counts(agenda.by_category)}",
        f"二、未办结 {agenda.open_total} 件，其中超期 {len(agenda.overdue)} 件",
        *case_list(agenda.overdue, 5),
        f"三、热点网格：{counts(agenda.hot_grids)}；热点地点：{counts(agenda.hot_places)}",
        f"四、重复发生地点（近90天）：{counts(agenda.repeated_places, '次')}",
        f"五、群众不满意重新派单 {len(agenda.reopened)} 件",
        *case_list(agenda.reopened, 5),
        f"六、督办事件 {len(agenda.supervised)} 件",
        *case_list(agenda.supervised, 5),
    ]
    return lines


def leader_text(duty: Duty) -> str:
    title = f"（{duty.leader.title}）" if duty.leader.title else ""
    return f"{duty.leader.name}{title}"


class SchedulePresenterTexts:
    def meeting_reminder(self, notice: MeetingNotice, agenda: Agenda | None) -> OutMessage:
        when = (
            f"{notice.hours_before:g}小时后召开"
            if notice.hours_before is not None
            else f"{fmt_day(notice.day)}召开，请提前准备"
        )
        lines = [
            f"📅 会议提醒：{notice.name}（{when}）",
            f"时间：{fmt_day(notice.day)} {fmt_hm(notice.time)}{moved_text(notice.moved_from)}",
        ]
        if notice.place:
            lines.append(f"地点：{notice.place}")
        if agenda is not None:
            lines += ["", *agenda_lines(agenda)]
        return OutMessage(fit(lines))

    def agenda(self, notice: MeetingNotice, agenda: Agenda) -> str:
        lines = [
            f"📋 {notice.name}：{fmt_day(notice.day)} {fmt_hm(notice.time)}"
            f"{moved_text(notice.moved_from)}",
        ]
        if notice.place:
            lines.append(f"地点：{notice.place}")
        return fit([*lines, "", *agenda_lines(agenda)])

    def reception_for_leader(self, notice: ReceptionNotice, cases: list[CaseLine]) -> OutMessage:
        duty = notice.duty
        lines = [
            f"🏛️ {duty.leader.name}，您好！今天{fmt_day(duty.day.actual)} "
            f"{fmt_hm(notice.time)}—{fmt_hm(notice.end)} 由您在{notice.place}"
            f"{notice.name}，接待来访群众。",
        ]
        if cases:
            lines.append(f"需要您关注的事件（督办、升级、重复投诉）{len(cases)} 件：")
            lines += case_list(cases, 15, with_text=True)
        else:
            lines.append("目前没有督办、升级或重复投诉的在办事件。")
        return OutMessage(fit(lines))

    def reception_notice(self, notice: ReceptionNotice) -> OutMessage:
        duty = notice.duty
        moved = moved_text(duty.day.nominal if duty.day.moved else None)
        text = (
            f"📢 {notice.name}公告：{fmt_day(duty.day.actual)} "
            f"{fmt_hm(notice.time)}—{fmt_hm(notice.end)}，由{leader_text(duty)}"
            f"在{notice.place}接待来访群众{moved}。"
            "请各社区告知有诉求的居民。"
        )
        return OutMessage(text)

    def roll_call(self, name: str, grid_name: str, cases: list[CaseLine]) -> OutMessage:
        lines = [
            f"☀️ 早点名：{name}，早上好！{grid_name}目前有 {len(cases)} 件未办结事件：",
            *case_list(cases, 20, with_text=True),
            "请今日跟进，发现新情况直接发文字上报。",
        ]
        return OutMessage(fit(lines))

    def day_review(self, review: DayReview) -> OutMessage:
        who = review.team_name or "全街道"
        lines = [
            f"🌙 晚评议｜{who}｜{fmt_day(review.day)}",
            f"今日受理 {review.received} 件，接单 {review.accepted} 件，办结 {review.resolved} 件",
            f"在办 {review.open_now} 件，其中超期 {len(review.overdue)} 件",
            *case_list(review.overdue),
        ]
        if review.team_name is None and review.teams_overdue:
            lines.append(f"超期较多的队伍：{counts(review.teams_overdue)}")
        return OutMessage(fit(lines))

    def digest(self, digest: Digest) -> OutMessage:
        icon = {"day": "🗓️", "week": "📈", "month": "📑"}[digest.kind]
        period = period_text(digest.kind, digest.start, digest.end)
        lines = [
            f"{icon} {DIGEST_NAMES[digest.kind]}｜{period}",
            f"受理 {digest.received} 件（有效 {digest.valid} 件），办结 {digest.resolved} 件，"
            f"办结率 {percent(digest.closure_rate)}，按期率 {percent(digest.on_time_rate)}，"
            f"满意率 {percent(digest.satisfaction_rate)}",
            f"接单用时中位数 {hours(digest.median_accept)}，"
            f"办结用时中位数 {hours(digest.median_resolve)}",
            f"督办 {digest.supervised} 件，升级 {digest.escalated} 件，"
            f"重复上报 {digest.duplicates} 次",
            f"按类别：{counts(digest.by_category)}",
            f"热点网格：{counts(digest.by_grid, n=5)}",
        ]
        if digest.kind != "day" and digest.teams:
            lines.append("各处置力量：")
            lines += [
                f"· {t.name}：受理 {t.received} 件，办结率 {percent(t.closure_rate)}，"
                f"按期率 {percent(t.on_time_rate)}，超期 {t.late} 件"
                for t in digest.teams
            ]
        lines.append(
            f"当前在办 {digest.open_now} 件，超期 {len(digest.overdue_now)} 件，"
            f"待分拨 {digest.triage_waiting} 件"
        )
        lines += case_list(digest.overdue_now, 5)
        return OutMessage(fit(lines))

    def digest_charts(self, digest: Digest) -> list[tuple[str, Chart, str]]:
        period = period_text(digest.kind, digest.start, digest.end)
        name = DIGEST_NAMES[digest.kind]
        charts: list[tuple[str, Chart, str]] = []
        if digest.by_category:
            cats = digest.by_category[:12]
            chart: Chart = BarChart(
                f"各类别事件数（{period}）",
                tuple(c.label for c in cats),
                tuple(c.count for c in cats),
            )
            charts.append(("category", chart, f"{name}·图1 各类别事件数"))
        if digest.weeks:
            chart = TrendChart(
                f"近{len(digest.weeks)}周受理量（按周，标注为每周周一）",
                tuple(w.label for w in digest.weeks),
                tuple(w.count for w in digest.weeks),
            )
            charts.append(("trend", chart, f"{name}·图2 受理量周趋势"))
        teams = [t for t in digest.teams if t.received][:12]
        if teams:
            chart = TeamChart(
                f"各处置力量办结率与超期（{period}）",
                tuple(t.name for t in teams),
                tuple((t.closure_rate or 0) * 100 for t in teams),
                tuple(t.late for t in teams),
                "办结率",
                "超期件数",
            )
            charts.append(("teams", chart, f"{name}·图3 各处置力量办结率与超期"))
        return charts

    # -- command replies (not outbox messages) ----------------------------------------------

    def upcoming(self, items: list[UpcomingItem]) -> str:
        if not items:
            return "日程表中没有安排。"
        lines = ["🗓️ 接下来的日程："]
        for item in items:
            lines.append(f"· {fmt_when(item.due)} {job_label(item)}")
        return fit(lines)

    def roster(self, duties: list[Duty], place: str, start: time, end: time) -> str:
        if not duties:
            return "近期没有领导接访安排。"
        lines = [f"🏛️ 领导接访值班表（{fmt_hm(start)}—{fmt_hm(end)}，{place}）："]
        for duty in duties:
            note = "（已调换）" if duty.swapped else ""
            moved = moved_text(duty.day.nominal if duty.day.moved else None)
            lines.append(f"· {fmt_day(duty.day.actual)}：{leader_text(duty)}{note}{moved}")
        lines.append("管理员可用 /swap 日期 姓名 调换，例如 /swap 10-14 李红梅")
        return fit(lines)


def job_label(item: UpcomingItem) -> str:
    kind, _, rest = item.job.partition(".")
    if kind == "meeting":
        which = "会前提醒" if rest.partition(".")[2].startswith("before") else "前一工作日提醒"
        return f"{item.name}{which}（会议 {fmt_day(item.day)}）"
    label = JOB_NAMES.get(item.job, item.job)
    if item.detail:
        label += f"（{fmt_day(item.day)} 值班：{item.detail}）"
    return label
