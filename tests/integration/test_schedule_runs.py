"""When the schedule sends what, to which chat, across National Day 2026 (1–7 October holiday,
Saturday 10 October a make-up workday), and once only across restarts."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from gridbot.db.models import ScheduleRun
from gridbot.scheduler import build_scheduler, run_schedule
from gridbot.services.bindings import bind
from gridbot.services.context import Outcome
from gridbot.services.members import register
from tests.integration.helpers import ADMIN, COMMAND_CHAT, TEAM_CHATS
from tests.integration.schedule_helpers import (
    COMMUNITY_CHAT,
    DIGEST_CHAT,
    LEADERS,
    bind_schedule_chats,
    make_schedule,
    outbox_rows,
    sh,
    texts_to,
    walk,
)


async def test_national_day_week_moves_meetings_skips_holidays_and_works_the_makeup_saturday(
    ctx, calendar, clock, tmp_path
) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    sent = await walk(schedule, clock, sh(2026, 9, 30, 12), sh(2026, 10, 14, 18))
    by_day = Counter(when.date().isoformat() for when, _, _ in sent)
    jobs = {(job, key): when for when, job, key in sent}

    # nothing at all from 1 to 7 October, nor on Sunday 11 October
    for day in range(1, 8):
        assert by_day[f"2026-10-0{day}"] == 0
    assert by_day["2026-10-11"] == 0

    # the Monday 5 October meeting moved to Thursday 8 October: reminded the working day
    # before (Wednesday 30 September, 17:00) and an hour before it starts
    assert jobs[("meeting.weekly.eve", "2026-10-05")] == sh(2026, 9, 30, 17)
    assert jobs[("meeting.weekly.before60m", "2026-10-05")] == sh(2026, 10, 8, 8)
    # the first working Tuesday in the first ten days does not exist (6 October is a holiday):
    # the monthly meeting moves from 6 October to 8 October as well
    assert jobs[("meeting.monthly.eve", "2026-10-06")] == sh(2026, 9, 30, 17)
    assert jobs[("meeting.monthly.before60m", "2026-10-06")] == sh(2026, 10, 8, 8, 30)
    # digests that fall on the holiday come on the first working day
    assert jobs[("digest.week", "2026-10-05")] == sh(2026, 10, 8, 8, 30)
    assert jobs[("digest.month", "2026-09")] == sh(2026, 10, 8, 8, 30)
    # the reception of Wednesday 7 October is skipped; the next one is on 14 October
    assert not any(job.startswith("reception") and key == "2026-10-07" for _, job, key in sent)
    assert jobs[("reception.leader", "2026-10-14")] == sh(2026, 10, 14, 8, 30)

    # Saturday 10 October is a make-up workday: roll call, evening review, daily digest, and
    # it is the working day before Monday 12 October's meeting
    saturday = {job for when, job, _ in sent if when.date() == sh(2026, 10, 10).date()}
    assert saturday == {"roll_call", "evening_review", "digest.day", "meeting.weekly.eve"}
    assert jobs[("digest.day", "2026-10-10")] == sh(2026, 10, 10, 17, 45)
    # the first daily digest after the holiday is dated 8 October
    assert jobs[("digest.day", "2026-10-08")] == sh(2026, 10, 8, 17, 45)


async def test_each_send_reaches_the_chats_it_is_for(ctx, calendar, clock, tmp_path) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    # Tuesday 13 October 16:00 to Wednesday 14 October 09:00
    await walk(schedule, clock, sh(2026, 10, 13, 16), sh(2026, 10, 14, 9))

    # 13 October, 17:45: the daily digest to the digest chat and the command centre
    assert any(t.startswith("🗓️ 日调度") for t in await texts_to(ctx, DIGEST_CHAT))
    assert any(t.startswith("🗓️ 日调度") for t in await texts_to(ctx, COMMAND_CHAT))
    # 17:30: the evening review in every bound team chat and the command centre
    for chat in (*TEAM_CHATS.values(), COMMAND_CHAT):
        assert any("晚评议" in t for t in await texts_to(ctx, chat)), chat
    # 14 October, 08:30: the reception. Weeks since 7 January 2026: 40, so the first leader
    assert any("王建国" in t for t in await texts_to(ctx, LEADERS["王建国"]))
    for chat in (COMMAND_CHAT, COMMUNITY_CHAT):
        [notice] = [t for t in await texts_to(ctx, chat) if "领导接访公告" in t]
        assert "10月14日(周三) 14:30—17:30" in notice and "王建国（街道党工委书记）" in notice
        assert "街道信访接待室（一楼）" in notice
    # nothing for meetings this week yet, and digests never go to team chats
    for chat in TEAM_CHATS.values():
        assert not any("日调度" in t or "会议提醒" in t for t in await texts_to(ctx, chat))


async def test_a_restart_never_repeats_and_a_missed_send_within_grace_comes_once(
    ctx, calendar, clock, tmp_path, caplog
) -> None:
    await bind_schedule_chats(ctx)
    await register(ctx, 501, "张三", "XF-01")
    first = make_schedule(ctx, calendar, tmp_path)
    await walk(first, clock, sh(2026, 10, 9, 8), sh(2026, 10, 9, 18))
    rows_before = len(await outbox_rows(ctx))
    # a restart a minute later sends nothing again
    again = make_schedule(ctx, calendar, tmp_path)
    report = await again.run_due(sh(2026, 10, 9, 18, 1))
    assert report.sent == [] and report.skipped == []
    assert len(await outbox_rows(ctx)) == rows_before

    # down from Friday evening until Monday 12 October 10:00 (grace 2h): the make-up
    # Saturday's sends are skipped and logged; Monday's 08:00 and 08:30 ones come once
    restarted = make_schedule(ctx, calendar, tmp_path)
    with caplog.at_level(logging.WARNING, logger="gridbot.schedule.runner"):
        report = await restarted.run_due(sh(2026, 10, 12, 10))
    sent = {(o.job, o.key) for o in report.sent}
    skipped = {(o.job, o.key) for o in report.skipped}
    assert sent == {
        ("meeting.weekly.before60m", "2026-10-12"),
        ("digest.week", "2026-10-12"),
        ("roll_call", "2026-10-12"),
    }
    assert skipped == {
        ("roll_call", "2026-10-10"),
        ("evening_review", "2026-10-10"),
        ("digest.day", "2026-10-10"),
        ("meeting.weekly.eve", "2026-10-12"),
    }
    assert sum("skipped" in r.getMessage() for r in caplog.records) == 4
    # and a further restart sends and logs none of them again
    caplog.clear()
    report = await make_schedule(ctx, calendar, tmp_path).run_due(sh(2026, 10, 12, 10, 5))
    assert report.sent == [] and report.skipped == []
    async with ctx.uow() as session:
        runs = list(await session.scalars(select(ScheduleRun)))
    assert len(runs) == len({(r.job, r.occurrence) for r in runs})
    statuses = {(r.job, r.occurrence): r.status for r in runs}
    assert statuses[("digest.day", "2026-10-10")] == "skipped"
    assert statuses[("digest.week", "2026-10-12")] == "sent"


async def test_two_runners_at_once_send_an_occurrence_once(ctx, calendar, tmp_path) -> None:
    await bind_schedule_chats(ctx)
    one, two = make_schedule(ctx, calendar, tmp_path), make_schedule(ctx, calendar, tmp_path)
    now = sh(2026, 10, 13, 17, 46)
    first = await one.run_due(now)
    # the second process decided before the first wrote: it builds, then loses on the
    # unique (job, occurrence) and writes nothing
    two.runner._recorded = _nothing_recorded  # type: ignore[method-assign]
    second = await two.run_due(now)
    assert {o.job for o in first.sent} == {"evening_review", "digest.day"}
    assert second.sent == []
    digests = [t for t in await texts_to(ctx, DIGEST_CHAT) if "日调度" in t]
    assert len(digests) == 1


async def _nothing_recorded(due):  # type: ignore[no-untyped-def]
    return set()


async def test_nothing_is_sent_before_it_is_due(ctx, calendar, tmp_path) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    report = await schedule.run_due(sh(2026, 10, 13, 17, 29))
    assert [o.job for o in report.sent] == []
    report = await schedule.run_due(sh(2026, 10, 13, 17, 29) + timedelta(minutes=1))
    assert [o.job for o in report.sent] == ["evening_review"]


async def test_apscheduler_calls_the_runner_every_minute_on_the_service_clock(
    ctx, calendar, clock, tmp_path
) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    scheduler = build_scheduler(ctx, 60, schedule)
    job = scheduler.get_job("schedule")
    assert job is not None and job.func is run_schedule and job.args == (schedule,)
    assert "second='0'" in str(job.trigger)
    assert build_scheduler(ctx, 60).get_job("schedule") is None  # GRIDBOT_SCHEDULE_ENABLED=0
    clock.set(sh(2026, 10, 13, 17, 30))
    await run_schedule(schedule)
    assert any("晚评议" in t for t in await texts_to(ctx, COMMAND_CHAT))


async def test_the_monthly_meeting_reminder_attaches_last_months_bulletin(
    ctx, calendar, tmp_path
) -> None:
    await bind_schedule_chats(ctx)
    schedule = make_schedule(ctx, calendar, tmp_path)
    await schedule.run_due(sh(2026, 9, 30, 17))
    texts = await texts_to(ctx, COMMAND_CHAT)
    monthly = texts.index(next(t for t in texts if "会议提醒：月度联合研判会" in t))
    assert "时间：10月8日(周四) 09:30（原定10月6日(周二)，遇节假日顺延）" in texts[monthly]
    assert texts[monthly + 1].startswith("📑 月通报｜2026年9月")
    assert texts[monthly + 2] == "月通报·图2 受理量周趋势"  # no cases: only the trend chart
    weekly = next(t for t in texts if "会议提醒：周研判会" in t)
    assert "（原定10月5日(周一)，遇节假日顺延）" in weekly and "月通报" not in weekly


async def test_digest_and_community_chats_can_be_bound(ctx) -> None:
    result = await bind(ctx, -200, "Digest", ADMIN)
    assert (result.outcome, result.target, result.target_name) == (Outcome.OK, "digest", "简报")
    result = await bind(ctx, -301, "community:xf", ADMIN)
    assert (result.target, result.target_name) == ("community:XF", "幸福社区")
    unknown = await bind(ctx, -302, "community:ZZ", ADMIN)
    assert unknown.outcome is Outcome.UNKNOWN_TEAM
