"""Figures (统计口径) for a period and a cut: the one query layer behind digests, /stats,
the scoreboard and exports.

Definitions, for a period [start, end) (end exclusive, all times Asia/Shanghai):

* The period's cases (the cohort) are the cases *created* in [start, end). Every count below
  is about the cohort, and only what its timeline (CaseEvent rows) says happened before `end`
  counts, so the figures of a past month do not change when its cases move on later.
* received (受理): cases created in the period, whatever became of them.
* merged / withdrawn: of those, cases whose status at `end` is merged (duplicate) or
  withdrawn (撤回). valid = received - merged - withdrawn: the cases someone had to handle.
* accepted (签收): cases accepted (ACCEPT event) at least once before `end`.
* resolved (办结): cases whose status at `end` is resolved or closed; a reopened case that is
  back with a team does not count until it is resolved again.
* closed (结案): cases whose status at `end` is closed (confirmed or closed unrated).
* closure rate (办结率) = resolved / valid.
* on-time rate (按期率) = on_time / (on_time + late), over valid cases whose timeliness is
  decided by `end`. A case with a resolve deadline is on time when its first resolution came no
  later than that deadline, late when it came later or when the deadline passed before `end`
  unresolved. A case without a resolve deadline is judged the same way on its accept deadline
  and first acceptance. Cases with neither deadline, or whose deadline is still ahead and not
  yet met, are undecided and left out. Deadlines are the case's current ones (after transfers
  and approved extensions).
* time to accept: from the first time the case reached a team (its first event into status
  dispatched) to its first acceptance. time to resolve: from creation to its first resolution.
  Medians and 90th percentiles (nearest rank) over the cohort cases that have them.
* reopen rate (重办率) = reopened / cases resolved at least once, where reopened = at least one
  REOPEN event (the reporter was not satisfied).
* satisfaction rate (满意率) = satisfied ratings / ratings: every CONFIRM event is a satisfied
  rating and every REOPEN event an unsatisfied one; cases closed unrated give no rating.
* supervised (督办) / escalated (升级): cohort cases with at least one SUPERVISE / ESCALATE event.
* duplicates (重复上报): ADD_REPORTER events on cohort cases (reports merged into them).

Rates are None when their denominator is zero.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Float, Select, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.functions import FunctionElement

from gridbot.clock import to_shanghai
from gridbot.config import COMMAND, StreetConfig
from gridbot.db.models import Case, CaseEvent, Member
from gridbot.states import Action, Status

TOTAL_LABEL = "合计"
NO_GRID_LABEL = "未定位"
NO_TEAM_LABEL = "未分派"


class Cut(StrEnum):
    """How figures are broken down (统计维度)."""

    CATEGORY = "category"
    GRID = "grid"
    COMMUNITY = "community"
    TEAM = "team"
    WORKER = "worker"


CUT_LABELS = {
    Cut.CATEGORY: "类别",
    Cut.GRID: "网格",
    Cut.COMMUNITY: "社区",
    Cut.TEAM: "处置力量",
    Cut.WORKER: "上报人",
}

FILTERS = frozenset(c.value for c in Cut)
COUNT_FIELDS = (
    "received",
    "valid",
    "merged",
    "withdrawn",
    "accepted",
    "resolved",
    "closed",
    "on_time",
    "late",
    "reopened",
    "ratings",
    "satisfied_ratings",
    "supervised",
    "escalated",
    "duplicates",
)


@dataclass(frozen=True)
class Names:
    """Chinese names for cut keys, from the street configuration and the category labels."""

    categories: Mapping[str, str] = field(default_factory=dict)
    grids: Mapping[str, str] = field(default_factory=dict)
    grid_community: Mapping[str, str] = field(default_factory=dict)
    communities: Mapping[str, str] = field(default_factory=dict)
    teams: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, street: StreetConfig, categories: Iterable[tuple[str, str]] = ()) -> Names:
        return cls(
            categories=dict(categories),
            grids={g.code: g.name for g in street.grids.values()},
            grid_community={g.code: g.community_code for g in street.grids.values()},
            communities={g.community_code: g.community_name for g in street.grids.values()},
            teams={
                COMMAND: street.team_name(COMMAND),
                **{t.code: t.name for t in street.teams.values()},
            },
        )

    def community_of(self, grid: str | None) -> str:
        return self.grid_community.get(grid or "", "")


class CaseFacts(NamedTuple):
    """One cohort case as the figures see it: its fields and what its timeline says by `end`.

    Times are POSIX seconds (floats computed in SQL): a period's cases are tens of thousands
    of rows, and aware datetimes cost more to build than the whole aggregation.
    """

    id: int
    category: str
    grid_code: str | None
    team_code: str | None
    reporter_id: int
    created_at: float
    accept_deadline: float | None
    resolve_deadline: float | None
    status_at_end: str
    first_dispatched: float | None
    first_accept: float | None
    first_resolve: float | None
    reopens: int
    confirms: int
    supervised: int  # 1 or True when supervised (SQLite answers 0/1)
    escalated: int
    duplicates: int

    def timeliness(self, end: float) -> bool | None:
        """True on time, False late, None undecided (see the module docstring)."""
        if self.status_at_end in (Status.MERGED, Status.WITHDRAWN):
            return None
        if self.resolve_deadline is not None:
            deadline, done = self.resolve_deadline, self.first_resolve
        elif self.accept_deadline is not None:
            deadline, done = self.accept_deadline, self.first_accept
        else:
            return None
        if done is not None:
            return done <= deadline
        return False if deadline < end else None

    @property
    def time_to_accept(self) -> float | None:
        """Seconds from first reaching a team to the first acceptance."""
        if self.first_accept is None or self.first_dispatched is None:
            return None
        return self.first_accept - self.first_dispatched

    @property
    def time_to_resolve(self) -> float | None:
        """Seconds from the report to the first resolution."""
        return None if self.first_resolve is None else self.first_resolve - self.created_at


@dataclass(frozen=True)
class Figures:
    """The figures of one cut value (or of everything, key "" and label 合计)."""

    key: str
    label: str
    received: int = 0
    merged: int = 0
    withdrawn: int = 0
    accepted: int = 0
    resolved: int = 0
    closed: int = 0
    on_time: int = 0
    late: int = 0
    resolved_once: int = 0  # resolved at least once: the reopen rate's denominator
    reopened: int = 0
    satisfied_ratings: int = 0
    ratings: int = 0
    supervised: int = 0
    escalated: int = 0
    duplicates: int = 0
    median_accept: timedelta | None = None
    p90_accept: timedelta | None = None
    median_resolve: timedelta | None = None
    p90_resolve: timedelta | None = None

    @property
    def valid(self) -> int:
        return self.received - self.merged - self.withdrawn

    @property
    def closure_rate(self) -> float | None:
        return _rate(self.resolved, self.valid)

    @property
    def on_time_rate(self) -> float | None:
        return _rate(self.on_time, self.on_time + self.late)

    @property
    def reopen_rate(self) -> float | None:
        return _rate(self.reopened, self.resolved_once)

    @property
    def satisfaction_rate(self) -> float | None:
        return _rate(self.satisfied_ratings, self.ratings)

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON: counts, rates (0..1) and times in hours."""
        out: dict[str, Any] = {"key": self.key, "label": self.label}
        for name in COUNT_FIELDS:
            out[name] = getattr(self, name)
        for name in ("closure_rate", "on_time_rate", "reopen_rate", "satisfaction_rate"):
            value = getattr(self, name)
            out[name] = None if value is None else round(value, 4)
        for name in ("median_accept", "p90_accept", "median_resolve", "p90_resolve"):
            value = getattr(self, name)
            out[f"{name}_hours"] = None if value is None else round(hours(value), 2)
        return out


def hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _seconds(value: float | None) -> timedelta | None:
    # SQLite's julianday carries ~50 µs of float noise: whole milliseconds are exact enough
    return None if value is None else timedelta(seconds=round(value, 3))


def percentile(values: list[float], q: float) -> timedelta | None:
    """Nearest-rank percentile: the smallest value with at least q of the values at or below."""
    if not values:
        return None
    ordered = sorted(values)
    return _seconds(ordered[max(math.ceil(q * len(ordered)) - 1, 0)])


def median(values: list[float]) -> timedelta | None:
    return _seconds(statistics.median(values)) if values else None


async def figures(
    session: AsyncSession,
    start: datetime,
    end: datetime,
    by: Cut | str | None = None,
    *,
    names: Names | None = None,
    **filters: str | int,
) -> list[Figures]:
    """Figures of the cases created in [start, end), one per value of `by`, or one total.

    filters narrow the cohort: category=, grid=, community=, team=, worker= (member id).
    Rows come busiest first. `names` gives Chinese labels (and is needed for the community
    cut and filter, which go through the street configuration).
    """
    facts = await case_facts(session, start, end, names=names, **filters)
    return await summarize(session, facts, end, by, names=names)


async def summarize(
    session: AsyncSession,
    facts: list[CaseFacts],
    end: datetime,
    by: Cut | str | None = None,
    *,
    names: Names | None = None,
) -> list[Figures]:
    """Group already loaded case facts into figures (lets callers cut one cohort many ways)."""
    names = names or Names()
    end_s = to_shanghai(end).timestamp()
    if by is None:
        return [_aggregate("", TOTAL_LABEL, facts, end_s)]
    cut = Cut(by)
    if cut is Cut.COMMUNITY and not names.grid_community:
        raise ValueError("the community cut needs names built from the street configuration")
    groups: dict[str, list[CaseFacts]] = defaultdict(list)
    for fact in facts:
        groups[_key(cut, fact, names)].append(fact)
    labels = await _labels(session, cut, groups.keys(), names)
    rows = [_aggregate(key, labels[key], group, end_s) for key, group in groups.items()]
    return sorted(rows, key=lambda f: (-f.received, f.key))


