"""The cases as they stand now (open, overdue, supervised, repeat complaints) as `CaseLine`s.

Period figures (received, closure rate, on time ...) come from gridbot.stats; this module only
answers "what is open right now and why does it need attention".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import Case, CaseEvent
from gridbot.privacy import mask_pii
from gridbot.schedule.views import CaseLine
from gridbot.services.context import ServiceContext
from gridbot.states import OPEN_STATUSES, STATUS_LABELS, Action, Status

# Open for the people who must act: a resolved case only waits for the reporter's rating.
WORKING_STATUSES = tuple(s.value for s in OPEN_STATUSES if s is not Status.RESOLVED)
NOT_ACCEPTED = (Status.REPORTED, Status.TRIAGE, Status.DISPATCHED)
MARKS = (Action.SUPERVISE, Action.ESCALATE, Action.ADD_REPORTER)


def is_overdue(case: Case, now: datetime) -> bool:
    """The accept deadline passed before anyone accepted, or the resolve deadline passed."""
    if case.status == Status.RESOLVED:
        return False
    if case.accept_deadline and case.status in NOT_ACCEPTED and case.accept_deadline < now:
        return True
    return bool(case.resolve_deadline and case.resolve_deadline < now)


async def _marks(session: AsyncSession, case_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    ids = list(case_ids)
    if not ids:
        return {}
    rows = await session.execute(
        select(CaseEvent.case_id, CaseEvent.action, func.count())
        .where(CaseEvent.case_id.in_(ids), CaseEvent.action.in_([m.value for m in MARKS]))
        .group_by(CaseEvent.case_id, CaseEvent.action)
    )
    marks: dict[int, dict[str, int]] = defaultdict(dict)
    for case_id, action, count in rows:
        marks[case_id][action] = count
    return marks


def case_line(ctx: ServiceContext, case: Case, now: datetime, marks: dict[str, int]) -> CaseLine:
    grid = ctx.street.grids.get(case.grid_code or "")
    return CaseLine(
        number=case.number,
        label=ctx.classifier.label(case.category),
        status_label=STATUS_LABELS[Status(case.status)],
        grid_name=grid.name if grid else None,
        place=mask_pii(case.place) if case.place else None,
        team_code=case.team_code,
        team_name=ctx.street.team_name(case.team_code) if case.team_code else None,
        text=mask_pii(case.text),
        created_at=case.created_at,
        overdue=is_overdue(case, now),
        supervised=marks.get(Action.SUPERVISE, 0) > 0,
        escalated=marks.get(Action.ESCALATE, 0) > 0,
        reopen_count=case.reopen_count,
        duplicates=marks.get(Action.ADD_REPORTER, 0),
    )


async def open_cases(
    ctx: ServiceContext,
    session: AsyncSession,
    now: datetime,
    *,
    grid: str | None = None,
    team: str | None = None,
    statuses: Iterable[str] = WORKING_STATUSES,
) -> list[CaseLine]:
    """Open cases, oldest first, optionally of one grid or one team."""
    query = select(Case).where(Case.status.in_(list(statuses)))
    if grid is not None:
        query = query.where(Case.grid_code == grid)
    if team is not None:
        query = query.where(Case.team_code == team)
    cases = list(await session.scalars(query.order_by(Case.created_at, Case.id)))
    marks = await _marks(session, (c.id for c in cases))
    return [case_line(ctx, c, now, marks.get(c.id, {})) for c in cases]


async def cases_with_event(
    ctx: ServiceContext, session: AsyncSession, action: Action, start: datetime, end: datetime
) -> list[CaseLine]:
    """Cases with an `action` event in [start, end) (e.g. reopened this week), oldest first."""
    ids = select(CaseEvent.case_id).where(
        CaseEvent.action == action, CaseEvent.at >= start, CaseEvent.at < end
    )
    cases = list(
        await session.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.created_at))
    )
    marks = await _marks(session, (c.id for c in cases))
    return [case_line(ctx, c, end, marks.get(c.id, {})) for c in cases]


async def events_by_team(
    session: AsyncSession, action: Action, start: datetime, end: datetime
) -> dict[str | None, int]:
    """How many `action` events (accepts, resolutions) each team's cases had in [start, end)."""
    rows = await session.execute(
        select(Case.team_code, func.count())
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .where(CaseEvent.action == action, CaseEvent.at >= start, CaseEvent.at < end)
        .group_by(Case.team_code)
    )
    return {team: count for team, count in rows}
