"""Helpers for schedule tests: the service on a test database, bound chats, a walk in time."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.db.models import OutboxMessage
from gridbot.schedule.config import load_schedule_config
from gridbot.schedule.service import ScheduleService
from gridbot.services.bindings import bind
from gridbot.services.context import ServiceContext
from gridbot.workcalendar import WorkCalendar
from handlers.presenter import ChinesePresenter
from tests.conftest import CONFIG_DIR
from tests.integration.helpers import ADMIN, COMMAND_CHAT, TEAM_CHATS

DIGEST_CHAT = -200
COMMUNITY_CHAT = -301  # 幸福社区 (XF)
LEADERS = {"王建国": 810001, "李红梅": 810002, "赵志强": 810003, "陈晓燕": 810004}


def sh(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def make_schedule(ctx: ServiceContext, calendar: WorkCalendar, tmp_path: Path) -> ScheduleService:
    """A fresh service, as a (re)started bot builds it."""
    config = load_schedule_config(CONFIG_DIR)
    return ScheduleService(ctx, config, calendar, ChinesePresenter(), tmp_path / "charts")


async def bind_schedule_chats(ctx: ServiceContext) -> None:
    await bind(ctx, COMMAND_CHAT, "command", ADMIN)
    await bind(ctx, DIGEST_CHAT, "digest", ADMIN)
    await bind(ctx, COMMUNITY_CHAT, "community:XF", ADMIN)
    for team, chat in TEAM_CHATS.items():
        await bind(ctx, chat, team, ADMIN)


async def walk(
    schedule: ScheduleService,
    clock: FrozenClock,
    start: datetime,
    end: datetime,
    step: timedelta = timedelta(minutes=15),
) -> list[tuple[datetime, str, str]]:
    """Run the scheduler every `step` from start to end: (when, job, occurrence) sent."""
    sent = []
    now = clock.set(start)
    while now <= end:
        report = await schedule.run_due(now)
        sent += [(now, occ.job, occ.key) for occ in report.sent]
        now = clock.advance(seconds=step.total_seconds())
    return sent


async def outbox_rows(ctx: ServiceContext) -> list[OutboxMessage]:
    async with ctx.uow() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


async def texts_to(ctx: ServiceContext, chat_id: int) -> list[str]:
    return [row.text for row in await outbox_rows(ctx) if row.chat_id == chat_id]
