"""What the agenda, the digests, 早点名, 晚评议 and the reception reminder say, computed from
seeded cases with figures worked out by hand.

The week before Monday 23 November 2026 (the weekly meeting at 09:00):
  k1 环境卫生 XF-01 幸福里小区, 17 Nov, dispatched, accept deadline 17 Nov 12:00 passed: overdue
  k2 环境卫生 XF-01 幸福里小区, 18 Nov, accepted, resolve deadline 30 Nov: open, on time
  k3 劳资纠纷 YG-01 阳光新城,   19 Nov, resolved and closed
  k4 劳资纠纷 XF-01 幸福里小区, 19 Nov, resolved, reopened (不满意) 20 Nov, supervised, escalated
  k5 城市管理 CZ-01 翠竹苑, 10 Nov (before the week), accepted, resolve deadline 20 Nov passed
     (overdue), a second report merged into it (a repeat complaint)
  k6 环境卫生 XF-01 幸福里小区, 1 Sep, closed: the fourth case there in 90 days
So the agenda (17:00 … 08:00 window of 7 days) has: received 4 (环境卫生 2, 劳资纠纷 2); open 4
(k1, k2, k4, k5) of which overdue 2 (k1, k5); hot grid 幸福社区第一网格 3; hot place 幸福里小区 3;
repeated place 幸福里小区 4; reopened k4; supervised k4.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update

from gridbot.db.models import Case
from gridbot.messages import local_photo_path
from gridbot.schedule.digests import build_digest
from gridbot.schedule.roster import SwapOutcome
from gridbot.services.context import Actor
from tests.integration.helpers import ADMIN, COMMAND_CHAT, TEAM_CHATS
from tests.integration.schedule_helpers import (
    DIGEST_CHAT,
    LEADERS,
    bind_schedule_chats,
    make_schedule,
    outbox_rows,
    sh,
    texts_to,
)
from tests.integration.stats_seed import Seeder

WORKER_A, WORKER_B, WORKER_C = 601, 602, 603


def nov(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return sh(2026, 11, day, hour, minute)


async def seed_week(uow: Any) -> Seeder:
    s = Seeder(uow)
    await s.member("A", WORKER_A, "张三", "XF-01")
    await s.member("B", WORKER_B, "李四", "YG-01")
    await s.member("C", WORKER_C, "王五", "CZ-01")
    places = {}
    await s.case(
        "k1",
        "A",
        nov(17),
        [(nov(17), "dispatch", "dispatched")],
        accept_deadline=nov(17, 12),
        text="幸福里小区垃圾桶满了没人清运，联系人13812345678",
    )
    places["k1"] = "幸福里小区"
    await s.case(
        "k2",
        "A",
        nov(18, 10),
        [(nov(18, 10), "dispatch", "dispatched"), (nov(18, 11), "accept", "accepted")],
        resolve_deadline=nov(30, 17),
    )
    places["k2"] = "幸福里小区"
    await s.case(
        "k3",
        "B",
        nov(19),
        [
            (nov(19), "dispatch", "dispatched"),
            (nov(19, 10), "accept", "accepted"),
            (nov(19, 15), "resolve", "resolved"),
            (nov(20), "confirm", "closed"),
        ],
        category="labor",
        team="labor",
        grid="YG-01",
    )
    places["k3"] = "阳光新城"
    await s.case(
        "k4",
        "A",
        nov(19, 14),
        [
            (nov(19, 14), "dispatch", "dispatched"),
            (nov(19, 15), "accept", "accepted"),
            (nov(19, 16), "resolve", "resolved"),
            (nov(20, 9), "reopen", "dispatched"),
            (nov(20, 10), "supervise", "dispatched", {"until": "2026-11-27"}),
            (nov(20, 11), "escalate", "dispatched", {"level": 1, "target": "command"}),
        ],
        category="labor",
        team="labor",
    )
    places["k4"] = "幸福里小区"
    await s.case(
        "k5",
        "C",
        nov(10),
        [
            (nov(10), "dispatch", "dispatched"),
            (nov(10, 10), "accept", "accepted"),
            (nov(12), "add_reporter", "accepted", {"member_id": 2}),
        ],
        category="urban_management",
        team="chengguan",
        grid="CZ-01",
        resolve_deadline=nov(20, 17, 30),
    )
    places["k5"] = "翠竹苑"
    await s.case(
        "k6",
        "A",
        sh(2026, 9, 1, 9),
        [
            (sh(2026, 9, 1, 9), "dispatch", "dispatched"),
            (sh(2026, 9, 1, 10), "accept", "accepted"),
            (sh(2026, 9, 1, 15), "resolve", "resolved"),
            (sh(2026, 9, 2, 9), "confirm", "closed"),
        ],
    )
    places["k6"] = "幸福里小区"
    async with uow() as session:
        for key, place in places.items():
            await session.execute(update(Case).where(Case.id == s.cases[key]).values(place=place))
    return s


async def numbers(s: Seeder, ctx: Any, *keys: str) -> list[str]:
    async with ctx.uow() as session:
        return [(await session.get(Case, s.cases[k])).number for k in keys]


async def test_the_hour_before_reminder_carries_an_agenda_computed_from_the_cases(
    ctx, calendar, tmp_path
) -> None:
    s = await seed_week(ctx.uow)
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    report = await schedule.run_due(nov(23, 8))
    assert [o.job for o in report.sent] == ["meeting.weekly.before60m"]
    [reminder] = await texts_to(ctx, COMMAND_CHAT)
    k1, k2, k3, k4, k5 = await numbers(s, ctx, "k1", "k2", "k3", "k4", "k5")
    assert reminder.startswith("📅 会议提醒：周研判会（1小时后召开）")
    assert "时间：11月23日(周一) 09:00" in reminder
    assert "一、新增事件 4 件：环境卫生 2件、劳资纠纷 2件" in reminder
    assert "二、未办结 4 件，其中超期 2 件" in reminder
    overdue_part = reminder.split("二、")[1].split("三、")[0]
    assert k1 in overdue_part and k5 in overdue_part and k2 not in overdue_part
    assert (
        "三、热点网格：幸福社区第一网格 3件、阳光社区第一网格 1件；热点地点：幸福里小区 3件"
        in reminder
    )
    assert "四、重复发生地点（近90天）：幸福里小区 4次" in reminder
    reopened = reminder.split("五、")[1].split("六、")[0]
    assert reopened.startswith("群众不满意重新派单 1 件") and k4 in reopened
    supervised = reminder.split("六、")[1]
    assert supervised.startswith("督办事件 1 件") and k4 in supervised and k3 not in reminder
    # the same reminder went to every bound team chat, and nowhere else
    for chat in TEAM_CHATS.values():
        assert await texts_to(ctx, chat) == [reminder]
    assert await texts_to(ctx, DIGEST_CHAT) == []


async def test_roll_call_gives_each_worker_the_open_cases_of_their_grid(
    ctx, calendar, tmp_path
) -> None:
    s = await seed_week(ctx.uow)
    schedule = make_schedule(ctx, calendar, tmp_path)
    await schedule.run_due(nov(23, 8, 30))
    k1, k2, k4, k5 = await numbers(s, ctx, "k1", "k2", "k4", "k5")
    [to_a] = await texts_to(ctx, WORKER_A)
    assert to_a.startswith("☀️ 早点名：张三，早上好！幸福社区第一网格目前有 3 件未办结事件")
    assert all(n in to_a for n in (k1, k2, k4)) and k5 not in to_a
    assert "138****5678" in to_a and "13812345678" not in to_a  # phone numbers masked
    [to_c] = await texts_to(ctx, WORKER_C)
    assert k5 in to_c and "超期" in to_c
    assert await texts_to(ctx, WORKER_B) == []  # nothing open in YG-01: no message


async def test_the_duty_leader_gets_the_cases_that_need_a_leader(ctx, calendar, tmp_path) -> None:
    s = await seed_week(ctx.uow)
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    # Wednesday 25 November: 46 weeks after 7 January, 46 % 4 = 2: 赵志强
    await schedule.run_due(nov(25, 8, 30))
    [reminder] = await texts_to(ctx, LEADERS["赵志强"])
    k1, k2, k4, k5 = await numbers(s, ctx, "k1", "k2", "k4", "k5")
    assert reminder.startswith("🏛️ 赵志强，您好！今天11月25日(周三) 14:30—17:30")
    assert "需要您关注的事件（督办、升级、重复投诉）2 件" in reminder
    assert k4 in reminder and k5 in reminder and k1 not in reminder and k2 not in reminder
    assert "督办、升级、重复投诉" in reminder.split(k4)[1].split("\n")[0]
    for name, telegram_id in LEADERS.items():
        if name != "赵志强":
            assert await texts_to(ctx, telegram_id) == []


async def test_an_admin_swap_changes_who_is_reminded_and_announced(
    ctx, calendar, clock, tmp_path
) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    clock.set(nov(23, 10))
    day = nov(25).date()
    refused = await schedule.swap(day, "李红梅", Actor(501, "张三"))
    assert refused.outcome is SwapOutcome.NOT_ALLOWED
    assert (await schedule.swap(nov(26).date(), "李红梅", ADMIN)).outcome is (
        SwapOutcome.NOT_A_RECEPTION_DAY
    )
    assert (await schedule.swap(day, "张飞", ADMIN)).outcome is SwapOutcome.UNKNOWN_LEADER
    result = await schedule.swap(day, "李红梅", ADMIN)
    assert (
        result.outcome is SwapOutcome.OK and result.previous and result.previous.name == "赵志强"
    )
    duties = await schedule.roster()
    assert [(d.day.actual.isoformat(), d.leader.name, d.swapped) for d in duties[:2]] == [
        ("2026-11-25", "李红梅", True),
        ("2026-12-02", "陈晓燕", False),
    ]
    await schedule.run_due(nov(25, 8, 30))
    assert len(await texts_to(ctx, LEADERS["李红梅"])) == 1
    assert await texts_to(ctx, LEADERS["赵志强"]) == []
    [notice] = [t for t in await texts_to(ctx, COMMAND_CHAT) if "领导接访公告" in t]
    assert "李红梅（街道办事处主任）" in notice
    clock.set(nov(26, 9))
    assert (await schedule.swap(day, "王建国", ADMIN)).outcome is SwapOutcome.PAST


async def test_the_weekly_digest_figures_and_charts(ctx, calendar, tmp_path) -> None:
    await seed_week(ctx.uow)
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    await schedule.run_due(nov(23, 8, 30))
    rows = [r for r in await outbox_rows(ctx) if r.chat_id == DIGEST_CHAT]
    text, *photos = rows
    # 16–22 November: k1..k4 received, k3 resolved (1 of 4), k1 late (accept deadline passed
    # unaccepted), k3 undecided (no deadline) ... on time 0 of 1
    assert text.text.startswith("📈 周研判｜11月16日—11月22日")
    assert "受理 4 件（有效 4 件），办结 1 件，办结率 25.0%，按期率 0.0%" in text.text
    assert "督办 1 件，升级 1 件" in text.text
    assert "· 环卫所：受理 2 件，办结率 0.0%，按期率 0.0%，超期 1 件" in text.text
    assert "· 劳动保障协理组：受理 2 件，办结率 50.0%" in text.text
    assert "当前在办 4 件，超期 2 件" in text.text
    assert [p.text for p in photos] == [
        "周研判·图1 各类别事件数",
        "周研判·图2 受理量周趋势",
        "周研判·图3 各处置力量办结率与超期",
    ]
    for photo in photos:
        assert photo.photo and photo.photo.startswith("file:")
        path = local_photo_path(photo.photo)
        assert path is not None and path.read_bytes()[:4] == b"\x89PNG"
    # the command centre gets the same digest; team chats do not
    assert len([r for r in await outbox_rows(ctx) if r.chat_id == COMMAND_CHAT]) >= 4
    team_rows = [r for r in await outbox_rows(ctx) if r.chat_id in TEAM_CHATS.values()]
    assert not any(r.text.startswith("📈 周研判") or r.photo for r in team_rows)


async def test_the_evening_review_per_team_and_for_the_street(ctx, calendar, tmp_path) -> None:
    s = await seed_week(ctx.uow)
    await s.case(
        "k7",
        "A",
        nov(23, 10),
        [
            (nov(23, 10), "dispatch", "dispatched"),
            (nov(23, 11), "accept", "accepted"),
            (nov(23, 16), "resolve", "resolved"),
        ],
        category="labor",
        team="labor",
    )
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    await schedule.run_due(nov(23, 17, 30))
    [labor] = await texts_to(ctx, TEAM_CHATS["labor"])
    assert labor.startswith("🌙 晚评议｜劳动保障协理组｜11月23日(周一)")
    assert "今日受理 1 件，接单 1 件，办结 1 件" in labor
    assert "在办 1 件，其中超期 0 件" in labor  # k4 (k7 is resolved, waiting for the rating)
    [sanitation] = await texts_to(ctx, TEAM_CHATS["sanitation"])
    assert "今日受理 0 件" in sanitation and "在办 2 件，其中超期 1 件" in sanitation
    [street] = [t for t in await texts_to(ctx, COMMAND_CHAT) if "晚评议" in t]
    assert street.startswith("🌙 晚评议｜全街道")
    assert "在办 4 件，其中超期 2 件" in street
    assert "超期较多的队伍：城管执法中队 1件、环卫所 1件" in street


async def test_the_trend_counts_cases_per_week_for_eight_weeks(ctx, tmp_path) -> None:
    await seed_week(ctx.uow)
    digest = await build_digest(ctx, "week", nov(16, 0), nov(23, 0), nov(23, 8, 30))
    assert [w.label for w in digest.weeks][:2] == ["09-28", "10-05"]
    assert [(w.label, w.count) for w in digest.weeks][-3:] == [
        ("11-02", 0),
        ("11-09", 1),  # k5
        ("11-16", 4),  # k1..k4
    ]
    assert len(digest.weeks) == 8 and sum(w.count for w in digest.weeks) == 5
