"""Assessment (考核): the scoreboard of grid workers and teams for a month (月排名) or a week
(周讲评), scored with the weights of config/assessment.yaml (read that file for the method).

Workers are the members whose role is worker plus anyone who reported in the period; their
figures come from the cases they reported (`Cut.WORKER`). Duplicates are ADD_REPORTER events in
the period whose data.member_id is theirs. Teams are the configured teams, judged on the cases
created in the period that they hold (`Cut.TEAM`). A row whose indicators are all undefined (a
team with no case) has no score and is listed after the ranked rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import StreetConfig, parse_yaml_file
from gridbot.db.models import CaseEvent, Member
from gridbot.states import Action
from gridbot.stats.figures import CaseFacts, Cut, Figures, Names, case_facts, hours, summarize

WORKER_ROLE = "worker"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Weights(_Strict):
    @model_validator(mode="after")
    def _some_weight(self) -> _Weights:
        if sum(self.model_dump().values()) <= 0:
            raise ValueError("at least one weight must be above 0")
        return self


class WorkerWeights(_Weights):
    valid_reports: float = Field(ge=0)
    per_100_households: float = Field(ge=0)
    closure_rate: float = Field(ge=0)
    duplicate_rate: float = Field(ge=0)


class TeamWeights(_Weights):
    accept_time: float = Field(ge=0)
    on_time_rate: float = Field(ge=0)
    reopen_rate: float = Field(ge=0)
    satisfaction_rate: float = Field(ge=0)


class WorkerRules(_Strict):
    weights: WorkerWeights


class TeamRules(_Strict):
    accept_target_hours: float = Field(gt=0)
    weights: TeamWeights


class AssessmentConfig(_Strict):
    workers: WorkerRules
    teams: TeamRules
    named: int = Field(default=3, ge=1, le=20)

    @classmethod
    def load(cls, config_dir: Path) -> AssessmentConfig:
        """Read config/assessment.yaml; ConfigError names the file and the field."""
        return parse_yaml_file(Path(config_dir) / "assessment.yaml", cls)


@dataclass(frozen=True)
class WorkerRow:
    member_id: int
    name: str
    grid_code: str | None
    grid_name: str
    reports: int
    valid: int
    duplicates: int
    per_100_households: float | None
    closure_rate: float | None
    score: float | None = None
    rank: int | None = None


@dataclass(frozen=True)
class TeamRow:
    code: str
    name: str
    received: int
    median_accept: timedelta | None
    on_time_rate: float | None
    reopen_rate: float | None
    satisfaction_rate: float | None
    score: float | None = None
    rank: int | None = None


Row = TypeVar("Row", WorkerRow, TeamRow)


@dataclass(frozen=True)
class Scoreboard:
    label: str
    start: datetime
    end: datetime
    workers: list[WorkerRow]  # ranked best first, then those without a score
    teams: list[TeamRow]
    named: int

    def top(self, rows: Sequence[Row]) -> list[Row]:
        return [r for r in rows if r.rank is not None][: self.named]

    def bottom(self, rows: Sequence[Row]) -> list[Row]:
        """The last `named` ranked rows (worst last), never repeating one named at the top."""
        ranked = [r for r in rows if r.rank is not None]
        return ranked[max(self.named, len(ranked) - self.named) :]


def weighted(scores: dict[str, float | None], weights: dict[str, float]) -> float | None:
    """Weighted mean of the defined scores, the weights shared among them; None if none."""
    present = {k: s for k, s in scores.items() if s is not None and weights[k] > 0}
    total = sum(weights[k] for k in present)
    if not total:
        return None
    return sum(weights[k] * s for k, s in present.items()) / total


def share_of_best(value: float | None, best: float) -> float | None:
    if value is None or best <= 0:
        return None
    return 100 * value / best


def percent(rate: float | None, lower_is_better: bool = False) -> float | None:
    if rate is None:
        return None
    return 100 * (1 - rate if lower_is_better else rate)


def ranked(rows: list[Row], score: Callable[[Row], float | None]) -> list[Row]:
    """Rows with their score and rank (equal scores to one decimal share a rank)."""
    scored = [replace(r, score=score(r)) for r in rows]
    with_score = sorted(
        (r for r in scored if r.score is not None), key=lambda r: (-(r.score or 0), r.name)
    )
    out: list[Row] = []
    for i, row in enumerate(with_score):
        same = out and round(out[-1].score or 0, 1) == round(row.score or 0, 1)
        out.append(replace(row, rank=out[-1].rank if same else i + 1))
    return out + sorted((r for r in scored if r.score is None), key=lambda r: r.name)


async def scoreboard(
    session: AsyncSession,
    start: datetime,
    end: datetime,
    label: str,
    street: StreetConfig,
    names: Names,
    config: AssessmentConfig,
    *,
    facts: list[CaseFacts] | None = None,
) -> Scoreboard:
    """The scoreboard of [start, end); pass `facts` when the period's cases are loaded already."""
    if facts is None:
        facts = await case_facts(session, start, end, names=names)
    by_worker = {f.key: f for f in await summarize(session, facts, end, Cut.WORKER, names=names)}
    by_team = {f.key: f for f in await summarize(session, facts, end, Cut.TEAM, names=names)}
    workers = await _worker_rows(session, start, end, street, by_worker)
    teams = [_team_row(code, team.name, by_team.get(code)) for code, team in street.teams.items()]
    return Scoreboard(
        label=label,
        start=start,
        end=end,
        workers=_rank_workers(workers, config.workers.weights),
        teams=_rank_teams(teams, config.teams),
        named=config.named,
    )