async def case_facts(
    session: AsyncSession,
    start: datetime,
    end: datetime,
    *,
    names: Names | None = None,
    **filters: str | int,
) -> list[CaseFacts]:
    """The period's cases with their timeline folded in SQL, one row per case."""
    rows = await session.execute(
        _facts_query(to_shanghai(start), to_shanghai(end), names, filters)
    )
    return [CaseFacts._make(row) for row in rows]


def _cohort(start: datetime, end: datetime, names: Names | None, filters: Mapping[str, Any]):
    unknown = set(filters) - FILTERS
    if unknown:
        raise ValueError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    conditions = [Case.created_at >= start, Case.created_at < end]
    if "category" in filters:
        conditions.append(Case.category == filters["category"])
    if "grid" in filters:
        conditions.append(Case.grid_code == filters["grid"])
    if "team" in filters:
        conditions.append(Case.team_code == filters["team"])
    if "worker" in filters:
        conditions.append(Case.reporter_id == int(filters["worker"]))
    if "community" in filters:
        if names is None or not names.grid_community:
            raise ValueError("the community filter needs names built from the street config")
        grids = [g for g, c in names.grid_community.items() if c == filters["community"]]
        conditions.append(Case.grid_code.in_(grids))
    return and_(*conditions)


def _facts_query(
    start: datetime, end: datetime, names: Names | None, filters: Mapping[str, Any]
) -> Select[Any]:
    cohort = _cohort(start, end, names, filters)
    ev = CaseEvent

    def first(condition: Any) -> Any:
        return func.min(case((condition, epoch(ev.at))))

    def count(action: Action) -> Any:
        return func.sum(case((ev.action == action, 1), else_=0))

    timeline = (
        select(
            ev.case_id.label("case_id"),
            func.max(ev.id).label("last_event"),
            first(ev.to_status == Status.DISPATCHED).label("first_dispatched"),
            first(ev.action == Action.ACCEPT).label("first_accept"),
            first(ev.action == Action.RESOLVE).label("first_resolve"),
            count(Action.REOPEN).label("reopens"),
            count(Action.CONFIRM).label("confirms"),
            count(Action.SUPERVISE).label("supervisions"),
            count(Action.ESCALATE).label("escalations"),
            count(Action.ADD_REPORTER).label("duplicates"),
        )
        .join(Case, Case.id == ev.case_id)
        .where(cohort, ev.at < end)
        .group_by(ev.case_id)
        .subquery("timeline")
    )
    last = aliased(CaseEvent, name="last_event")
    t = timeline.c
    return (
        select(
            Case.id,
            Case.category,
            Case.grid_code,
            Case.team_code,
            Case.reporter_id,
            epoch(Case.created_at),
            epoch(Case.accept_deadline),
            epoch(Case.resolve_deadline),
            func.coalesce(last.to_status, Case.status).label("status_at_end"),
            t.first_dispatched,
            t.first_accept,
            t.first_resolve,
            func.coalesce(t.reopens, 0).label("reopens"),
            func.coalesce(t.confirms, 0).label("confirms"),
            (func.coalesce(t.supervisions, 0) > 0).label("supervised"),
            (func.coalesce(t.escalations, 0) > 0).label("escalated"),
            func.coalesce(t.duplicates, 0).label("duplicates"),
        )
        .select_from(Case)
        .outerjoin(timeline, t.case_id == Case.id)
        .outerjoin(last, last.id == t.last_event)
        .where(cohort)
    )


