"""The agenda of an analysis meeting (研判会议程), computed from the cases.

New cases by category and hotspots by grid are period figures from gridbot.stats; what is open,
overdue, reopened or supervised is the cases as they stand (gridbot.schedule.snapshot); places
are counted here because no figure groups by the free-text place.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import Case
from gridbot.schedule.config import MeetingConfig
from gridbot.schedule.snapshot import cases_with_event, open_cases
from gridbot.schedule.timetable import EventDay
from gridbot.schedule.views import Agenda, Count
from gridbot.services.context import ServiceContext
from gridbot.states import Action, Status
from gridbot.stats import Cut, Names, case_facts, summarize

TOP = 5
REPEAT_WINDOW = timedelta(days=90)
REPEAT_MIN = 3  # a place with this many cases in the window is a repeated place


def top(counts: list[Count], n: int = TOP) -> tuple[Count, ...]:
    return tuple(c for c in counts if c.count > 0)[:n]


async def place_counts(
    session: AsyncSession, start: datetime, end: datetime, minimum: int = 1
) -> list[Count]:
    """Cases per place (as the report named it) created in [start, end), busiest first."""
    rows = await session.execute(
        select(Case.place, func.count())
        .where(
            Case.created_at >= start,
            Case.created_at < end,
            Case.place.is_not(None),
            Case.place != "",
            Case.status.not_in([Status.MERGED, Status.WITHDRAWN]),
        )
        .group_by(Case.place)
        .having(func.count() >= minimum)
        .order_by(func.count().desc(), Case.place)
    )
    return [Count(place, count) for place, count in rows if place]


async def build_agenda(
    ctx: ServiceContext, meeting: MeetingConfig, day: EventDay, now: datetime
) -> Agenda:
    start, end = now - timedelta(days=meeting.agenda_days), now
    names = Names.build(ctx.street, ctx.classifier.categories)
    async with ctx.uow() as session:
        facts = await case_facts(session, start, end, names=names)
        total = (await summarize(session, facts, end, names=names))[0]
        categories = await summarize(session, facts, end, Cut.CATEGORY, names=names)
        grids = await summarize(session, facts, end, Cut.GRID, names=names)
        still_open = await open_cases(ctx, session, now)
        places = await place_counts(session, start, end)
        repeated = await place_counts(session, now - REPEAT_WINDOW, end, REPEAT_MIN)
        reopened = await cases_with_event(ctx, session, Action.REOPEN, start, end)
    return Agenda(
        meeting_name=meeting.name,
        day=day.actual,
        time=meeting.time,
        place=meeting.place,
        moved_from=day.nominal if day.moved else None,
        start=start,
        end=end,
        received=total.received,
        by_category=tuple(Count(f.label, f.received) for f in categories),
        open_total=len(still_open),
        overdue=tuple(c for c in still_open if c.overdue),
        hot_grids=top([Count(f.label, f.received) for f in grids], 3),
        hot_places=top([c for c in places if c.count > 1], 3),
        repeated_places=top(repeated),
        reopened=tuple(reopened),
        supervised=tuple(c for c in still_open if c.supervised),
    )