async def _duplicates(session: AsyncSession, start: datetime, end: datetime) -> Counter[int]:
    rows = await session.scalars(
        select(CaseEvent.data).where(
            CaseEvent.action == Action.ADD_REPORTER, CaseEvent.at >= start, CaseEvent.at < end
        )
    )
    counts: Counter[int] = Counter()
    for data in rows:
        member = (data or {}).get("member_id")
        if isinstance(member, int):
            counts[member] += 1
    return counts


async def _worker_rows(
    session: AsyncSession,
    start: datetime,
    end: datetime,
    street: StreetConfig,
    by_worker: dict[str, Figures],
) -> list[WorkerRow]:
    duplicates = await _duplicates(session, start, end)
    ids = [int(k) for k in by_worker] + list(duplicates)
    members = await session.scalars(
        select(Member).where(or_(Member.role == WORKER_ROLE, Member.id.in_(ids)))
    )
    rows = []
    for m in members:
        fig = by_worker.get(str(m.id))
        grid = street.grids.get(m.grid_code or "")
        valid = fig.valid if fig else 0
        per_100 = 100 * valid / grid.households if grid and grid.households else None
        rows.append(
            WorkerRow(
                member_id=m.id,
                name=m.name,
                grid_code=m.grid_code,
                grid_name=grid.name if grid else "",
                reports=fig.received if fig else 0,
                valid=valid,
                duplicates=duplicates[m.id],
                per_100_households=per_100,
                closure_rate=fig.closure_rate if fig else None,
            )
        )
    return rows


def _rank_workers(rows: list[WorkerRow], weights: WorkerWeights) -> list[WorkerRow]:
    best_valid = max((r.valid for r in rows), default=0)
    best_density = max((r.per_100_households or 0 for r in rows), default=0)

    def score(r: WorkerRow) -> float | None:
        submitted = r.reports + r.duplicates
        duplicate_rate = r.duplicates / submitted if submitted else None
        return weighted(
            {
                "valid_reports": share_of_best(r.valid, best_valid),
                "per_100_households": share_of_best(r.per_100_households, best_density),
                "closure_rate": percent(r.closure_rate),
                "duplicate_rate": percent(duplicate_rate, lower_is_better=True),
            },
            weights.model_dump(),
        )

    return ranked(rows, score)


def _team_row(code: str, name: str, fig: Figures | None) -> TeamRow:
    if fig is None:
        return TeamRow(code, name, 0, None, None, None, None)
    return TeamRow(
        code=code,
        name=name,
        received=fig.received,
        median_accept=fig.median_accept,
        on_time_rate=fig.on_time_rate,
        reopen_rate=fig.reopen_rate,
        satisfaction_rate=fig.satisfaction_rate,
    )


def _rank_teams(rows: list[TeamRow], rules: TeamRules) -> list[TeamRow]:
    def score(r: TeamRow) -> float | None:
        accept = None
        if r.median_accept is not None:
            waited = hours(r.median_accept)
            accept = 100 * min(1.0, rules.accept_target_hours / waited) if waited > 0 else 100
        return weighted(
            {
                "accept_time": accept,
                "on_time_rate": percent(r.on_time_rate),
                "reopen_rate": percent(r.reopen_rate, lower_is_better=True),
                "satisfaction_rate": percent(r.satisfaction_rate),
            },
            rules.weights.model_dump(),
        )

    return ranked(rows, score)
