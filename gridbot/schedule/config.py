"""config/schedule.yaml: meetings, the reception roster, roll call, evening review, digests.

Validated at start; every error names the file and the entry (`meetings.1.weekday: ...`).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gridbot.config import ConfigError, parse_yaml_file

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
OnHoliday = Literal["next_workday", "skip"]
Recipient = Literal["command", "digest", "teams", "communities"]
_DURATION = re.compile(r"^([1-9][0-9]*)(m|h|d)$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


TimeOfDay = time  # fields named `time` shadow the type inside the models below


def _command_only() -> list[Recipient]:
    return ["command"]


def _command_and_communities() -> list[Recipient]:
    return ["command", "communities"]


def _digest_and_command() -> list[Recipient]:
    return ["digest", "command"]


def parse_duration(text: str) -> timedelta:
    """ "30m", "1h", "2d" as a timedelta; anything else is a ValueError."""
    match = _DURATION.fullmatch(str(text).strip())
    if match is None:
        raise ValueError(f"{text!r} is not a duration like 30m, 1h or 2d")
    return timedelta(**{_UNITS[match[2]]: int(match[1])})


def weekday_number(name: str) -> int:
    return WEEKDAYS.index(name)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reminder(_Strict):
    """One of: `previous_workday: "17:00"` or `before: 1h`."""

    previous_workday: time | None = None
    before: timedelta | None = None

    @field_validator("before", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        return parse_duration(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _exactly_one(self) -> Reminder:
        if (self.previous_workday is None) == (self.before is None):
            raise ValueError("give exactly one of previous_workday or before")
        return self

    @property
    def key(self) -> str:
        """A stable name for the once-only table (does not depend on list order)."""
        if self.before is not None:
            return f"before{int(self.before.total_seconds() // 60)}m"
        return "eve"


class MeetingConfig(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,15}$")
    name: str = Field(min_length=1)
    every: Literal["week", "month"]
    weekday: Weekday
    within_days: int = Field(default=10, ge=1, le=28)  # monthly: the first working <weekday> …
    time: time
    place: str = ""
    on_holiday: OnHoliday = "next_workday"
    reminders: list[Reminder] = Field(default_factory=list)
    agenda_days: int = Field(default=7, ge=1, le=92)
    bulletin: bool = False
    to: list[Recipient] = Field(default_factory=_command_only, min_length=1)

    @model_validator(mode="after")
    def _distinct_reminders(self) -> MeetingConfig:
        keys = [r.key for r in self.reminders]
        if len(keys) != len(set(keys)):
            raise ValueError("two reminders at the same time")
        return self


class Leader(_Strict):
    name: str = Field(min_length=1, max_length=32)
    title: str = ""
    telegram_id: int


class ReceptionConfig(_Strict):
    name: str = "领导接访"
    weekday: Weekday = "wednesday"
    time: TimeOfDay
    end: TimeOfDay
    place: str = Field(min_length=1)
    on_holiday: OnHoliday = "skip"
    remind_at: TimeOfDay
    notice_at: TimeOfDay
    notice_to: list[Recipient] = Field(default_factory=_command_and_communities)
    rotation_start: date
    leaders: list[Leader] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> ReceptionConfig:
        if self.end <= self.time:
            raise ValueError("end is not after time")
        if self.rotation_start.weekday() != weekday_number(self.weekday):
            raise ValueError(f"rotation_start {self.rotation_start} is not a {self.weekday}")
        names = [leader.name for leader in self.leaders]
        if len(names) != len(set(names)):
            raise ValueError("two leaders with the same name")
        return self


class DailyJob(_Strict):
    time: time


class DailyDigest(_Strict):
    time: time
    to: list[Recipient] = Field(default_factory=_digest_and_command, min_length=1)


class WeeklyDigest(DailyDigest):
    weekday: Weekday = "monday"
    on_holiday: OnHoliday = "next_workday"


class MonthlyDigest(DailyDigest):
    """On the first working day of the month, about the month before."""


class Digests(_Strict):
    daily: DailyDigest | None = None
    weekly: WeeklyDigest | None = None
    monthly: MonthlyDigest | None = None


class ScheduleConfig(_Strict):
    catch_up_grace: timedelta = timedelta(hours=2)
    meetings: list[MeetingConfig] = Field(default_factory=list)
    reception: ReceptionConfig | None = None
    roll_call: DailyJob | None = None
    evening_review: DailyJob | None = None
    digests: Digests = Field(default_factory=Digests)

    @field_validator("catch_up_grace", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        return parse_duration(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _distinct_ids(self) -> ScheduleConfig:
        ids = [m.id for m in self.meetings]
        if len(ids) != len(set(ids)):
            raise ValueError("two meetings with the same id")
        return self

    def meeting(self, meeting_id: str) -> MeetingConfig | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)


def load_schedule_config(config_dir: Path | str) -> ScheduleConfig:
    """Read `<config_dir>/schedule.yaml`; a missing file means nothing is scheduled."""
    path = Path(config_dir) / "schedule.yaml"
    if not path.exists():
        return ScheduleConfig()
    config = parse_yaml_file(path, ScheduleConfig)
    if config.reception is not None:
        ids = [leader.telegram_id for leader in config.reception.leaders]
        if len(ids) != len(set(ids)):
            raise ConfigError(f"{path}: reception.leaders: two leaders with the same telegram_id")
    return config
