"""Plain values the schedule jobs hand to the presenter, and the presenter's protocol.

The domain decides what is in a reminder or digest; handlers/schedule_presenter.py decides the
Chinese words (and the chart titles).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from gridbot.messages import OutMessage
from gridbot.schedule.charts import Chart
from gridbot.schedule.roster import Duty
from gridbot.schedule.timetable import Occurrence

TimeOfDay = time


@dataclass(frozen=True)
class CaseLine:
    """One open case as a line in a list: what, where, and why it needs attention."""

    number: str
    label: str
    status_label: str
    grid_name: str | None
    place: str | None
    team_code: str | None
    team_name: str | None
    text: str
    created_at: datetime
    overdue: bool = False
    supervised: bool = False
    escalated: bool = False
    reopen_count: int = 0
    duplicates: int = 0

    @property
    def repeat(self) -> bool:
        """A repeat complaint: reopened after an unsatisfied reporter, or reported again."""
        return self.reopen_count > 0 or self.duplicates > 0


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class Agenda:
    """The agenda of an analysis meeting, computed from the cases."""

    meeting_name: str
    day: date
    time: time
    place: str
    moved_from: date | None  # the planned day, when a holiday moved the meeting
    start: datetime
    end: datetime
    received: int
    by_category: tuple[Count, ...]
    open_total: int
    overdue: tuple[CaseLine, ...]
    hot_grids: tuple[Count, ...]
    hot_places: tuple[Count, ...]
    repeated_places: tuple[Count, ...]  # places with cases again and again (last 90 days)
    reopened: tuple[CaseLine, ...]
    supervised: tuple[CaseLine, ...]


@dataclass(frozen=True)
class TeamLine:
    name: str
    received: int
    closure_rate: float | None
    on_time_rate: float | None
    late: int


@dataclass(frozen=True)
class Digest:
    """日调度 / 周研判 / 月通报: the figures of a period, from gridbot.stats."""

    kind: str  # "day", "week", "month"
    start: datetime
    end: datetime
    received: int
    valid: int
    resolved: int
    closure_rate: float | None
    on_time_rate: float | None
    satisfaction_rate: float | None
    median_accept: timedelta | None
    median_resolve: timedelta | None
    supervised: int
    escalated: int
    duplicates: int
    by_category: tuple[Count, ...]
    by_grid: tuple[Count, ...]
    teams: tuple[TeamLine, ...]
    open_now: int
    overdue_now: tuple[CaseLine, ...]
    triage_waiting: int
    weeks: tuple[Count, ...] = ()  # cases received per week, oldest first (the trend chart)


@dataclass(frozen=True)
class DayReview:
    """晚评议: one team's day (team_name set) or the whole street's (team_name None)."""

    day: date
    team_name: str | None
    received: int
    accepted: int
    resolved: int
    open_now: int
    overdue: tuple[CaseLine, ...]
    teams_overdue: tuple[Count, ...] = field(default=())  # the street's review: per team


@dataclass(frozen=True)
class MeetingNotice:
    occurrence: Occurrence
    name: str
    day: date
    time: time
    place: str
    moved_from: date | None
    hours_before: float | None  # None: the reminder of the working day before


@dataclass(frozen=True)
class ReceptionNotice:
    name: str
    duty: Duty
    time: TimeOfDay
    end: TimeOfDay
    place: str


@dataclass(frozen=True)
class UpcomingItem:
    job: str
    due: datetime
    day: date
    name: str  # the meeting's or digest's name where the job has one
    detail: str = ""  # the duty leader for reception jobs


class SchedulePresenter(Protocol):
    def meeting_reminder(self, notice: MeetingNotice, agenda: Agenda | None) -> OutMessage: ...
    def reception_for_leader(
        self, notice: ReceptionNotice, cases: list[CaseLine]
    ) -> OutMessage: ...
    def reception_notice(self, notice: ReceptionNotice) -> OutMessage: ...
    def roll_call(self, name: str, grid_name: str, cases: list[CaseLine]) -> OutMessage: ...
    def day_review(self, review: DayReview) -> OutMessage: ...
    def digest(self, digest: Digest) -> OutMessage: ...
    def digest_charts(self, digest: Digest) -> list[tuple[str, Chart, str]]:
        """(file name, chart, caption) for each chart of a weekly or monthly digest."""
        ...
