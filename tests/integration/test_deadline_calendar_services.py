"""The deadline watch on the Chinese working-day calendar: the clock is moved across a weekend,
National Day, a 调休 Saturday and New Year into 2027 (from config/holidays.yaml), and the
command centre is warned once about a year the calendar does not know."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from gridbot.clock import SHANGHAI
from gridbot.db.session import UnitOfWork
from gridbot.scheduler import sweep
from gridbot.services.context import Actor
from gridbot.services.supervision import supervise
from gridbot.services.team_actions import CardPress, accept
from gridbot.timekeeping import Timekeeper
from gridbot.workcalendar import WorkCalendar
from tests.integration.helpers import (
    ADMIN,
    COMMAND_CHAT,
    TEAM_CHATS,
    bind_all,
    load,
    outbox,
    register_worker,
    report,
)

LAMP = "幸福里小区路灯坏了好几天了，晚上很黑"  # municipal, normal: accept 4wh, resolve 5wd
LEAD = Actor(777, "李组长")
MUNICIPAL = TEAM_CHATS["municipal"]


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


async def lamp_case_at(ctx, clock, when: datetime):
    clock.set(when)
    await bind_all(ctx)
    await register_worker(ctx)
    return (await report(ctx, LAMP)).case


async def team_says(ctx, clock, when: datetime) -> list[str]:
    """Sweep at `when` and return what the sweep queued for the municipal team chat."""
    clock.set(when)
    before = len(await outbox(ctx, MUNICIPAL))
    await sweep(ctx)
    return [row.text for row in (await outbox(ctx, MUNICIPAL))[before:]]


def reminded(texts: list[str]) -> bool:
    return any("接单时间已过半" in t for t in texts)


def escalated(texts: list[str]) -> bool:
    return any("【已超时】" in t for t in texts)


async def test_a_friday_afternoon_case_waits_over_the_weekend(ctx, clock) -> None:
    case = await lamp_case_at(ctx, clock, at(2026, 11, 27, 16, 0))  # Friday
    assert (await load(ctx, case.id)).accept_deadline == at(2026, 11, 30, 11, 0)
    assert await team_says(ctx, clock, at(2026, 11, 28, 10, 0)) == []  # Saturday
    assert await team_says(ctx, clock, at(2026, 11, 29, 20, 0)) == []  # Sunday
    assert reminded(await team_says(ctx, clock, at(2026, 11, 30, 9, 0)))  # 2 of 4 working hours
    assert await team_says(ctx, clock, at(2026, 11, 30, 10, 59)) == []
    assert escalated(await team_says(ctx, clock, at(2026, 11, 30, 11, 0)))


async def test_national_day_holiday_does_not_count(ctx, clock) -> None:
    case = await lamp_case_at(ctx, clock, at(2026, 9, 30, 16, 0))
    assert (await load(ctx, case.id)).accept_deadline == at(2026, 10, 8, 11, 0)
    for day in range(1, 8):
        assert await team_says(ctx, clock, at(2026, 10, day, 12, 0)) == []
    assert reminded(await team_says(ctx, clock, at(2026, 10, 8, 9, 0)))
    assert escalated(await team_says(ctx, clock, at(2026, 10, 8, 11, 0)))


async def test_supervision_reminds_on_the_tiaoxiu_saturday_but_not_on_sunday(ctx, clock) -> None:
    case = await lamp_case_at(ctx, clock, at(2026, 10, 9, 9, 0))  # Friday
    await accept(ctx, CardPress(case.id, case.dispatch_seq, MUNICIPAL, LEAD))
    result = await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number)
    assert result.until == at(2026, 10, 10, 17, 30)  # one working day: the 调休 Saturday
    saturday = await team_says(ctx, clock, at(2026, 10, 10, 8, 30))
    assert len(saturday) == 1 and "【督办提醒】" in saturday[0]
    assert await team_says(ctx, clock, at(2026, 10, 10, 16, 0)) == []  # once a day
    sunday = await team_says(ctx, clock, at(2026, 10, 11, 9, 0))
    assert not any("督办提醒" in t for t in sunday)
    assert any("办结时限" in t and "【已超时】" in t for t in sunday)  # Saturday 17:30 passed
    monday = await team_says(ctx, clock, at(2026, 10, 12, 8, 30))
    assert sum("【督办提醒】" in t for t in monday) == 1


async def test_new_year_2027_holidays_come_from_the_yaml(ctx, clock) -> None:
    case = await lamp_case_at(ctx, clock, at(2026, 12, 31, 16, 0))
    # 元旦 2027-01-01 (a Friday) is a holiday only in config/holidays.yaml
    assert (await load(ctx, case.id)).accept_deadline == at(2027, 1, 4, 11, 0)
    assert await team_says(ctx, clock, at(2027, 1, 1, 12, 0)) == []
    assert reminded(await team_says(ctx, clock, at(2027, 1, 4, 9, 0)))
    assert escalated(await team_says(ctx, clock, at(2027, 1, 4, 11, 0)))
    await accept(ctx, CardPress(case.id, case.dispatch_seq, MUNICIPAL, LEAD))
    assert (await load(ctx, case.id)).resolve_deadline == at(2027, 1, 11, 17, 30)  # 5 wd


async def test_spring_festival_2027_tiaoxiu_sunday_gets_a_supervision_reminder(ctx, clock):
    case = await lamp_case_at(ctx, clock, at(2027, 1, 29, 9, 0))  # Friday
    await accept(ctx, CardPress(case.id, case.dispatch_seq, MUNICIPAL, LEAD))
    await supervise(ctx, ADMIN, COMMAND_CHAT, number=case.number, days=3)
    assert await team_says(ctx, clock, at(2027, 1, 30, 9, 0)) == []  # Saturday
    sunday = await team_says(ctx, clock, at(2027, 1, 31, 8, 30))  # 春节调休 Sunday
    assert len(sunday) == 1 and "【督办提醒】" in sunday[0]


def without_holiday_file(ctx):
    """The bot as it would run if config/holidays.yaml did not list 2027."""
    assert ctx.timekeeper is not None
    calendar = WorkCalendar()  # chinesecalendar only: up to 2026
    return dataclasses.replace(ctx, timekeeper=Timekeeper(ctx.timekeeper.policy, calendar))


async def test_command_centre_is_warned_once_about_an_unknown_year(ctx, clock) -> None:
    bare = without_holiday_file(ctx)
    clock.set(at(2026, 11, 2, 9, 0))  # 2027 begins within 60 days
    await sweep(bare)  # no command chat yet: the warning waits for one
    await bind_all(ctx)
    await sweep(bare)
    await sweep(bare)
    restarted = dataclasses.replace(bare, uow=UnitOfWork(ctx.uow.engine))
    clock.advance(days=40)
    await sweep(restarted)
    warnings = [row.text for row in await outbox(ctx, COMMAND_CHAT)]
    assert len(warnings) == 1
    assert "2027年" in warnings[0] and "周一至周五" in warnings[0]
    assert "holidays.yaml" in warnings[0]


async def test_an_unknown_year_more_than_60_days_away_is_not_warned_about_yet(ctx, clock):
    bare = without_holiday_file(ctx)
    await bind_all(ctx)
    clock.set(at(2026, 11, 1, 9, 0))
    await sweep(bare)
    assert await outbox(ctx, COMMAND_CHAT) == []


async def test_no_warning_while_the_holiday_file_covers_the_coming_year(ctx, clock) -> None:
    await bind_all(ctx)
    clock.set(at(2026, 12, 20, 9, 0))
    await sweep(ctx)
    assert await outbox(ctx, COMMAND_CHAT) == []
