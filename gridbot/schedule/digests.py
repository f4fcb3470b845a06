"""日调度 / 周研判 / 月通报: a period's figures from gridbot.stats, the open cases as they stand,
and for the weekly and monthly digests the charts (PNG files the outbox uploads)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from gridbot.clock import SHANGHAI
from gridbot.db.models import Case
from gridbot.messages import OutMessage
from gridbot.schedule.charts import render, save_chart
from gridbot.schedule.snapshot import open_cases
from gridbot.schedule.timetable import at
from gridbot.schedule.views import Count, Digest, SchedulePresenter, TeamLine
from gridbot.services.context import ServiceContext
from gridbot.states import Status
from gridbot.stats import Cut, Names, case_facts, summarize

TREND_WEEKS = {"day": 0, "week": 8, "month": 13}


def week_start(moment: datetime) -> datetime:
    return at(moment.date() - timedelta(days=moment.weekday()), time(0))


async def build_digest(
    ctx: ServiceContext, kind: str, start: datetime, end: datetime, now: datetime
) -> Digest:
    names = Names.build(ctx.street, ctx.classifier.categories)
    weeks = TREND_WEEKS[kind]
    # the last week shown is the one the period ends in (end itself is excluded)
    last_week = week_start(end - timedelta(seconds=1))
    trend_start = last_week - timedelta(weeks=weeks - 1) if weeks else start
    async with ctx.uow() as session:
        facts = await case_facts(session, min(start, trend_start), end, names=names)
        period = [f for f in facts if f.created_at >= start.timestamp()]  # POSIX seconds
        total = (await summarize(session, period, end, names=names))[0]
        categories = await summarize(session, period, end, Cut.CATEGORY, names=names)
        grids = await summarize(session, period, end, Cut.GRID, names=names)
        teams = await summarize(session, period, end, Cut.TEAM, names=names)
        still_open = await open_cases(ctx, session, now)
        triage = await session.scalar(
            select(func.count()).select_from(Case).where(Case.status == Status.TRIAGE)
        )
    per_week = Counter(
        week_start(datetime.fromtimestamp(f.created_at, SHANGHAI))
        for f in facts
        if f.created_at >= trend_start.timestamp()
    )
    trend = [trend_start + timedelta(weeks=i) for i in range(weeks)]
    return Digest(
        kind=kind,
        start=start,
        end=end,
        received=total.received,
        valid=total.valid,
        resolved=total.resolved,
        closure_rate=total.closure_rate,
        on_time_rate=total.on_time_rate,
        satisfaction_rate=total.satisfaction_rate,
        median_accept=total.median_accept,
        median_resolve=total.median_resolve,
        supervised=total.supervised,
        escalated=total.escalated,
        duplicates=total.duplicates,
        by_category=tuple(Count(f.label, f.received) for f in categories),
        by_grid=tuple(Count(f.label, f.received) for f in grids),
        teams=tuple(
            TeamLine(f.label, f.received, f.closure_rate, f.on_time_rate, f.late) for f in teams
        ),
        open_now=len(still_open),
        overdue_now=tuple(c for c in still_open if c.overdue),
        triage_waiting=triage or 0,
        weeks=tuple(Count(f"{w:%m-%d}", per_week.get(w, 0)) for w in trend),
    )


async def digest_messages(
    digest: Digest, presenter: SchedulePresenter, charts_dir: Path, name: str
) -> list[OutMessage]:
    """The digest's text, then (weekly and monthly) one photo per chart."""
    messages = [presenter.digest(digest)]
    if digest.kind == "day":
        return messages
    for file_name, chart, caption in presenter.digest_charts(digest):
        png = await asyncio.to_thread(render, chart)
        marker = save_chart(charts_dir, f"{name}-{file_name}", png)
        messages.append(OutMessage(caption, photo=marker))
    return messages