class epoch(FunctionElement[float]):  # noqa: N801 - reads as the SQL function it is
    """POSIX seconds of a timestamp column, computed by the database."""

    type = Float()
    inherit_cache = True


@compiles(epoch)
def _epoch_default(element: epoch, compiler: Any, **kw: Any) -> str:
    return f"CAST(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) AS FLOAT)"


@compiles(epoch, "sqlite")
def _epoch_sqlite(element: epoch, compiler: Any, **kw: Any) -> str:
    # timestamps are stored as naive UTC text; 2440587.5 is the Julian day of 1970-01-01
    return f"((julianday({compiler.process(element.clauses, **kw)}) - 2440587.5) * 86400.0)"


def _key(cut: Cut, fact: CaseFacts, names: Names) -> str:
    if cut is Cut.CATEGORY:
        return fact.category
    if cut is Cut.GRID:
        return fact.grid_code or ""
    if cut is Cut.COMMUNITY:
        return names.community_of(fact.grid_code)
    if cut is Cut.TEAM:
        return fact.team_code or ""
    return str(fact.reporter_id)


async def _labels(
    session: AsyncSession, cut: Cut, keys: Iterable[str], names: Names
) -> dict[str, str]:
    keys = list(keys)
    if cut is Cut.WORKER:
        ids = [int(k) for k in keys]
        query = select(Member.id, Member.name).where(Member.id.in_(ids))
        found: dict[int, str] = {row[0]: row[1] for row in await session.execute(query)}
        return {k: found.get(int(k), k) for k in keys}
    table: Mapping[str, str] = {
        Cut.CATEGORY: names.categories,
        Cut.GRID: names.grids,
        Cut.COMMUNITY: names.communities,
        Cut.TEAM: names.teams,
    }[cut]
    blank = NO_TEAM_LABEL if cut is Cut.TEAM else NO_GRID_LABEL
    return {k: table.get(k, k) if k else blank for k in keys}


def _aggregate(key: str, label: str, facts: list[CaseFacts], end: float) -> Figures:
    counts: dict[str, int] = defaultdict(int)
    accepts: list[float] = []
    resolves: list[float] = []
    for f in facts:
        status = f.status_at_end
        counts["merged"] += status == Status.MERGED
        counts["withdrawn"] += status == Status.WITHDRAWN
        counts["accepted"] += f.first_accept is not None
        counts["resolved"] += status in (Status.RESOLVED, Status.CLOSED)
        counts["closed"] += status == Status.CLOSED
        timely = f.timeliness(end)
        counts["on_time"] += timely is True
        counts["late"] += timely is False
        counts["resolved_once"] += f.first_resolve is not None
        counts["reopened"] += f.reopens > 0
        counts["satisfied_ratings"] += f.confirms
        counts["ratings"] += f.confirms + f.reopens
        counts["supervised"] += f.supervised
        counts["escalated"] += f.escalated
        counts["duplicates"] += f.duplicates
        if (wait := f.time_to_accept) is not None:
            accepts.append(wait)
        if (took := f.time_to_resolve) is not None:
            resolves.append(took)
    return Figures(
        key=key,
        label=label,
        received=len(facts),
        **counts,
        median_accept=median(accepts),
        p90_accept=percentile(accepts, 0.9),
        median_resolve=median(resolves),
        p90_resolve=percentile(resolves, 0.9),
    )
