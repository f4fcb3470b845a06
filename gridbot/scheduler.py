"""Scheduled jobs: one more entry point that calls the same services as the handlers."""

from __future__ import annotations

import logging
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from gridbot.clock import SHANGHAI
from gridbot.schedule.service import ScheduleService
from gridbot.services.context import ServiceContext
from gridbot.services.duplicate_answers import expire_offers
from gridbot.services.escalation import sweep_deadlines, warn_unknown_years
from gridbot.services.reporter_actions import close_unrated

log = logging.getLogger(__name__)


async def sweep(ctx: ServiceContext) -> None:
    """Close resolved cases nobody rated in time; watch deadlines; open reports whose
    duplicate question nobody answered in time."""
    closed = await close_unrated(ctx)
    if closed:
        log.info("auto-closed %d unrated cases", closed)
    checked = await sweep_deadlines(ctx)
    if checked:
        log.info("deadline watch looked at %d cases", checked)
    await warn_unknown_years(ctx)
    opened = await expire_offers(ctx)
    if opened:
        log.info("opened %d reports whose duplicate question went unanswered", opened)


async def run_schedule(schedule: ScheduleService) -> None:
    """Meetings, roster, roll call, reviews and digests due now (each once: schedule.runner)."""
    await schedule.run_due()


def build_scheduler(
    ctx: ServiceContext, sweep_seconds: int, schedule: ScheduleService | None = None
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone=SHANGHAI)
    if schedule is not None:
        # every minute on the minute; the first run at start catches up what was missed
        scheduler.add_job(
            run_schedule,
            "cron",
            second=0,
            args=[schedule],
            id="schedule",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
            next_run_time=datetime.now(SHANGHAI),
        )
    scheduler.add_job(
        sweep,
        "interval",
        seconds=sweep_seconds,
        args=[ctx],
        id="sweep",
        max_instances=1,
        coalesce=True,
        replace_existing=True,
    )
    return scheduler
